#include "FakeTelegramServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace blufio::test {

namespace {
constexpr qsizetype MaxHead = 64 * 1024;
constexpr qsizetype MaxBody = 16 * 1024 * 1024;
constexpr int MaxPollSecs = 120;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    default:
        return "Error";
    }
}

QJsonObject ok(const QJsonValue &result)
{
    return {{QStringLiteral("ok"), true}, {QStringLiteral("result"), result}};
}

QJsonObject botUser()
{
    return {{QStringLiteral("id"), 987654321},
            {QStringLiteral("is_bot"), true},
            {QStringLiteral("first_name"), QStringLiteral("Fake Bot")},
            {QStringLiteral("username"), QStringLiteral("fake_blufio_bot")}};
}

QJsonObject messageObject(const FakeTelegramSent &m)
{
    return {
        {QStringLiteral("message_id"), m.messageId},
        {QStringLiteral("from"), botUser()},
        {QStringLiteral("chat"),
         QJsonObject {{QStringLiteral("id"), m.chatId}, {QStringLiteral("type"), QStringLiteral("private")}}},
        {QStringLiteral("date"), QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("text"), m.text}};
}
} // namespace

FakeTelegramFault FakeTelegramFault::error(int status, const QString &description, int retryAfterSecs)
{
    FakeTelegramFault f;
    f.kind = Kind::Error;
    f.status = status;
    f.description = description;
    f.retryAfterSecs = retryAfterSecs;
    return f;
}

FakeTelegramFault FakeTelegramFault::unauthorized()
{
    return error(401, QStringLiteral("Unauthorized"));
}

FakeTelegramFault FakeTelegramFault::webhookActive()
{
    return error(
        409,
        QStringLiteral("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
                       "delete the webhook first"));
}

FakeTelegramFault FakeTelegramFault::otherPoller()
{
    return error(
        409,
        QStringLiteral("Conflict: terminated by other getUpdates request; make sure that only one bot "
                       "instance is running"));
}

FakeTelegramFault FakeTelegramFault::tooManyRequests(int retryAfterSecs)
{
    return error(429, QStringLiteral("Too Many Requests: retry after %1").arg(retryAfterSecs),
                 retryAfterSecs);
}

FakeTelegramFault FakeTelegramFault::reset(int delayMs)
{
    FakeTelegramFault f;
    f.kind = Kind::Reset;
    f.delayMs = delayMs;
    return f;
}

FakeTelegramFault FakeTelegramFault::hang()
{
    FakeTelegramFault f;
    f.kind = Kind::Hang;
    return f;
}

FakeTelegramFault FakeTelegramFault::rawAnswer(const QByteArray &bytes)
{
    FakeTelegramFault f;
    f.kind = Kind::Raw;
    f.raw = bytes;
    return f;
}

FakeTelegramServer::FakeTelegramServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeTelegramServer::onNewConnection);
}

