#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

// A tiny HTTP server standing in for blufiod's /health: answers every request with the status and
// body it was told, optionally after a delay, and counts requests and how many were open at once.
class TestHealthServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit TestHealthServer(QObject *parent = nullptr);

    bool start(quint16 port = 0);
    QString url() const;

    void setReply(int status, const QByteArray &body);
    void setHealth(const QByteArray &status, int httpStatus = 200, quint64 heapBytes = 10u << 20);
    // Reply for one path only (e.g. 404 for /v1/health); other paths get the default reply.
    void setPathReply(const QByteArray &path, int status, const QByteArray &body);
    void setDelayMs(int ms) { m_delayMs = ms; }

    int requestCount() const { return m_requests; }
    int maxConcurrent() const { return m_maxConcurrent; }
    QList<QByteArray> paths() const { return m_paths; }
    QList<QByteArray> authorizations() const { return m_authorizations; }

private:
    void onConnection();

    int m_status = 200;
    QByteArray m_body;
    QByteArray m_specialPath;
    int m_specialStatus = 0;
    QByteArray m_specialBody;
    int m_delayMs = 0;
    int m_requests = 0;
    int m_open = 0;
    int m_maxConcurrent = 0;
    QList<QByteArray> m_paths;
    QList<QByteArray> m_authorizations;
};
