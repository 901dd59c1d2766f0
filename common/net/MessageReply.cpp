#include "MessageReply.h"

#include "IsoTime.h"

namespace blufio {

QJsonObject MessageReply::toJson() const
{
    QJsonObject usage;
    usage.insert(QStringLiteral("input_tokens"), inputTokens);
    usage.insert(QStringLiteral("output_tokens"), outputTokens);
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("session_id"), sessionId);
    o.insert(QStringLiteral("content"), content);
    o.insert(QStringLiteral("created_at"), IsoTime::format(createdAtMs));
    o.insert(QStringLiteral("usage"), usage);
    o.insert(QStringLiteral("cost_usd"), costUsd);
    return o;
}

MessageReply MessageReply::fromJson(const QJsonObject &object)
{
    const QJsonObject usage = object.value(QStringLiteral("usage")).toObject();
    MessageReply r;
    r.id = object.value(QStringLiteral("id")).toString();
    r.sessionId = object.value(QStringLiteral("session_id")).toString();
    r.content = object.value(QStringLiteral("content")).toString();
    const QDateTime created = IsoTime::parse(object.value(QStringLiteral("created_at")));
    r.createdAtMs = created.isValid() ? created.toMSecsSinceEpoch() : 0;
    r.inputTokens = usage.value(QStringLiteral("input_tokens")).toInteger();
    r.outputTokens = usage.value(QStringLiteral("output_tokens")).toInteger();
    r.costUsd = object.value(QStringLiteral("cost_usd")).toDouble();
    return r;
}

} // namespace blufio
