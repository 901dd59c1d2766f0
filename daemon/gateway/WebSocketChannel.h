#pragma once

#include "daemon/agent/TurnHandle.h"
#include "daemon/agent/TurnSink.h"
#include "daemon/auth/Caller.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace blufio {

class Agent;
struct ApiError;

// One authenticated WebSocket client: {"type": "message", "content", "session_id"?} frames in,
// text_delta / message_complete / error frames out. Closing the socket cancels its turns. Errors
// carry the same code and fields as the HTTP routes' (ErrorTable::shape).
// A message larger than maxMessageBytes closes the socket with 1009; a client that answers no
// ping for idleTimeoutMs is closed.
class WebSocketChannel : public QObject, public TurnSink
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxMessageBytes = qint64(1024) * 1024;
        int idleTimeoutMs = 30000;
    };

    WebSocketChannel(std::unique_ptr<QWebSocket> socket, Agent *agent, const Limits &limits,
                     QObject *parent = nullptr);
    ~WebSocketChannel() override;
    // Whom the upgrade was approved for: its key's sessions, budget and ledger rows ([12]).
    void setCaller(const Caller &caller) { m_caller = caller; }

    void onDelta(const QString &text) override;
    void onCompleted(const AgentReply &reply) override;
    void onFailed(const AgentError &error) override;

private:
    void onText(const QString &text);
    void sendError(const QByteArray &code, const QString &message);
    void sendError(const ApiError &error);
    void send(const QJsonObject &frame);
    void onPingTimer();

    std::unique_ptr<QWebSocket> m_socket;
    Agent *m_agent;
    Caller m_caller;
    QList<TurnHandle> m_turns; // those still under way
    Limits m_limits;
    QTimer m_ping;
    QElapsedTimer m_lastHeard; // any frame or pong from the client
};

} // namespace blufio
