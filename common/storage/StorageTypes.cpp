#include "StorageTypes.h"

namespace blufio {

QString messageRoleName(MessageRole role)
{
    return role == MessageRole::Assistant ? QStringLiteral("assistant") : QStringLiteral("user");
}

QString queueStateName(QueueState state)
{
    switch (state) {
    case QueueState::Pending:
        return QStringLiteral("pending");
    case QueueState::InProgress:
        return QStringLiteral("in_progress");
    case QueueState::Answered:
        return QStringLiteral("answered");
    case QueueState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("pending");
}

} // namespace blufio
