// blufio-tray: parses arguments and wires objects; everything else lives in blufio_tray.
#include "TrayController.h"
#include "TraySettings.h"
#include "common/config/ConfigLoader.h"
#include "common/i18n/I18n.h"
#include "common/net/StatusSummary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>

using namespace blufio;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("blufio-tray"));
    QApplication::setOrganizationName(QStringLiteral("blufio"));
    QApplication::setApplicationVersion(QStringLiteral(BLUFIO_VERSION));
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Shows a blufio daemon's health in the system tray."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        QApplication::translate("main", "Daemon URL (default: saved setting, else from the configuration)."),
        QStringLiteral("URL"));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval"),
        QApplication::translate("main", "Seconds between checks (default: saved setting, else 5)."),
        QStringLiteral("SECS"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QApplication::translate("main", "blufio.toml to read the default URL and memory limits from."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Language code, e.g. de."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption windowOption(
        QStringLiteral("show-window"), QApplication::translate("main", "Open the status window at start."));
    parser.addOptions({urlOption, intervalOption, configOption, langOption, windowOption});
    parser.process(app);

    I18n::install(I18n::pickLanguage(parser.value(langOption), QProcessEnvironment::systemEnvironment()));

    // The local configuration gives what /health does not carry: the warn and limit thresholds
    // (as for `blufio status`), and the listener's address when no URL was chosen.
    MemoryLimits limits;
    tray::TraySettings defaults;
    defaults.url = QUrl(QStringLiteral("http://127.0.0.1:3000"));
    const ConfigResult config = ConfigLoader().load(parser.value(configOption));
    if (config.ok()) {
        limits = MemoryLimits::fromConfig(*config.config);
        QString host = config.config->settings().daemon.bind;
        if (host.isEmpty() || host == u"0.0.0.0")
            host = QStringLiteral("127.0.0.1");
        else if (host == u"::")
            host = QStringLiteral("::1");
        defaults.url.setHost(host);
        defaults.url.setPort(int(config.config->settings().daemon.healthPort));
    } else {
        std::fprintf(stderr, "%s\n%s\n",
                     qPrintable(QApplication::translate(
                         "main", "blufio-tray: the configuration is invalid; using default limits:")),
                     qPrintable(config.errorText()));
    }

    QSettings store(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("blufio"),
                    QStringLiteral("blufio-tray"));
    tray::TraySettings settings = tray::TraySettings::load(store, defaults);
    // Command-line values apply to this run only; the Settings dialog is what persists.
    if (parser.isSet(urlOption))
        settings.url = QUrl::fromUserInput(parser.value(urlOption));
    if (parser.isSet(intervalOption)) {
        bool ok = false;
        const int secs = parser.value(intervalOption).toInt(&ok);
        if (!ok || secs < tray::TraySettings::minIntervalSecs || secs > tray::TraySettings::maxIntervalSecs) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate(
                                        "main", "blufio-tray: --interval takes whole seconds from %1 to %2.")
                                        .arg(tray::TraySettings::minIntervalSecs)
                                        .arg(tray::TraySettings::maxIntervalSecs)));
            return 2;
        }
        settings.intervalSecs = secs;
    }

    QNetworkAccessManager nam;
    tray::TrayController controller(&nam, &store, settings, limits);
    if (config.ok())
        controller.watchConfigFile(config.config->filePath());
    // Without a system tray this says so (stderr and the window) and shows the window instead.
    controller.start(parser.isSet(windowOption));
    return app.exec();
}
