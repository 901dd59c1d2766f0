#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

// Under AddressSanitizer freed memory stays resident in its quarantine, so RSS says nothing about
// whether a body was buffered (the daemon is the same build as this test); the normal build checks it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

using namespace blufio;
using namespace blufio::test;

namespace {
quint64 rssOf(qint64 pid)
{
    QFile statm(QStringLiteral("/proc/%1/statm").arg(pid));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toULongLong() * quint64(sysconf(_SC_PAGESIZE));
}

const QStringList kDesignMetrics = {
    QStringLiteral("blufio_messages_total"),
    QStringLiteral("blufio_tokens_total"),
    QStringLiteral("blufio_active_sessions"),
    QStringLiteral("blufio_budget_remaining_usd"),
    QStringLiteral("blufio_response_latency_seconds"),
    QStringLiteral("blufio_memory_heap_bytes"),
    QStringLiteral("blufio_memory_rss_bytes"),
    QStringLiteral("blufio_memory_resident_bytes"),
    QStringLiteral("blufio_memory_pressure"),
    QStringLiteral("blufio_errors_total"),
    QStringLiteral("blufio_http_requests_total"),
    QStringLiteral("blufio_http_request_duration_seconds"),
    QStringLiteral("blufio_sessions_rejected_total"),
    QStringLiteral("blufio_queue_depth"),
    QStringLiteral("blufio_dependency_up"),
    QStringLiteral("blufio_health_status"),
    QStringLiteral("blufio_build_info"),
    QStringLiteral("blufio_auth_failures_total"),
    QStringLiteral("blufio_auth_lockouts_total"),
};
} // namespace

