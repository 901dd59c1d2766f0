#include "Logging.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>
#include <unistd.h>

namespace blufio::Logging {

namespace {
struct State
{
    QMutex mutex;
    Format format = Format::Text;
    QString filePath;
    FILE *out = stderr;
};

State &state()
{
    static State s;
    return s;
}

// sd-daemon(3) priority prefixes, understood by journald on stderr.
int syslogPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    QByteArray line;
    const char *category = context.category ? context.category : "default";
    switch (s.format) {
    case Format::Journald:
        line = '<' + QByteArray::number(syslogPriority(type)) + '>' + category + ": " + message.toUtf8();
        break;
    case Format::Json: {
        QJsonObject o;
        o.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("level"), QString::fromLatin1(levelName(type)));
        o.insert(QStringLiteral("category"), QString::fromLatin1(category));
        o.insert(QStringLiteral("message"), message);
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        break;
    }
    case Format::Text:
        line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type) + ' '
            + category + ": " + message.toUtf8();
        break;
    }
    line += '\n';
    QMutexLocker lock(&s.mutex);
    fwrite(line.constData(), 1, size_t(line.size()), s.out);
    fflush(s.out);
    if (type == QtFatalMsg)
        abort();
}

QString filterRules(const QString &level)
{
    // Qt's own categories stay at warning: their debug output is noise for an operator.
    QString rules = QStringLiteral("qt.*=false\nqt.*.warning=true\nqt.*.critical=true\n");
    if (level == u"debug")
        return rules + QStringLiteral("*.debug=true\nqt.*.debug=false\n");
    rules += QStringLiteral("*.debug=false\n");
    if (level == u"warning" || level == u"error")
        rules += QStringLiteral("*.info=false\n");
    if (level == u"error")
        rules += QStringLiteral("*.warning=false\n");
    return rules;
}
} // namespace

Format resolveFormat(const QString &configured)
{
    if (configured == u"json")
        return Format::Json;
    if (configured == u"journald")
        return Format::Journald;
    if (configured == u"text")
        return Format::Text;
    return qEnvironmentVariableIsSet("JOURNAL_STREAM") && !isatty(STDERR_FILENO) ? Format::Journald
                                                                                 : Format::Text;
}

Result<void> install(const QString &level, const QString &format, const QString &file)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.format = resolveFormat(format);
        s.filePath = file;
    }
    QLoggingCategory::setFilterRules(filterRules(level));
    qInstallMessageHandler(handler);
    return reopen();
}

Result<void> reopen()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.filePath.isEmpty())
        return Result<void>::success();
    FILE *next = fopen(QFile::encodeName(s.filePath).constData(), "ae");
    if (!next)
        return Error {ErrorCode::Config, QString::fromLocal8Bit(strerror(errno))};
    if (s.out != stderr)
        fclose(s.out);
    s.out = next;
    return Result<void>::success();
}

} // namespace blufio::Logging
