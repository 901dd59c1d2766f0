#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <signal.h>

namespace blufio::test {

QString binPath(const QString &program)
{
    // ctest sets BLUFIO_BIN_DIR; run by hand, the tests sit beside the programs in build/bin.
    const QString dir = qEnvironmentVariable("BLUFIO_BIN_DIR", QCoreApplication::applicationDirPath());
    return QDir(dir).filePath(program);
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("BLUFIO_SOURCE_DIR")).filePath(relative);
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QProcessEnvironment withLeftoverMarkers(QProcessEnvironment env)
{
    const QProcessEnvironment own = QProcessEnvironment::systemEnvironment();
    for (const QString &name : own.keys()) {
        if (name.startsWith(QLatin1String("BLUFIO_TEST_")) || name == u"TMPDIR")
            env.insert(name, own.value(name));
    }
    return env;
}

HttpReply http(const QByteArray &method, const QString &url, const QByteArray &body,
               const QHash<QByteArray, QByteArray> &headers, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest request {QUrl(url)};
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    if (!body.isEmpty() && !headers.contains("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.error = QStringLiteral("timed out");
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    if (out.error.isEmpty() && reply->error() != QNetworkReply::NoError && out.status == 0)
        out.error = reply->errorString();
    delete reply;
    return out;
}

QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(50);
        received += socket.readAll();
    }
    received += socket.readAll();
    return received;
}

QList<QTcpSocket *> holdPartialRequests(quint16 port, int count, int bytesEach)
{
    QList<QTcpSocket *> sockets;
    for (int i = 0; i < count; ++i) {
        auto *socket = new QTcpSocket;
        socket->connectToHost(QHostAddress::LocalHost, port);
        if (!socket->waitForConnected(3000)) {
            delete socket;
            break;
        }
        socket->write("GET /health HTTP/1.1\r\nHost: t\r\nX-Pad: " + QByteArray(bytesEach, 'p'));
        socket->waitForBytesWritten(1000);
        sockets.append(socket);
    }
    return sockets;
}

DaemonProcess::DaemonProcess() : m_env(QProcessEnvironment::systemEnvironment())
{
    m_port = freePort();
    // Keep the daemon away from the developer's own configuration and data.
    m_env.insert(QStringLiteral("HOME"), m_dir.path());
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    m_env.insert(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"),
                 QStringLiteral("test-token-0123456789abcdef"));
    m_env.remove(QStringLiteral("NOTIFY_SOCKET"));
    m_env.remove(QStringLiteral("BLUFIO_CONFIG"));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

DaemonProcess::~DaemonProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString DaemonProcess::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString DaemonProcess::configPath() const
{
    return m_dir.filePath(QStringLiteral("blufio.toml"));
}

QString DaemonProcess::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void DaemonProcess::writeConfig()
{
    QFile file(configPath());
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write("[daemon]\nbind = \"127.0.0.1\"\nhealth_port = " + QByteArray::number(m_port)
               + "\ndata_dir = \"" + dataDir().toUtf8() + "\"\n" + m_daemonKeys + "\n" + m_extra);
}

bool DaemonProcess::start(int timeoutMs)
{
    writeConfig();
    m_process.setProcessEnvironment(m_env);
    m_process.start(binPath(QStringLiteral("blufiod")), {QStringLiteral("--config"), configPath()});
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_process.state() == QProcess::NotRunning)
            return false;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200)) {
            probe.disconnectFromHost();
            if (http("GET", url() + QStringLiteral("/health"), {}, {}, 2000).status != 0)
                return true;
        }
        m_process.waitForReadyRead(100);
    }
    return false;
}

int DaemonProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!waitForExit(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

bool DaemonProcess::waitForExit(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    return m_process.waitForFinished(timeoutMs);
}

QByteArray DaemonProcess::output()
{
    m_output += m_process.readAll();
    return m_output;
}

} // namespace blufio::test