// blufiod as a user runs it: a real subprocess on a free port, spoken to over real sockets.
class TestDaemon : public QObject
{
    Q_OBJECT

private slots:
    void healthFieldsAndTypes()
    {
        DaemonProcess d;
        QVERIFY2(d.start(), d.output().constData());
        const HttpReply r = http("GET", d.url() + QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject o = r.json().object();
        // /health is written by hand (HealthService::renderJson): exactly the bytes QJsonDocument
        // writes for the same object, so nothing reading it can tell, and only docs/API.md's keys.
        QCOMPARE(r.body, QJsonDocument(o).toJson(QJsonDocument::Compact));
        QCOMPARE(o.keys(),
                 QStringList({QStringLiteral("accepting_sessions"), QStringLiteral("active_sessions"),
                              QStringLiteral("memory_heap_bytes"), QStringLiteral("memory_pressure"),
                              QStringLiteral("memory_resident_bytes"), QStringLiteral("memory_rss_bytes"),
                              QStringLiteral("status"), QStringLiteral("uptime_secs"),
                              QStringLiteral("version")}));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
        QVERIFY(o.value(QStringLiteral("version")).isString());
        for (const char *key : {"uptime_secs", "memory_heap_bytes", "memory_resident_bytes",
                                "memory_rss_bytes", "memory_pressure", "active_sessions"})
            QVERIFY2(o.value(QLatin1String(key)).isDouble(), key);
        // Under ASan the allocator's figures are the sanitizer's, not jemalloc's (tst_daemon_jemalloc).
        if (!qEnvironmentVariableIsSet("BLUFIO_SKIP_JEMALLOC"))
            QVERIFY(o.value(QStringLiteral("memory_heap_bytes")).toDouble() > 0);
        QVERIFY(o.value(QStringLiteral("memory_rss_bytes")).toDouble() > 1e6);
        QCOMPARE(o.value(QStringLiteral("memory_pressure")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("accepting_sessions")).toBool(), true);
        QCOMPARE(d.stop(), 0);
    }

    void metricsPassPromtoolAndNameEverything()
    {
        DaemonProcess d;
        QVERIFY2(d.start(), d.output().constData());
        http("GET", d.url() + QStringLiteral("/health"));
        const HttpReply r = http("GET", d.url() + QStringLiteral("/metrics"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const QString text = QString::fromUtf8(r.body);
        for (const QString &name : kDesignMetrics) {
            QVERIFY2(text.contains(QStringLiteral("# TYPE ") + name + u' '), qPrintable(name));
            QVERIFY2(text.contains(QStringLiteral("# HELP ") + name + u' '), qPrintable(name));
        }
        const QRegularExpression healthCount(
            QStringLiteral("blufio_http_requests_total\\{code=\"200\",route=\"/health\"\\} ([0-9]+)"));
        const QRegularExpressionMatch m = healthCount.match(text);
        QVERIFY2(m.hasMatch() && m.captured(1).toInt() >= 1,
                 "the /health requests are counted under their route");
        QVERIFY(text.contains(QStringLiteral("blufio_build_info{version=\"")));

        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool not installed (scripts/setup.sh installs the prometheus package)");
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        check.write(r.body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(20000));
        QVERIFY2(check.exitCode() == 0, check.readAll().constData());
    }

    void metricsDisabledIs503()
    {
        DaemonProcess d;
        d.setExtraConfig("[metrics]\nenabled = false\n");
        QVERIFY2(d.start(), d.output().constData());
        const HttpReply r = http("GET", d.url() + QStringLiteral("/metrics"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json()
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("metrics_disabled"));
    }

    void errorsAreJson()
    {
        DaemonProcess d;
        QVERIFY2(d.start(), d.output().constData());
        const HttpReply post = http("POST", d.url() + QStringLiteral("/health"), "{}");
        QCOMPARE(post.status, 405);
        QCOMPARE(post.headers.value("allow"), QByteArray("GET, HEAD"));
        QCOMPARE(post.json()
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("method_not_allowed"));
        const HttpReply missing = http("GET", d.url() + QStringLiteral("/nope"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json()
                    .object()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .contains(QStringLiteral("message")));
    }

    void oversizedBodyIs413WithoutBuffering()
    {
        DaemonProcess d;
        QVERIFY2(d.start(), d.output().constData());
        // Warm up first: the first requests grow the heap by a few MiB whatever their size, which
        // would hide or fake a buffered body.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http("GET", d.url() + QStringLiteral("/health")).status, 200);
        QCOMPARE(rawExchange(d.port(), "POST /health HTTP/1.1\r\nHost: t\r\nContent-Length: 9999999\r\n\r\n")
                     .left(12),
                 QByteArray("HTTP/1.1 413"));
        const quint64 before = rssOf(d.pid());
        QElapsedTimer timer;
        timer.start();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, d.port());
        QVERIFY(socket.waitForConnected(3000));
        const qint64 size = 8 * 1024 * 1024;
        socket.write("POST /health HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(size) + "\r\n\r\n");
        socket.write(QByteArray(size, 'x'));
        QByteArray reply;
        while (!reply.contains("\r\n\r\n") && timer.elapsed() < 5000) {
            socket.waitForReadyRead(100);
            reply += socket.readAll();
        }
        QVERIFY2(reply.startsWith("HTTP/1.1 413"), reply.constData());
        QVERIFY2(timer.elapsed() < 3000, "413 should come before the body is read");
        socket.abort();
        // The body was not buffered: RSS grew by far less than the 8 MiB sent (at most about one
        // socket read buffer, which is capped at max_header_bytes + max_body_bytes = 1 MiB here).
        const quint64 after = rssOf(d.pid());
        if (!kAddressSanitizer)
            QVERIFY2(after < before + size / 4,
                     qPrintable(QStringLiteral("RSS %1 -> %2").arg(before).arg(after)));
        QCOMPARE(http("GET", d.url() + QStringLiteral("/health")).status, 200);
    }

    void oversizedHeadersAre431()
    {
        DaemonProcess d;
        QVERIFY2(d.start(), d.output().constData());
        const QByteArray reply = rawExchange(
            d.port(),
            "GET /health HTTP/1.1\r\nHost: t\r\nX-Filler: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n");
        QVERIFY2(reply.startsWith("HTTP/1.1 431"), reply.left(200).constData());
        QVERIFY(reply.contains("\"code\":\"headers_too_large\""));
    }

    void slowClientIsCutAfterIdleTimeout()
    {
        DaemonProcess d;
        d.setDaemonKeys("idle_timeout_secs = 2\n");
        QVERIFY2(d.start(), d.output().constData());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, d.port());
        QVERIFY(socket.waitForConnected(3000));
        const QByteArray request
            = "GET /health HTTP/1.1\r\nHost: t\r\nX-Slow: " + QByteArray(100, 'a') + "\r\n\r\n";
        QElapsedTimer timer;
        timer.start();
        QByteArray reply;
        // One byte every 250 ms: each byte would reset a naive idle timer.
        for (int i = 0; i < request.size() && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(request.mid(i, 1));
            socket.waitForBytesWritten(100);
            socket.waitForReadyRead(250);
            reply += socket.readAll();
            if (timer.elapsed() > 8000)
                break;
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            socket.state() != QAbstractSocket::ConnectedState || socket.waitForReadyRead(50) == false, 6000);
        reply += socket.readAll();
        QVERIFY2(timer.elapsed() < 6000, "the slow client should have been cut at about 2 s");
        QVERIFY2(reply.isEmpty() || reply.startsWith("HTTP/1.1 408"), reply.constData());
        // An idle keep-alive connection goes too.
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, d.port());
        QVERIFY(idle.waitForConnected(3000));
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void connectionsBeyondTheCapGet503()
    {
        DaemonProcess d;
        d.setDaemonKeys("max_connections = 4\n");
        QVERIFY2(d.start(), d.output().constData());
        QList<QTcpSocket *> held;
        for (int i = 0; i < 4; ++i) {
            auto *s = new QTcpSocket(this);
            s->connectToHost(QHostAddress::LocalHost, d.port());
            QVERIFY(s->waitForConnected(3000));
            // A reply proves the daemon accepted (and counts) this connection; keep-alive holds it.
            s->write("GET /health HTTP/1.1\r\nHost: t\r\n\r\n");
            QByteArray reply;
            QTRY_VERIFY_WITH_TIMEOUT((reply += s->readAll()).contains("\r\n\r\n{"), 5000);
            held.append(s);
        }
        const QByteArray refused = rawExchange(d.port(), "GET /health HTTP/1.1\r\nHost: t\r\n\r\n", 3000);
        QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
        QVERIFY(refused.contains("too_many_connections"));
        qDeleteAll(held);
        QTRY_COMPARE_WITH_TIMEOUT(http("GET", d.url() + QStringLiteral("/health")).status, 200, 5000);
    }

    void expectContinueIsAnswered()
    {
        DaemonProcess d;
        QVERIFY2(d.start(), d.output().constData());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, d.port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("POST /health HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(3000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 100 Continue"));
        socket.write("{}");
        QByteArray rest;
        QTRY_VERIFY_WITH_TIMEOUT((rest += socket.readAll()).contains("HTTP/1.1 405"), 3000);
    }

    void sigtermExitsCleanly()
    {
        DaemonProcess d;
        QVERIFY2(d.start(), d.output().constData());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(d.stop(5000), 0);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(d.output().contains("stopped"));
    }

    void memoryPressureShows()
    {
        if (qEnvironmentVariableIsSet("BLUFIO_SKIP_JEMALLOC"))
            QSKIP(
                "needs the allocator's heap figures (jemalloc): the ctest entry tst_daemon_jemalloc runs it");
        DaemonProcess d;
        d.setDaemonKeys(
            "memory_warn_mb = 1\nmemory_limit_mb = 2000\nmemory_sample_secs = 1\nidle_timeout_secs = 60\n");
        QVERIFY2(d.start(), d.output().constData());
        // Real load: 100 unfinished 15 KiB request heads held in the daemon's buffers.
        const QList<QTcpSocket *> load = holdPartialRequests(d.port(), 100, 15000);
        auto release = qScopeGuard([&] { qDeleteAll(load); });
        // Within two sample intervals.
        QTRY_COMPARE_WITH_TIMEOUT(http("GET", d.url() + QStringLiteral("/health"))
                                      .json()
                                      .object()
                                      .value(QStringLiteral("memory_pressure"))
                                      .toInt(),
                                  1, 2500);
        const QJsonObject o = http("GET", d.url() + QStringLiteral("/health")).json().object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("degraded"));
        QCOMPARE(o.value(QStringLiteral("accepting_sessions")).toBool(), true);
        QVERIFY(
            http("GET", d.url() + QStringLiteral("/metrics")).body.contains("\nblufio_memory_pressure 1\n"));
        QVERIFY(
            http("GET", d.url() + QStringLiteral("/metrics")).body.contains("\nblufio_health_status 0.5\n"));
        QVERIFY(d.output().contains("above memory_warn_mb"));
        // The daemon registered its database connection: it is shed, by name, then the arenas are purged.
        QTRY_VERIFY_WITH_TIMEOUT(d.output().contains("purged arenas; heap "), 2000);
        QVERIFY2(d.output().contains("shed sqlite page cache: "), d.output().constData());
        QVERIFY(d.output().indexOf("shed sqlite page cache: ") < d.output().indexOf("purged arenas; heap "));
        // Logged once per episode, not every sample.
        QTest::qWait(2200);
        QCOMPARE(d.output().count("above memory_warn_mb"), 1);
        // The load goes, the heap falls (below warn with hysteresis), the pressure clears.
        release.dismiss();
        qDeleteAll(load);
        QTRY_COMPARE_WITH_TIMEOUT(http("GET", d.url() + QStringLiteral("/health"))
                                      .json()
                                      .object()
                                      .value(QStringLiteral("memory_pressure"))
                                      .toInt(),
                                  0, 5000);
        QVERIFY(d.output().contains("memory pressure cleared"));
    }

    void notifySocketGetsReadyAndStopping()
    {
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("notify")));
        const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        qstrncpy(addr.sun_path, path.constData(), sizeof(addr.sun_path));
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0);

