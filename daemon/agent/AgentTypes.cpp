#include "AgentTypes.h"

#include <QDateTime>

namespace blufio {

QJsonObject AgentReply::toJson() const
{
    QJsonObject usage;
    usage.insert(QStringLiteral("input_tokens"), inputTokens);
    usage.insert(QStringLiteral("output_tokens"), outputTokens);
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("session_id"), sessionId);
    o.insert(QStringLiteral("content"), content);
    o.insert(QStringLiteral("created_at"), QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("usage"), usage);
    o.insert(QStringLiteral("cost_usd"), costUsd);
    return o;
}

} // namespace blufio
