#include "TestHealthServer.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
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
    QJsonObject o;
    o.insert(QStringLiteral("status"), QString::fromLatin1(status));
    o.insert(QStringLiteral("version"), QStringLiteral("0.1.0"));
    o.insert(QStringLiteral("uptime_secs"), 125);
    o.insert(QStringLiteral("memory_heap_bytes"), qint64(heapBytes));
    o.insert(QStringLiteral("memory_resident_bytes"), qint64(heapBytes + (4 << 20)));
    o.insert(QStringLiteral("memory_rss_bytes"), qint64(heapBytes + (20 << 20)));
    o.insert(QStringLiteral("memory_pressure"), status == "degraded" ? 1 : 0);
    o.insert(QStringLiteral("active_sessions"), 2);
    o.insert(QStringLiteral("accepting_sessions"), true);
    setReply(httpStatus, QJsonDocument(o).toJson(QJsonDocument::Compact));
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
