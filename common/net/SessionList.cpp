#include "SessionList.h"

#include "IsoTime.h"

#include "common/storage/StorageTypes.h"

#include <QJsonArray>

namespace blufio {

SessionSummary SessionSummary::fromStorage(const SessionInfo &info)
{
    return {info.id, QDateTime::fromMSecsSinceEpoch(info.createdAtMs, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(info.updatedAtMs, Qt::UTC), info.messageCount};
}

QJsonObject SessionSummary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("created_at"), IsoTime::format(createdAt));
    o.insert(QStringLiteral("updated_at"), IsoTime::format(updatedAt));
    o.insert(QStringLiteral("message_count"), messageCount);
    return o;
}

SessionSummary SessionSummary::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toString(),
            IsoTime::parse(object.value(QStringLiteral("created_at"))),
            IsoTime::parse(object.value(QStringLiteral("updated_at"))),
            object.value(QStringLiteral("message_count")).toInteger()};
}

QJsonObject SessionList::toJson() const
{
    QJsonArray list;
    for (const SessionSummary &s : sessions)
        list.append(s.toJson());
    QJsonObject body;
    body.insert(QStringLiteral("sessions"), list);
    body.insert(QStringLiteral("next_cursor"),
                nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor));
    return body;
}

SessionList SessionList::fromJson(const QJsonObject &object)
{
    SessionList page;
    for (const QJsonValueConstRef v : object.value(QStringLiteral("sessions")).toArray())
        page.sessions.append(SessionSummary::fromJson(v.toObject()));
    page.nextCursor = object.value(QStringLiteral("next_cursor")).toString(); // null: the last page
    return page;
}

} // namespace blufio
