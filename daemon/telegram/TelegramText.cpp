#include "TelegramText.h"

namespace blufio {

TelegramText::Command TelegramText::command(const QString &text, const QString &botUsername)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u'/'))
        return Command::None;
    qsizetype end = 1;
    while (end < trimmed.size() && !trimmed.at(end).isSpace())
        ++end;
    const QString word = trimmed.mid(1, end - 1);
    const QString name = word.section(u'@', 0, 0).toLower();
    const QString addressee = word.contains(u'@') ? word.section(u'@', 1) : QString();
    Command found = Command::None;
    if (name == u"new")
        found = Command::New;
    else if (name == u"status")
        found = Command::Status;
    else if (name == u"start")
        found = Command::Start;
    if (found == Command::None)
        return Command::None;
    if (!addressee.isEmpty() && !botUsername.isEmpty()
        && addressee.compare(botUsername, Qt::CaseInsensitive) != 0)
        return Command::ForOtherBot;
    return found;
}

QStringList TelegramText::split(const QString &text, int maxLength)
{
    QStringList parts;
    QString rest = text;
    while (rest.size() > maxLength) {
        qsizetype cut = -1;
        qsizetype skip = 0;
        const qsizetype newline = rest.lastIndexOf(u'\n', maxLength);
        const qsizetype space = rest.lastIndexOf(u' ', maxLength);
        if (newline >= maxLength / 2) {
            cut = newline;
            skip = 1;
        } else if (space >= maxLength / 2) {
            cut = space;
            skip = 1;
        } else {
            cut = maxLength;
            // Never half a surrogate pair: Telegram would refuse the text as invalid UTF-8.
            if (rest.at(cut - 1).isHighSurrogate())
                --cut;
        }
        const QString part = rest.left(cut);
        if (!part.trimmed().isEmpty())
            parts << part;
        rest = rest.mid(cut + skip);
    }
    if (!rest.trimmed().isEmpty())
        parts << rest;
    return parts;
}

QString TelegramText::status(const HealthSnapshot &snapshot)
{
    const qint64 up = snapshot.uptimeSecs;
    const QString uptime = up >= 3600 ? tr("%1 h %2 min").arg(up / 3600).arg(up % 3600 / 60)
                                      : tr("%1 min %2 s").arg(up / 60).arg(up % 60);
    QStringList lines;
    lines << tr("blufio %1, %2, up %3")
                 .arg(snapshot.version, HealthSnapshot::statusName(snapshot.status), uptime);
    if (snapshot.details) {
        const HealthSnapshot::Provider &p = snapshot.details->provider;
        lines << (p.configured ? tr("provider %1 (%2): %3").arg(p.name, p.model, p.up ? tr("up") : tr("down"))
                               : tr("provider %1: not configured").arg(p.name));
        lines << tr("sessions: %1 active, %2 stored; queue: %3")
                     .arg(snapshot.activeSessions)
                     .arg(snapshot.details->storage.sessionsTotal.value_or(0))
                     .arg(snapshot.details->queueDepth);
    } else {
        lines << tr("sessions: %1 active").arg(snapshot.activeSessions);
    }
    if (snapshot.memoryPressure > 0)
        lines << tr("memory pressure %1").arg(snapshot.memoryPressure);
    return lines.join(u'\n');
}

} // namespace blufio
