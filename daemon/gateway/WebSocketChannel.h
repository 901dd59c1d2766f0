#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QWebSocket;

namespace blufio {

class Agent;
class AgentTurn;

// One authenticated WebSocket client: {"type": "message", "content", "session_id"?} frames in,
// text_delta / message_complete / error frames out. Closing the socket cancels its turns.
class WebSocketChannel : public QObject
{
    Q_OBJECT

public:
    WebSocketChannel(std::unique_ptr<QWebSocket> socket, Agent *agent, QObject *parent = nullptr);
    ~WebSocketChannel() override;

private:
    void onText(const QString &text);
    void sendError(const QByteArray &code, const QString &message);
    void send(const QJsonObject &frame);

    std::unique_ptr<QWebSocket> m_socket;
    Agent *m_agent;
    QList<QPointer<AgentTurn>> m_turns;
};

} // namespace blufio
