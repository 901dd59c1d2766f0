#include "TerminalOutput.h"

#include <unistd.h>

namespace blufio {

bool TerminalOutput::colourFor(int fd)
{
    if (qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
    if (qEnvironmentVariable("TERM") == u"dumb")
        return false;
    return isatty(fd) == 1;
}

QString TerminalOutput::paint(const QString &text, Colour colour) const
{
    if (!m_colour || colour == Colour::None)
        return text;
    const char *code = "";
    switch (colour) {
    case Colour::Green:
        code = "32";
        break;
    case Colour::Yellow:
        code = "33";
        break;
    case Colour::Red:
        code = "31";
        break;
    case Colour::Dim:
        code = "2";
        break;
    case Colour::Bold:
        code = "1";
        break;
    case Colour::None:
        break;
    }
    return QStringLiteral("\x1b[") + QLatin1String(code) + u'm' + text + QStringLiteral("\x1b[0m");
}

QString TerminalOutput::bytes(quint64 bytes)
{
    if (bytes < 1024)
        return QString::number(bytes) + QStringLiteral(" B");
    if (bytes < quint64(1024) * 1024)
        return QString::number(double(bytes) / 1024.0, 'f', 1) + QStringLiteral(" KiB");
    if (bytes < 1024ull * 1024 * 1024)
        return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
    return QString::number(double(bytes) / (1024.0 * 1024.0 * 1024.0), 'f', 2) + QStringLiteral(" GiB");
}

QString TerminalOutput::duration(qint64 s)
{
    if (s < 60)
        return QString::number(s) + u's';
    if (s < 3600)
        return QString::number(s / 60) + QStringLiteral("m ") + QString::number(s % 60) + u's';
    if (s < 86400)
        return QString::number(s / 3600) + QStringLiteral("h ") + QString::number((s % 3600) / 60) + u'm';
    return QString::number(s / 86400) + QStringLiteral("d ") + QString::number((s % 86400) / 3600) + u'h';
}

} // namespace blufio
