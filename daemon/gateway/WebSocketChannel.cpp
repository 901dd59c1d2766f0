#include "WebSocketChannel.h"

#include "ErrorTable.h"
#include "JsonBody.h"

#include "daemon/agent/Agent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace blufio {

WebSocketChannel::WebSocketChannel(std::unique_ptr<QWebSocket> socket, Agent *agent, const Limits &limits,
                                   QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_agent(agent), m_limits(limits)
{
    // QWebSocket closes with 1009 (message too big) past these, before buffering the rest.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxMessageBytes));
    m_lastHeard.start();
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_lastHeard.restart(); });
    connect(m_socket.get(), &QWebSocket::textFrameReceived, this, [this] { m_lastHeard.restart(); });
    connect(m_socket.get(), &QWebSocket::binaryFrameReceived, this, [this] { m_lastHeard.restart(); });
    // Ping at a third of the timeout, so a live client answers at least twice before it runs out.
    m_ping.setInterval(qMax(100, m_limits.idleTimeoutMs / 3));
    connect(&m_ping, &QTimer::timeout, this, &WebSocketChannel::onPingTimer);
    m_ping.start();
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &WebSocketChannel::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this] { sendError("invalid_request", tr("send JSON text frames")); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &QObject::deleteLater);
}

void WebSocketChannel::onPingTimer()
{
    if (m_lastHeard.elapsed() >= m_limits.idleTimeoutMs) {
        m_ping.stop();
        m_socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                        tr("no pong within daemon.idle_timeout_secs"));
        // A client that does not answer pings will not answer the close handshake either.
        QTimer::singleShot(2000, m_socket.get(), [socket = m_socket.get()] { socket->abort(); });
        return;
    }
    m_socket->ping();
}

WebSocketChannel::~WebSocketChannel()
{
    for (TurnHandle &turn : m_turns)
        turn.detach();
}

void WebSocketChannel::send(const QJsonObject &frame)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void WebSocketChannel::sendError(const QByteArray &code, const QString &message)
{
    sendError(ApiError {QString::fromLatin1(code), message, {}});
}

void WebSocketChannel::sendError(const ApiError &error)
{
    QJsonObject frame = error.toJson();
    frame.insert(QStringLiteral("type"), QStringLiteral("error"));
    send(frame);
}

void WebSocketChannel::onText(const QString &text)
{
    auto parsed = JsonBody::parse(text.toUtf8());
    if (const auto *error = std::get_if<JsonBodyError>(&parsed)) {
        sendError("invalid_json", error->message);
        return;
    }
    const QJsonDocument doc = std::get<QJsonDocument>(std::move(parsed));
    if (!doc.isObject()) {
        sendError("invalid_json", tr("the frame is not a JSON object"));
        return;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("type")).toString() != u"message") {
        sendError("invalid_request",
                  tr("unknown frame type; send {\"type\": \"message\", \"content\": \"...\"}"));
        return;
    }
    const QJsonValue content = o.value(QStringLiteral("content"));
    const QJsonValue session = o.value(QStringLiteral("session_id"));
    if (!content.isString() || (!session.isUndefined() && !session.isNull() && !session.isString())) {
        sendError("invalid_request",
                  tr("\"content\" must be a string and \"session_id\" a string when given"));
        return;
    }
    TurnRequest request;
    request.content = content.toString();
    request.sessionId = session.toString();
    request.channel = QStringLiteral("ws");
    request.keyName = m_caller.keyName;
    request.ownSessionsOnly = m_caller.ownSessionsOnly();
    auto submitted = m_agent->submit(request, *this);
    if (const auto *error = std::get_if<AgentError>(&submitted)) {
        sendError(ErrorTable::shape(*error));
        return;
    }
    m_turns.removeIf([](const TurnHandle &turn) { return !turn.isActive(); });
    m_turns.append(std::get<TurnHandle>(submitted));
}

void WebSocketChannel::onDelta(const QString &text)
{
    QJsonObject frame;
    frame.insert(QStringLiteral("type"), QStringLiteral("text_delta"));
    frame.insert(QStringLiteral("text"), text);
    send(frame);
}

void WebSocketChannel::onCompleted(const AgentReply &reply)
{
    QJsonObject frame = reply.toJson();
    frame.insert(QStringLiteral("type"), QStringLiteral("message_complete"));
    send(frame);
}

void WebSocketChannel::onFailed(const AgentError &error)
{
    sendError(ErrorTable::shape(error));
}

} // namespace blufio
