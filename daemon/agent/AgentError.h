#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace blufio {

struct ProviderError;

// Why the agent would not (or could not) answer, in the agent's own terms. It knows no transport:
// each channel says it in its own words (the gateway's ErrorTable maps a Kind to an HTTP status and
// Retry-After; a chat channel would write a sentence). code() is the stable snake_case name every
// channel shows to programs.
struct AgentError
{
    enum class Kind {
        InvalidRequest, // empty content
        SessionNotFound, // a session id the storage does not know
        MemoryPressure, // at daemon.memory_limit_mb: no new sessions
        QueueFull, // agent.max_queue messages already wait
        BudgetExhausted, // cost.daily_budget_usd / monthly_budget_usd spent; resetsAtMs says when it resets
        ProviderNotConfigured,
        ProviderUnauthorized,
        ProviderRateLimited, // retryAfterSecs when the upstream said
        ProviderInvalidRequest,
        ProviderServerError,
        ProviderBadResponse,
        ProviderMalformedStream,
        ProviderUnreachable,
        ProviderTimeout, // the upstream went silent or took too long
        Timeout, // no reply within the channel's deadline; the reply is still stored when it comes
        Cancelled, // the channel cancelled the turn
        StorageUnavailable, // the database could not be opened
        Storage, // the database refused an operation
        ContextTooLarge, // one message larger than agent.context_tokens (or the model's window) allows
    };

    AgentError() = default;
    AgentError(Kind k, QString text) : kind(k), message(std::move(text)) { }

    Kind kind = Kind::Storage;
    QString message; // translated, for people
    int retryAfterSecs = -1; // when the same request may succeed, if someone said (a rate limit)
    qint64 resetsAtMs = 0; // BudgetExhausted: when the spent period ends (unix ms, UTC)
    QString sessionId; // Timeout: the session the reply will be stored in

    QByteArray code() const { return codeOf(kind); }
    static QByteArray codeOf(Kind kind);
    static QList<Kind> allKinds();
    static AgentError fromProvider(const ProviderError &error);
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::AgentError)