        DaemonProcess d;
        d.environment().insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromUtf8(path));
        d.environment().insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("400000"));
        QProcess &p = d.process();
        Q_UNUSED(p)
        auto receive = [fd](int timeoutMs) -> QByteArray {
            QElapsedTimer t;
            t.start();
            char buffer[4096];
            while (t.elapsed() < timeoutMs) {
                const ssize_t n = ::recv(fd, buffer, sizeof(buffer), MSG_DONTWAIT);
                if (n > 0)
                    return QByteArray(buffer, n);
                QTest::qWait(10);
            }
            return {};
        };
        // start() waits for /health, so read the datagrams afterwards; READY must be there, and
        // it was sent after listen(): check by connecting at the moment we read it below.
        QVERIFY2(d.start(), d.output().constData());
        QByteArray ready;
        for (int i = 0; i < 5 && !ready.contains("READY=1"); ++i)
            ready = receive(2000);
        QVERIFY2(ready.contains("READY=1"), ready.constData());
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, d.port());
        QVERIFY(probe.waitForConnected(1000));
        // WATCHDOG_USEC=400ms: pings every 200 ms.
        QVERIFY(receive(2000).contains("WATCHDOG=1"));
        ::kill(pid_t(d.pid()), SIGTERM);
        QByteArray stopping;
        for (int i = 0; i < 20 && !stopping.contains("STOPPING=1"); ++i)
            stopping = receive(500);
        QVERIFY2(stopping.contains("STOPPING=1"), stopping.constData());
        QVERIFY(d.waitForExit(5000));
        ::close(fd);
    }

    void readyOnlyAfterListening()
    {
        // The daemon must not claim READY when the port cannot be bound.
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("b.toml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[daemon]\nhealth_port = " + QByteArray::number(blocker.serverPort()) + "\ndata_dir = \""
                     + dir.filePath(QStringLiteral("data")).toUtf8()
                     + "\"\n[gateway]\nbearer_token = \"0123456789abcdef0123456789\"\n");
        config.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(binPath(QStringLiteral("blufiod")), {QStringLiteral("--config"), config.fileName()});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAll().contains("cannot listen on"), "names the listen failure");
    }

    void failsClosedWithoutGatewayAuth()
    {
        DaemonProcess d;
        d.environment().remove(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"));
        QVERIFY(!d.start(5000));
        QVERIFY(d.waitForExit(5000));
        QCOMPARE(d.process().exitCode(), 78);
        QVERIFY2(d.output().contains("gateway.bearer_token"), d.output().constData());
    }

    void badConfigExits78WithLocation()
    {
        DaemonProcess d;
        d.setDaemonKeys("memory_warn_mb = \"lots\"\n");
        QVERIFY(!d.start(5000));
        QVERIFY(d.waitForExit(5000));
        QCOMPARE(d.process().exitCode(), 78);
        const QByteArray out = d.output();
        QVERIFY2(out.contains("daemon.memory_warn_mb") && out.contains("blufio.toml:5:1"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
