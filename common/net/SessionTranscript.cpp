#include "SessionTranscript.h"

#include "IsoTime.h"

#include "common/storage/StorageTypes.h"

#include <QJsonArray>

namespace blufio {

SessionMessage SessionMessage::fromStorage(const StoredMessage &message)
{
    return {QString::number(message.id), messageRoleName(message.role), message.content,
            QDateTime::fromMSecsSinceEpoch(message.createdAtMs, Qt::UTC)};
}

QJsonObject SessionMessage::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("role"), role);
    o.insert(QStringLiteral("content"), content);
    o.insert(QStringLiteral("created_at"), IsoTime::format(createdAt));
    return o;
}

SessionMessage SessionMessage::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("role")).toString(),
            object.value(QStringLiteral("content")).toString(),
            IsoTime::parse(object.value(QStringLiteral("created_at")))};
}

SessionTranscript SessionTranscript::fromStorage(const SessionDetail &detail)
{
    SessionTranscript t;
    t.id = detail.info.id;
    t.createdAt = QDateTime::fromMSecsSinceEpoch(detail.info.createdAtMs, Qt::UTC);
    t.updatedAt = QDateTime::fromMSecsSinceEpoch(detail.info.updatedAtMs, Qt::UTC);
    t.messageCount = detail.info.messageCount;
    t.messages.reserve(detail.messages.size());
    for (const StoredMessage &m : detail.messages)
        t.messages.append(SessionMessage::fromStorage(m));
    if (detail.summary)
        t.summary = TranscriptSummary {detail.summary->text, detail.summary->coversThroughSeq};
    return t;
}

QJsonObject SessionTranscript::toJson() const
{
    QJsonArray list;
    for (const SessionMessage &m : messages)
        list.append(m.toJson());
    QJsonObject body;
    body.insert(QStringLiteral("id"), id);
    body.insert(QStringLiteral("created_at"), IsoTime::format(createdAt));
    body.insert(QStringLiteral("updated_at"), IsoTime::format(updatedAt));
    body.insert(QStringLiteral("message_count"), messageCount);
    body.insert(QStringLiteral("messages"), list);
    if (hasMore)
        body.insert(QStringLiteral("has_more"), *hasMore);
    if (summary) {
        body.insert(QStringLiteral("summary"),
                    QJsonObject {{QStringLiteral("text"), summary->text},
                                 {QStringLiteral("covers_through_seq"), summary->coversThroughSeq}});
    } else {
        body.insert(QStringLiteral("summary"), QJsonValue::Null);
    }
    return body;
}

SessionTranscript SessionTranscript::fromJson(const QJsonObject &object)
{
    SessionTranscript t;
    t.id = object.value(QStringLiteral("id")).toString();
    t.createdAt = IsoTime::parse(object.value(QStringLiteral("created_at")));
    t.updatedAt = IsoTime::parse(object.value(QStringLiteral("updated_at")));
    for (const QJsonValueConstRef v : object.value(QStringLiteral("messages")).toArray())
        t.messages.append(SessionMessage::fromJson(v.toObject()));
    // Daemons before message_count in the detail sent the whole history: its length is the count.
    t.messageCount = object.value(QStringLiteral("message_count")).toInteger(t.messages.size());
    if (object.contains(QStringLiteral("has_more")))
        t.hasMore = object.value(QStringLiteral("has_more")).toBool();
    // Absent (older daemons) or null: no summary.
    if (const QJsonValue s = object.value(QStringLiteral("summary")); s.isObject()) {
        const QJsonObject o = s.toObject();
        t.summary = TranscriptSummary {o.value(QStringLiteral("text")).toString(),
                                       o.value(QStringLiteral("covers_through_seq")).toInteger()};
    }
    return t;
}

} // namespace blufio
