#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>

namespace blufio::test {

// Paths handed in by ctest (tests/CMakeLists.txt).
QString binPath(const QString &program);
QString sourcePath(const QString &relative);
// A port nobody listens on right now (bound and released on 127.0.0.1).
quint16 freePort();
// env plus this test's TMPDIR and the markers of tests/support/no-leftovers (BLUFIO_TEST_*), for
// children given an environment built from scratch or stripped of BLUFIO_*: the launcher must
// still know them as this test's, and their temp files belong in the test's TMPDIR.
QProcessEnvironment withLeftoverMarkers(QProcessEnvironment env);

struct HttpReply
{
    int status = 0; // 0: no HTTP reply (connection refused, reset, timed out)
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString error;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// One request over QNetworkAccessManager with a bound on the wait.
HttpReply http(const QByteArray &method, const QString &url, const QByteArray &body = {},
               const QHash<QByteArray, QByteArray> &headers = {}, int timeoutMs = 10000);

// Sends raw bytes on a fresh TCP connection and returns all bytes received until the peer
// closes or timeoutMs passes.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 5000);

// Opens `count` connections that each send `bytesEach` bytes of an unfinished request head and
// keep waiting: load that really raises the daemon's heap (QHttpServer buffers heads until they
// are complete), for tests of memory pressure. Delete the list to release them.
QList<QTcpSocket *> holdPartialRequests(quint16 port, int count, int bytesEach);

// A real blufiod subprocess on a free port with its own data directory and config file.
class DaemonProcess
{
public:
    DaemonProcess();
    ~DaemonProcess();

    // Extra TOML appended after the [daemon] section this writes (bind, port, data_dir).
    void setExtraConfig(const QByteArray &toml) { m_extra = toml; }
    void setDaemonKeys(const QByteArray &toml) { m_daemonKeys = toml; }
    QProcessEnvironment &environment() { return m_env; }

    // Starts and waits (bounded) until /health answers; false with output() on failure.
    bool start(int timeoutMs = 15000);
    // SIGTERM and wait; returns the exit code or -1 when it did not exit in time.
    int stop(int timeoutMs = 10000);
    bool waitForExit(int timeoutMs);

    QString url() const;
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString dataDir() const;
    QString configPath() const;
    QProcess &process() { return m_process; }
    QByteArray output(); // stdout + stderr so far

private:
    void writeConfig();

    QTemporaryDir m_dir;
    QProcess m_process;
    QProcessEnvironment m_env;
    QByteArray m_extra;
    QByteArray m_daemonKeys;
    QByteArray m_output;
    quint16 m_port = 0;
};

} // namespace blufio::test
