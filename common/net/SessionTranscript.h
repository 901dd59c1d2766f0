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

// What the agent sends in place of a session's older messages: {"text", "covers_through_seq"}.
struct TranscriptSummary
{
    QString text;
    qint64 coversThroughSeq = 0; // the messages up to this seq (1 = the session's first) are in it

    bool operator==(const TranscriptSummary &) const = default;
};

// GET /v1/sessions/{id}: {"id", "created_at", "updated_at", "message_count", "messages": [...],
// "has_more"?, "summary": {...} | null}. (Named apart from storage's SessionDetail, which it is made from.)
struct SessionTranscript
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<SessionMessage> messages;
    qint64 messageCount = 0; // in the whole session, not only in `messages`
    // Older messages exist than those in `messages`; present only when a page was asked for.
    std::optional<bool> hasMore;
    std::optional<TranscriptSummary> summary; // null until messages fell out of the context

    static SessionTranscript fromStorage(const SessionDetail &detail);
    QJsonObject toJson() const;
    static SessionTranscript fromJson(const QJsonObject &object);
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::SessionTranscript)
