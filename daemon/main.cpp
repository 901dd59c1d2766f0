// blufiod: parse arguments, load the configuration, hand over to Daemon.
#include "common/config/ConfigLoader.h"
#include "common/i18n/I18n.h"
#include "common/log/Logging.h"
#include "daemon/core/Daemon.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <sys/stat.h>

using namespace blufio;

int main(int argc, char *argv[])
{
    // The database, its -wal/-shm, keys and backups are nobody else's business.
    umask(077);
    // Qt's own poll()-based UNIX dispatcher instead of GLib's: the daemon has no GLib sources to
    // serve, and GLib's main-loop bookkeeping (a poll-set rebuild and several locks per
    // iteration) was a fixed cost on every request (docs/PERFORMANCE.md, /health against nginx).
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("blufiod"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BLUFIO_VERSION));

    // Start-up errors are for the operator: in their language (LC_ALL/LC_MESSAGES/LANG).
    blufio::I18n::install(blufio::I18n::pickLanguage({}, QProcessEnvironment::systemEnvironment()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("blufiod", "blufio agent daemon"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        {QStringLiteral("c"), QStringLiteral("config")},
        QCoreApplication::translate("blufiod", "Read the configuration from FILE."), QStringLiteral("FILE"));
    parser.addOption(configOption);
    parser.process(app);

    const ConfigResult loaded = ConfigLoader().load(parser.value(configOption));
    if (!loaded.ok()) {
        fprintf(stderr, "blufiod: %s\n%s\n",
                qPrintable(QCoreApplication::translate("blufiod", "invalid configuration:")),
                qPrintable(loaded.errorText()));
        return 78; // EX_CONFIG
    }
    const Config &config = *loaded.config;
    QString logError;
    if (!Logging::install(config.settings().log.level,
                          config.settings().log.format,
                          config.settings().log.file, &logError)) {
        fprintf(stderr, "blufiod: log.file: %s\n", qPrintable(logError));
        return 78;
    }

    Daemon daemon(config);
    if (const auto error = daemon.start()) {
        fprintf(stderr, "blufiod: %s\n", qPrintable(error->message));
        return error->exitCode;
    }
    QObject::connect(&daemon, &Daemon::finished, &app, &QCoreApplication::exit);
    return app.exec();
}
