#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace blufio {

// Every timestamp in storage is unix time in milliseconds, UTC (INTEGER columns). Integers compare and
// sum cheaply in SQL ("cost since midnight UTC"), never depend on a time zone, and format to ISO-8601 at
// the edge (QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)).

enum class MessageRole { User, Assistant };
enum class QueueState { Pending, InProgress, Answered, Interrupted };

struct SessionInfo
{
    QString id; // UUID without braces
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 messageCount = 0;
};

struct StoredMessage
{
    qint64 id = 0;
    QString sessionId;
    qint64 seq = 0; // 1, 2, 3... within the session: the order messages are shown in
    MessageRole role = MessageRole::User;
    QString content;
    qint64 createdAtMs = 0;
    // What the provider reported the message weighs (an assistant message's output tokens); 0 when
    // never reported, and then the agent estimates it.
    qint64 tokens = 0;
};

// What the provider made of a session's messages up to coversThroughSeq; sent in their place.
struct StoredSummary
{
    QString sessionId;
    QString text;
    qint64 coversThroughSeq = 0;
    qint64 tokens = 0; // the summary call's output tokens
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

struct SessionDetail
{
    SessionInfo info;
    QList<StoredMessage> messages; // in seq order
    bool hasMore = false; // a page of the history: older messages exist before the first one
    std::optional<StoredSummary> summary;
};

// Where a page of the session list ends: the last session's (updated_at, id), the list's order.
// Opaque to clients (base64url of "updated_at.id").
struct SessionCursor
{
    qint64 updatedAtMs = 0;
    QString id;

    QByteArray encode() const;
    static std::optional<SessionCursor> decode(QByteArrayView text);
};

struct SessionPage
{
    QList<SessionInfo> sessions; // newest updated first
    std::optional<SessionCursor> next; // set when more sessions follow
};

struct QueueItem
{
    qint64 id = 0;
    QString sessionId;
    qint64 messageId = 0;
    QueueState state = QueueState::Pending;
    int attempts = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 messageSeq = 0; // the user message's seq in its session (0: the message is gone)
};

// A user message as stored, with the queue item that waits for its reply.
struct EnqueuedMessage
{
    StoredMessage message;
    qint64 queueId = 0;
};

// A Telegram update that becomes a message for the agent: stored with the message, so that the
// channel's offset moves past it in the same transaction (docs/TELEGRAM.md, "Exactly once").
struct TelegramInbound
{
    qint64 updateId = 0;
    qint64 chatId = 0;
};

// An update the agent was given whose reply has not fully reached its chat yet.
struct TelegramPending
{
    qint64 updateId = 0;
    qint64 chatId = 0;
    qint64 queueId = 0; // 0: the queue item is gone (its session was deleted)
    QueueState queueState = QueueState::Interrupted;
    qint64 sentMessageId = 0; // the chat message the reply streams into; 0: none sent yet
    std::optional<StoredMessage> reply; // set once the reply is stored
};

// What one LLM call cost; becomes a cost_ledger row.
struct Usage
{
    QString model;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    double costUsd = 0.0;
    QString keyName = {}; // the API key that spent it ([12]); empty: admin credentials from the configuration
};

// Sums over cost_ledger rows.
struct CostTotals
{
    double costUsd = 0.0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 calls = 0;
};

// One encrypted vault row; the Vault class is the only thing that interprets it.
struct VaultRecord
{
    QString name;
    QByteArray nonce;
    QByteArray ciphertext;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

// An API key ([12]): a bearer token (only its SHA-256 is kept) or a device's public key, with its
// scopes ("read", "chat", "admin"), budgets in micro-dollars and expiry.
struct ApiKey
{
    QString name;
    QByteArray tokenHash; // 32 bytes; empty for a device key
    QString deviceKey; // base64 Ed25519 public key; empty for a token
    QStringList scopes;
    std::optional<qint64> dailyBudgetMicros;
    std::optional<qint64> monthlyBudgetMicros;
    std::optional<qint64> expiresAtMs;
    qint64 createdAtMs = 0;
    std::optional<qint64> lastUsedAtMs;
    bool revoked = false;

    // Not revoked and not past its expiry.
    bool usableAt(qint64 nowMs) const { return !revoked && (!expiresAtMs || nowMs < *expiresAtMs); }
};

QString messageRoleName(MessageRole role); // "user" / "assistant", as stored and as the HTTP API says
QString queueStateName(QueueState state); // "pending", "in_progress", "answered", "interrupted"

} // namespace blufio