FakeTelegramServer::~FakeTelegramServer()
{
    for (Poll &poll : m_polls)
        delete poll.timer;
    m_polls.clear();
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool FakeTelegramServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

QString FakeTelegramServer::apiUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FakeTelegramServer::enqueueFault(const QString &method, const FakeTelegramFault &fault)
{
    m_faults[method].append(fault);
}

QList<FakeTelegramRequest> FakeTelegramServer::requests(const QString &method) const
{
    QList<FakeTelegramRequest> out;
    for (const FakeTelegramRequest &r : m_requests) {
        if (r.method == method)
            out.append(r);
    }
    return out;
}

qint64 FakeTelegramServer::pushTextMessage(qint64 chatId, const QString &text, qint64 fromId)
{
    const qint64 from = fromId != 0 ? fromId : chatId;
    const QJsonObject message {
        {QStringLiteral("message_id"), m_nextMessageId++},
        {QStringLiteral("from"),
         QJsonObject {{QStringLiteral("id"), from},
                      {QStringLiteral("is_bot"), false},
                      {QStringLiteral("first_name"), QStringLiteral("Test")}}},
        {QStringLiteral("chat"),
         QJsonObject {{QStringLiteral("id"), chatId}, {QStringLiteral("type"), QStringLiteral("private")}}},
        {QStringLiteral("date"), QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("text"), text}};
    return pushUpdate({{QStringLiteral("message"), message}});
}

qint64 FakeTelegramServer::pushUpdate(QJsonObject update)
{
    const qint64 id = m_nextUpdateId++;
    update.insert(QStringLiteral("update_id"), id);
    m_updates.append(update);
    answerPolls();
    return id;
}

QJsonArray FakeTelegramServer::pending(qint64 offset)
{
    // Telegram forgets updates below the offset: asking with it confirms them.
    if (offset > 0) {
        m_updates.removeIf([offset](const QJsonObject &u) {
            return u.value(QStringLiteral("update_id")).toInteger() < offset;
        });
    }
    QJsonArray out;
    for (const QJsonObject &u : std::as_const(m_updates))
        out.append(u);
    return out;
}

void FakeTelegramServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(nullptr);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            endPoll(socket, false);
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeTelegramServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    // One request at a time per connection: a held poll keeps later bytes waiting.
    for (;;) {
        for (const Poll &p : std::as_const(m_polls)) {
            if (p.socket == socket)
                return;
        }
        it = m_buffers.find(socket);
        if (it == m_buffers.end())
            return;
        QByteArray &buffer = *it;
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (buffer.size() > MaxHead)
                resetConnection(socket);
            return;
        }
        FakeTelegramRequest request;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        bool lengthOk = true;
        const qint64 length = request.headers.value("content-length", "0").toLongLong(&lengthOk);
        if (requestLine.size() != 3 || !lengthOk || length < 0 || length > MaxBody) {
            reply(socket, 400, {{QStringLiteral("ok"), false}, {QStringLiteral("error_code"), 400}});
            socket->disconnectFromHost();
            return;
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.httpMethod = requestLine.at(0);
        request.rawBody = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        const QByteArray path = requestLine.at(1).left(
            requestLine.at(1).indexOf('?') < 0 ? requestLine.at(1).size() : requestLine.at(1).indexOf('?'));
        if (path.startsWith("/bot")) {
            const qsizetype slash = path.indexOf('/', 4);
            request.token = slash < 0 ? path.mid(4) : path.mid(4, slash - 4);
            request.method = slash < 0 ? QString() : QString::fromUtf8(path.mid(slash + 1));
        }
        request.body = QJsonDocument::fromJson(request.rawBody).object();
        m_requests.append(request);
        Q_EMIT requestReceived(request);
        handle(socket, request);
        if (!m_buffers.contains(socket) || socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void FakeTelegramServer::handle(QTcpSocket *socket, const FakeTelegramRequest &request)
{
    if (request.token != m_token) {
        // Telegram answers an unknown but well-formed token with 401, a malformed one with 404.
        play(socket, FakeTelegramFault::unauthorized());
        return;
    }
    if (auto it = m_faults.find(request.method); it != m_faults.end() && !it->isEmpty()) {
        const FakeTelegramFault fault = it->takeFirst();
        play(socket, fault);
        return;
    }
    if (request.method == u"getMe") {
        reply(socket, 200, ok(botUser()));
    } else if (request.method == u"getWebhookInfo") {
        reply(socket, 200,
              ok(QJsonObject {{QStringLiteral("url"), m_webhookUrl},
                              {QStringLiteral("has_custom_certificate"), false},
                              {QStringLiteral("pending_update_count"), int(m_updates.size())}}));
    } else if (request.method == u"getUpdates" && !m_webhookUrl.isEmpty()) {
        play(socket, FakeTelegramFault::webhookActive());
    } else if (request.method == u"getUpdates") {
        const qint64 offset = request.body.value(QStringLiteral("offset")).toInteger();
        const int timeout = int(
            std::clamp<qint64>(request.body.value(QStringLiteral("timeout")).toInteger(), 0, MaxPollSecs));
        const QJsonArray waiting = pending(offset);
        if (!waiting.isEmpty() || timeout == 0) {
            reply(socket, 200, ok(waiting));
            return;
        }
        Poll poll;
        poll.socket = socket;
        poll.offset = offset;
        poll.longPoll = true;
        poll.timer = new QTimer;
        poll.timer->setSingleShot(true);
        connect(poll.timer, &QTimer::timeout, this, [this, socket] { endPoll(socket, true); });
        poll.timer->start(timeout * 1000);
        m_polls.append(poll);
        Q_EMIT pollHeld();
    } else if (request.method == u"sendMessage") {
        FakeTelegramSent sent;
        sent.chatId = request.body.value(QStringLiteral("chat_id")).toInteger();
        sent.text = request.body.value(QStringLiteral("text")).toString();
        if (sent.chatId == 0 || sent.text.isEmpty()) {
            play(socket, FakeTelegramFault::error(400, QStringLiteral("Bad Request: message text is empty")));
            return;
        }
        sent.messageId = m_nextMessageId++;
        m_sent.append(sent);
        reply(socket, 200, ok(messageObject(sent)));
    } else if (request.method == u"editMessageText") {
        const qint64 chatId = request.body.value(QStringLiteral("chat_id")).toInteger();
        const qint64 messageId = request.body.value(QStringLiteral("message_id")).toInteger();
        const QString text = request.body.value(QStringLiteral("text")).toString();
        for (FakeTelegramSent &m : m_sent) {
            if (m.chatId != chatId || m.messageId != messageId)
                continue;
            if (m.text == text) {
                play(socket,
                     FakeTelegramFault::error(
                         400,
                         QStringLiteral("Bad Request: message is not modified: specified new "
                                        "message content and reply markup are exactly the "
                                        "same as a current content and reply markup of the "
                                        "message")));
                return;
            }
            m.text = text;
            ++m.edits;
            reply(socket, 200, ok(messageObject(m)));
            return;
        }
        play(socket, FakeTelegramFault::error(400, QStringLiteral("Bad Request: message to edit not found")));
    } else {
        play(socket, FakeTelegramFault::error(404, QStringLiteral("Not Found")));
    }
}

void FakeTelegramServer::play(QTcpSocket *socket, const FakeTelegramFault &fault)
{
    switch (fault.kind) {
    case FakeTelegramFault::Kind::Error: {
        QJsonObject body {{QStringLiteral("ok"), false},
                          {QStringLiteral("error_code"), fault.status},
                          {QStringLiteral("description"), fault.description}};
        if (fault.retryAfterSecs >= 0)
            body.insert(QStringLiteral("parameters"),
                        QJsonObject {{QStringLiteral("retry_after"), fault.retryAfterSecs}});
        reply(socket, fault.status, body);
        return;
    }
    case FakeTelegramFault::Kind::Reset: {
        if (fault.delayMs <= 0) {
            resetConnection(socket);
            return;
        }
        // Held like a long poll, so that the client is waiting in the middle of one when it breaks.
        Poll poll;
        poll.socket = socket;
        poll.timer = new QTimer;
        poll.timer->setSingleShot(true);
        connect(poll.timer, &QTimer::timeout, this, [this, socket] {
            endPoll(socket, false);
            if (m_buffers.contains(socket))
                resetConnection(socket);
        });
        poll.timer->start(fault.delayMs);
        m_polls.append(poll);
        Q_EMIT pollHeld();
        return;
    }
    case FakeTelegramFault::Kind::Hang: {
        Poll poll; // held with no timer: only the client ends it
        poll.socket = socket;
        m_polls.append(poll);
        Q_EMIT pollHeld();
        return;
    }
    case FakeTelegramFault::Kind::Raw:
        socket->write(fault.raw);
        socket->disconnectFromHost();
        return;
    }
}

void FakeTelegramServer::answerPolls()
{
    const QList<Poll> polls = m_polls;
    for (const Poll &poll : polls) {
        if (poll.longPoll && poll.socket && !pending(poll.offset).isEmpty())
            endPoll(poll.socket, true);
    }
}

void FakeTelegramServer::endPoll(QTcpSocket *socket, bool answer)
{
    for (qsizetype i = 0; i < m_polls.size(); ++i) {
        if (m_polls.at(i).socket != socket)
            continue;
        const Poll poll = m_polls.takeAt(i);
        delete poll.timer;
        if (answer && socket && socket->state() == QAbstractSocket::ConnectedState) {
            reply(socket, 200, ok(pending(poll.offset)));
            // Bytes that arrived while the poll was held are the next request.
            QTimer::singleShot(0, this, [this, s = QPointer<QTcpSocket>(socket)] {
                if (s && s->bytesAvailable() + m_buffers.value(s).size() > 0)
                    onReadyRead(s);
            });
        }
        return;
    }
}

void FakeTelegramServer::reply(QTcpSocket *socket, int status, const QJsonObject &body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
                  + "\r\nContent-Type: application/json\r\n" + "Content-Length: "
                  + QByteArray::number(bytes.size()) + "\r\nConnection: keep-alive\r\n\r\n" + bytes);
}

void FakeTelegramServer::resetConnection(QTcpSocket *socket)
{
    // SO_LINGER with a zero timeout turns the close into a RST: the client sees a reset, not an end.
    const linger hard {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

} // namespace blufio::test
