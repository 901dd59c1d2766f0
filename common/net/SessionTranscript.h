#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace blufio {

struct SessionDetail;
struct StoredMessage;

// One stored message of GET /v1/sessions/{id}: {"id", "role", "content", "created_at"}.
struct SessionMessage
{
    QString id;
    QString role; // "user" or "assistant"
    QString content;
    QDateTime createdAt;

    static SessionMessage fromStorage(const StoredMessage &message);
    QJsonObject toJson() const;
    static SessionMessage fromJson(const QJsonObject &object);
};

// GET /v1/sessions/{id}: {"id", "created_at", "updated_at", "message_count", "messages": [...],
// "has_more"?}. (Named apart from storage's SessionDetail, which it is made from.)
struct SessionTranscript
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<SessionMessage> messages;
    qint64 messageCount = 0; // in the whole session, not only in `messages`
    // Older messages exist than those in `messages`; present only when a page was asked for.
    std::optional<bool> hasMore;

    static SessionTranscript fromStorage(const SessionDetail &detail);
    QJsonObject toJson() const;
    static SessionTranscript fromJson(const QJsonObject &object);
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::SessionTranscript)
