#pragma once

#include "AgentError.h"

#include <QString>

#include <optional>

namespace blufio {

struct Usage;

// The agent's optional collaborators: small interfaces, each with a null implementation that the
// agent uses when it is given none (a test, or a daemon without that feature).

// Whether a new session may start now (MemoryAdmission: not at the memory limit). Null: always.
class SessionAdmission
{
public:
    virtual ~SessionAdmission() = default;
    virtual bool acceptsNewSessions() const = 0;
    static const SessionAdmission &always();
};

// A spending limit checked before each message (Budget). Null: no limit.
class SpendingLimit
{
public:
    virtual ~SpendingLimit() = default;
    // Kind::BudgetExhausted when a period's budget is spent.
    virtual std::optional<AgentError> check(qint64 nowMs) = 0;
    // Kind::BudgetExhausted, naming the key, when an API key's own budget is spent ([12]).
    virtual std::optional<AgentError> checkKey(const QString &keyName, qint64 nowMs)
    {
        Q_UNUSED(keyName);
        Q_UNUSED(nowMs);
        return std::nullopt;
    }
    // A reply's cost was just recorded.
    virtual void spent(qint64 nowMs) = 0;
    static SpendingLimit &unlimited();
};

// What the agent reports for metrics (PrometheusAgentMetrics). Null: nothing.
class AgentMetrics
{
public:
    virtual ~AgentMetrics() = default;
    virtual void messageAccepted(const QString &channel) = 0;
    virtual void sessionRejected(const QString &reason) = 0; // "budget", "memory", "queue_full"
    virtual void replyStored(const Usage &usage, double latencySecs) = 0;
    virtual void turnFailed(const QString &type) = 0; // "storage", "provider_<kind>"
    virtual void queueChanged(int depth, int activeSessions) = 0;
    // A provider call was sent this many (estimated) tokens of context; summary calls too.
    virtual void contextSent(qint64 tokens) = 0;
    // A summary call ended; usage is what it cost when it succeeded (its tokens are counted like a
    // reply's), null when it failed.
    virtual void summaryFinished(const Usage *usage) = 0;
    static AgentMetrics &none();
};

// What the agent is given of the above; each one left null is its null implementation.
struct AgentCollaborators
{
    const SessionAdmission *admission = nullptr;
    SpendingLimit *budget = nullptr;
    AgentMetrics *metrics = nullptr;
};

} // namespace blufio
