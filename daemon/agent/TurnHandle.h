#pragma once

#include <QPointer>
#include <QString>

namespace blufio {

class AgentTurn;

// The channel's grip on one accepted message. Copyable; every operation is a no-op once the sink
// had its last call (completion, failure, timeout) or the turn is gone.
class TurnHandle
{
public:
    TurnHandle() = default;
    explicit TurnHandle(AgentTurn *turn);

    QString sessionId() const { return m_sessionId; } // empty for a transient turn
    bool isNewSession() const { return m_newSession; }
    // The sink will still hear from this turn.
    bool isActive() const;

    // Stop: a queued message is not sent to the provider, a running call is aborted; the user's
    // message stays in the session and its queue row is marked interrupted. The sink gets
    // onFailed(Kind::Cancelled) before cancel() returns.
    void cancel();
    // The sink goes away (the client left): as cancel(), but the sink hears nothing more.
    void detach();

private:
    QPointer<AgentTurn> m_turn;
    QString m_sessionId;
    bool m_newSession = false;
};

} // namespace blufio
