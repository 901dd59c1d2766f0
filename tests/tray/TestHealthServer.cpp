#include "TestHealthServer.h"

#include "common/net/HealthSnapshot.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

TestHealthServer::TestHealthServer(QObject *parent) : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &TestHealthServer::onConnection);
    setHealth("healthy");
}

bool TestHealthServer::start(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

QString TestHealthServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void TestHealthServer::setReply(int status, const QByteArray &body)
{
    m_status = status;
    m_body = body;
}

void TestHealthServer::setHealth(const QByteArray &status, int httpStatus, quint64 heapBytes)
{
    // The daemon's own serializer writes the body, so this stands in for blufiod field for field.
    using blufio::HealthSnapshot;
    HealthSnapshot h;
    h.status = HealthSnapshot::statusFromName(QString::fromLatin1(status))
                   .value_or(HealthSnapshot::Status::Unhealthy);
    h.version = QStringLiteral("0.1.0");
    h.uptimeSecs = 125;
    h.memoryHeapBytes = qint64(heapBytes);
    h.memoryResidentBytes = qint64(heapBytes + (4 << 20));
    h.memoryRssBytes = qint64(heapBytes + (20 << 20));
    h.memoryPressure = status == "degraded" ? 1 : 0;
    h.activeSessions = 2;
    h.acceptingSessions = true;
    setReply(httpStatus, h.toJsonBytes());
}

void TestHealthServer::setPathReply(const QByteArray &path, int status, const QByteArray &body)
{
    m_specialPath = path;
    m_specialStatus = status;
    m_specialBody = body;
}

void TestHealthServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("seen").toBool())
                return;
            const QByteArray head = socket->peek(64 * 1024);
            if (!head.contains("\r\n\r\n"))
                return;
            socket->setProperty("seen", true);
            const QList<QByteArray> lines = head.left(head.indexOf("\r\n\r\n")).split('\n');
            const QByteArray path = lines.value(0).split(' ').value(1);
            QByteArray authorization;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("authorization:"))
                    authorization = line.mid(14).trimmed();
            }
            ++m_requests;
            m_paths.append(path);
            m_authorizations.append(authorization);
            m_maxConcurrent = qMax(m_maxConcurrent, ++m_open);
            const bool special = !m_specialPath.isEmpty() && path == m_specialPath;
            const int status = special ? m_specialStatus : m_status;
            const QByteArray body = special ? m_specialBody : m_body;
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(m_delayMs, this, [this, guard, status, body] {
                --m_open;
                if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                    return;
                QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n"
                    + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body;
                guard->write(reply);
                guard->disconnectFromHost();
            });
        });
    }
}
