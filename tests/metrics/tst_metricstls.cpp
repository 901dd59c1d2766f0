#include "TestCertificates.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

#include <signal.h>
#include <unistd.h>

using namespace blufio;
using namespace blufio::test;

namespace {
struct TlsReply
{
    bool encrypted = false; // the client finished its side of the handshake
    int status = 0; // 0: no HTTP reply
    QByteArray head;
    QByteArray body;
    QSslCertificate peer;
    QString error;
};

// GET over a fresh TLS connection with exactly this client configuration, reading until the
// server closes (Connection: close). A client-certificate refusal can come after the client's
// side of a TLS 1.3 handshake completed, so "refused" means: no HTTP reply.
TlsReply tlsGet(quint16 port, const QSslConfiguration &config, const QByteArray &path = "/metrics",
                const QByteArray &method = "GET", int timeoutMs = 10000, const QByteArray &extraHeaders = {})
{
    TlsReply r;
    QSslSocket socket;
    socket.setSslConfiguration(config);
    socket.setPeerVerifyName(QStringLiteral("localhost"));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(timeoutMs)) {
        r.error = socket.errorString();
        return r;
    }
    r.encrypted = true;
    r.peer = socket.peerCertificate();
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + extraHeaders
                 + "\r\n");
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        data += socket.readAll();
    }
    data += socket.readAll();
    if (data.isEmpty())
        r.error = socket.errorString();
    const qsizetype split = data.indexOf("\r\n\r\n");
    if (split < 0)
        return r;
    r.head = data.left(split);
    r.body = data.mid(split + 4);
    r.status = r.head.split(' ').value(1).toInt();
    return r;
}

QByteArray metricsListenToml(quint16 port, const TestCertificates &certs, const QString &cert = {},
                             const QString &key = {}, const QString &ca = {}, bool requireMtls = false)
{
    QByteArray toml = "[metrics]\nlisten = \"127.0.0.1:" + QByteArray::number(port) + "\"\n";
    if (!cert.isEmpty())
        toml += "tls_cert = \"" + certs.path(cert).toUtf8() + "\"\n";
    if (!key.isEmpty())
        toml += "tls_key = \"" + certs.path(key).toUtf8() + "\"\n";
    if (!ca.isEmpty())
        toml += "tls_client_ca = \"" + certs.path(ca).toUtf8() + "\"\n";
    if (requireMtls)
        toml += "require_mtls = true\n";
    return toml;
}

double failures(const QByteArray &metricsText, const QString &reason)
{
    const QRegularExpression re(
        QStringLiteral("^blufio_tls_handshake_failures_total\\{reason=\"%1\"\\} ([0-9.e+]+)$").arg(reason),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(metricsText));
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

QStringList metricNames(const QByteArray &text)
{
    QStringList names;
    static const QRegularExpression type(QStringLiteral("^# TYPE (\\S+) "),
                                         QRegularExpression::MultilineOption);
    auto it = type.globalMatch(QString::fromUtf8(text));
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

// Waits (bounded) until the metrics port accepts TCP connections: it listens before the main
// listener, so this is normally immediate once DaemonProcess::start() returned.
bool waitForPort(quint16 port)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(200))
            return true;
    }
    return false;
}
} // namespace

// The metrics listener (issue 7) against a real blufiod: plain, TLS and mutual TLS, the startup
// checks, SIGHUP certificate reloads, and a real Prometheus scraping it.
class TestMetricsTls : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certs;

private slots:
    void initTestCase() { QVERIFY2(m_certs.generate(), qPrintable(m_certs.error())); }

    void plainListenerServesMetrics()
    {
        DaemonProcess d;
        const quint16 port = freePort();
        d.setExtraConfig(metricsListenToml(port, m_certs));
        QVERIFY2(d.start(), d.output().constData());
        const HttpReply r = http("GET", QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const HttpReply main = http("GET", d.url() + QStringLiteral("/metrics"));
        QCOMPARE(metricNames(r.body), metricNames(main.body));
        QVERIFY(r.body.contains("blufio_health_status 1"));

        // Only /metrics: everything else is the same JSON 404 / 405 as the main listener.
        const HttpReply health = http("GET", QStringLiteral("http://127.0.0.1:%1/health").arg(port));
        QCOMPARE(health.status, 404);
        QCOMPARE(health.json()
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("not_found"));
        const HttpReply post = http("POST", QStringLiteral("http://127.0.0.1:%1/metrics").arg(port), "{}");
        QCOMPARE(post.status, 405);
        QCOMPARE(post.headers.value("allow"), QByteArray("GET, HEAD"));
        const HttpReply v1 = http("GET", QStringLiteral("http://127.0.0.1:%1/v1/sessions").arg(port), {},
                                  {{"Authorization", "Bearer test-token-0123456789abcdef"}});
        QCOMPARE(v1.status, 404);
        // The same request limits: an oversized head is 431 before QHttpServer sees it.
        const QByteArray raw = rawExchange(
            port, "GET /metrics HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n");
        QVERIFY2(raw.startsWith("HTTP/1.1 431"), raw.left(200).constData());
        QCOMPARE(d.stop(), 0);
    }

    void tlsNeedsTheCa()
    {
        DaemonProcess d;
        const quint16 port = freePort();
        d.setExtraConfig(
            metricsListenToml(port, m_certs, QStringLiteral("server.crt"), QStringLiteral("server.key")));
        QVERIFY2(d.start(), d.output().constData());
        QVERIFY(waitForPort(port));

        const TlsReply good = tlsGet(port, m_certs.client(true));
        QVERIFY2(good.encrypted, qPrintable(good.error));
        QCOMPARE(good.status, 200);
        QVERIFY(good.head.contains("Content-Type: text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(good.body.contains("# TYPE blufio_health_status gauge"));

        const TlsReply untrusted = tlsGet(port, m_certs.client(false));
        QVERIFY(!untrusted.encrypted);
        QCOMPARE(untrusted.status, 0);
        // QSslSocket checks the server's certificate after the handshake and just closes, so the
        // server cannot tell; curl (OpenSSL) and Prometheus (Go) send an "unknown CA" alert, which
        // is counted as server_cert_rejected.
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (!curl.isEmpty()) {
            QProcess p;
            p.start(curl,
                    {QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("5"),
                     QStringLiteral("--cacert"), m_certs.path(QStringLiteral("otherca.crt")),
                     QStringLiteral("https://localhost:%1/metrics").arg(port)});
            QVERIFY(p.waitForFinished(10000));
            QVERIFY(p.exitCode() != 0);
        }

        // The guard's own replies get through TLS intact: 431 for an oversized head.
        const TlsReply big = tlsGet(port, m_certs.client(true), "/metrics", "GET", 10000,
                                    "X-Big: " + QByteArray(20000, 'a') + "\r\n");
        QCOMPARE(big.status, 431);
        QVERIFY(big.body.contains("headers_too_large"));

        // Plain HTTP to the TLS port gets no reply either, and is counted as a protocol failure.
        const HttpReply plain
            = http("GET", QStringLiteral("http://127.0.0.1:%1/metrics").arg(port), {}, {}, 3000);
        QCOMPARE(plain.status, 0);

        if (!curl.isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(failures(http("GET", d.url() + QStringLiteral("/metrics")).body,
                                              QStringLiteral("server_cert_rejected"))
                                         >= 1,
                                     5000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            failures(http("GET", d.url() + QStringLiteral("/metrics")).body, QStringLiteral("protocol")) >= 1,
            5000);
        QCOMPARE(d.stop(), 0);
    }

    void mutualTls()
    {
        DaemonProcess d;
        const quint16 port = freePort();
        d.setExtraConfig(metricsListenToml(port, m_certs, QStringLiteral("server.crt"),
                                           QStringLiteral("server.key"), QStringLiteral("ca.crt"), true));
        QVERIFY2(d.start(), d.output().constData());
        QVERIFY(waitForPort(port));
        const QString mainMetrics = d.url() + QStringLiteral("/metrics");
        const QByteArray before = http("GET", mainMetrics).body;
        for (const QString &reason :
             {QStringLiteral("no_client_cert"), QStringLiteral("untrusted_client_cert"),
              QStringLiteral("expired_client_cert"), QStringLiteral("protocol")})
            QVERIFY2(failures(before, reason) == 0, qPrintable(reason + QStringLiteral(" starts at 0")));

        const TlsReply none = tlsGet(port, m_certs.client(true));
        QCOMPARE(none.status, 0);
        QTRY_COMPARE_WITH_TIMEOUT(failures(http("GET", mainMetrics).body, QStringLiteral("no_client_cert")),
                                  1.0, 5000);

        const TlsReply stranger = tlsGet(
            port, m_certs.client(true, QStringLiteral("stranger.crt"), QStringLiteral("stranger.key")));
        QCOMPARE(stranger.status, 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            failures(http("GET", mainMetrics).body, QStringLiteral("untrusted_client_cert")), 1.0, 5000);

        const TlsReply expired = tlsGet(
            port, m_certs.client(true, QStringLiteral("expired.crt"), QStringLiteral("expired.key")));
        QCOMPARE(expired.status, 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            failures(http("GET", mainMetrics).body, QStringLiteral("expired_client_cert")), 1.0, 5000);

        const TlsReply good
            = tlsGet(port, m_certs.client(true, QStringLiteral("client.crt"), QStringLiteral("client.key")));
        QVERIFY2(good.encrypted, qPrintable(good.error));
        QCOMPARE(good.status, 200);
        const QByteArray main = http("GET", mainMetrics).body;
        QCOMPARE(metricNames(good.body), metricNames(main));
        QVERIFY(metricNames(good.body).contains(QStringLiteral("blufio_tls_handshake_failures_total")));
        // The refused clients never reached a route.
        QCOMPARE(failures(main, QStringLiteral("no_client_cert")), 1.0);
        QCOMPARE(d.stop(), 0);
    }

    void tlsHandshakeTimeoutAndConnectionCap()
    {
        {
            // A client that connects and never says hello holds its slot only until the handshake
            // timeout, min(idle_timeout_secs, 10 s), and is counted.
            DaemonProcess d;
            d.setDaemonKeys("idle_timeout_secs = 1\n");
            const quint16 port = freePort();
            d.setExtraConfig(
                metricsListenToml(port, m_certs, QStringLiteral("server.crt"), QStringLiteral("server.key")));
            QVERIFY2(d.start(), d.output().constData());
            QTcpSocket silent;
            silent.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(silent.waitForConnected(5000));
            QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
            QTRY_COMPARE_WITH_TIMEOUT(
                failures(http("GET", d.url() + QStringLiteral("/metrics")).body, QStringLiteral("timeout")),
                1.0, 5000);
        }
        {
            // daemon.max_connections holds on the TLS listener too, handshakes included.
            DaemonProcess d;
            d.setDaemonKeys("max_connections = 2\n");
            const quint16 port = freePort();
            d.setExtraConfig(
                metricsListenToml(port, m_certs, QStringLiteral("server.crt"), QStringLiteral("server.key")));
            QVERIFY2(d.start(), d.output().constData());
            QSslSocket a, b, c;
            for (QSslSocket *s : {&a, &b}) {
                s->setSslConfiguration(m_certs.client(true));
                s->setPeerVerifyName(QStringLiteral("localhost"));
                s->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
                QVERIFY(s->waitForEncrypted(5000));
            }
            c.setSslConfiguration(m_certs.client(true));
            c.setPeerVerifyName(QStringLiteral("localhost"));
            c.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            QVERIFY(!c.waitForEncrypted(5000));
            a.disconnectFromHost();
            QTRY_COMPARE_WITH_TIMEOUT(a.state(), QAbstractSocket::UnconnectedState, 5000);
            // A slot is free again.
            QTRY_COMPARE_WITH_TIMEOUT(tlsGet(port, m_certs.client(true), "/metrics", "GET", 3000).status, 200,
                                      10000);
        }
    }

    void startupChecks_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<bool>("mtls");
        QTest::addColumn<QString>("named"); // the file (or key) the message must name
        QTest::addColumn<QString>("says");

        const QString crt = QStringLiteral("server.crt");
        const QString key = QStringLiteral("server.key");
        QTest::newRow("missing cert") << QStringLiteral("nope.crt") << key << QString() << false
                                      << QStringLiteral("nope.crt") << QStringLiteral("no such file");
        QTest::newRow("missing key") << crt << QStringLiteral("nope.key") << QString() << false
                                     << QStringLiteral("nope.key") << QStringLiteral("no such file");
        QTest::newRow("missing ca") << crt << key << QStringLiteral("nope-ca.crt") << true
                                    << QStringLiteral("nope-ca.crt") << QStringLiteral("no such file");
        QTest::newRow("cert not pem")
            << QStringLiteral("garbage.pem") << key << QString() << false << QStringLiteral("garbage.pem")
            << QStringLiteral("not a PEM certificate");
        QTest::newRow("ca not pem") << crt << key << QStringLiteral("garbage.pem") << true
                                    << QStringLiteral("garbage.pem")
                                    << QStringLiteral("not a PEM certificate");
        QTest::newRow("key not pem") << crt << QStringLiteral("garbage.key") << QString() << false
                                     << QStringLiteral("garbage.key") << QStringLiteral("private key");
        QTest::newRow("key does not match")
            << crt << QStringLiteral("client.key") << QString() << false << QStringLiteral("client.key")
            << QStringLiteral("does not match");
        QTest::newRow("cert expired") << QStringLiteral("server-expired.crt") << key << QString() << false
                                      << QStringLiteral("server-expired.crt") << QStringLiteral("expired");
        QTest::newRow("cert not yet valid")
            << QStringLiteral("server-notyet.crt") << key << QString() << false
            << QStringLiteral("server-notyet.crt") << QStringLiteral("not valid before");
        QTest::newRow("key readable by others")
            << crt << QStringLiteral("server-open.key") << QString() << false
            << QStringLiteral("server-open.key") << QStringLiteral("chmod 600");
        QTest::newRow("mtls without ca")
            << crt << key << QString() << true << QStringLiteral("metrics.require_mtls")
            << QStringLiteral("metrics.tls_client_ca");
    }

    void startupChecks()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, ca);
        QFETCH(bool, mtls);
        QFETCH(QString, named);
        QFETCH(QString, says);
        {
            QFile garbage(m_certs.path(QStringLiteral("garbage.pem")));
            QVERIFY(garbage.open(QIODevice::WriteOnly | QIODevice::Truncate));
            garbage.write("this is not a certificate\n");
        }
        {
            QFile garbage(m_certs.path(QStringLiteral("garbage.key")));
            QVERIFY(garbage.open(QIODevice::WriteOnly | QIODevice::Truncate));
            garbage.write("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
            garbage.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        QFile::remove(m_certs.path(QStringLiteral("server-open.key")));
        QVERIFY(QFile::copy(m_certs.path(QStringLiteral("server.key")),
                            m_certs.path(QStringLiteral("server-open.key"))));
        QVERIFY(QFile::setPermissions(m_certs.path(QStringLiteral("server-open.key")),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QFile::setPermissions(m_certs.path(QStringLiteral("client.key")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        DaemonProcess d;
        const quint16 port = freePort();
        d.setExtraConfig(metricsListenToml(port, m_certs, cert, key, ca, mtls));
        QVERIFY(!d.start(10000));
        QVERIFY(d.waitForExit(10000));
        const QString output = QString::fromUtf8(d.output());
        QCOMPARE(d.process().exitCode(), 78);
        QVERIFY2(output.contains(named), qPrintable(output));
        QVERIFY2(output.contains(says), qPrintable(output));
        // Nothing listened: not the metrics port, and not the main port either.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, d.port());
        QVERIFY(!probe.waitForConnected(500));
    }

    void unreadableKeyIsAStartupError()
    {
        if (::geteuid() == 0)
            QSKIP("root reads files whatever their mode");
        const QString locked = m_certs.path(QStringLiteral("locked.key"));
        QFile::remove(locked);
        QVERIFY(QFile::copy(m_certs.path(QStringLiteral("server.key")), locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        DaemonProcess d;
        d.setExtraConfig(metricsListenToml(freePort(), m_certs, QStringLiteral("server.crt"),
                                           QStringLiteral("locked.key")));
        QVERIFY(!d.start(10000));
        QVERIFY(d.waitForExit(10000));
        QCOMPARE(d.process().exitCode(), 78);
        QVERIFY2(d.output().contains("locked.key: cannot be read"), d.output().constData());
    }

    void sighupReloadsCertificates()
    {
        // The daemon reads the certificate from a path we replace, as certbot and friends do.
        TestCertificates &c = m_certs;
        QVERIFY2(c.issueServer(QStringLiteral("first"), QStringLiteral("localhost")), qPrintable(c.error()));
        QVERIFY2(c.issueServer(QStringLiteral("second"), QStringLiteral("localhost")), qPrintable(c.error()));
        auto install = [&c](const QString &from) {
            for (const QString &ext : {QStringLiteral(".crt"), QStringLiteral(".key")}) {
                const QString target = c.path(QStringLiteral("live") + ext);
                QFile::remove(target);
                if (!QFile::copy(c.path(from + ext), target))
                    return false;
                QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            }
            return true;
        };
        QVERIFY(install(QStringLiteral("first")));
        const QSslCertificate first = QSslCertificate::fromPath(c.path(QStringLiteral("first.crt"))).value(0);
        const QSslCertificate second
            = QSslCertificate::fromPath(c.path(QStringLiteral("second.crt"))).value(0);
        QVERIFY(first != second);

        DaemonProcess d;
        const quint16 port = freePort();
        d.setExtraConfig(metricsListenToml(port, c, QStringLiteral("live.crt"), QStringLiteral("live.key"),
                                           QStringLiteral("ca.crt"), true));
        QVERIFY2(d.start(), d.output().constData());
        QVERIFY(waitForPort(port));
        const QSslConfiguration client
            = c.client(true, QStringLiteral("client.crt"), QStringLiteral("client.key"));
        TlsReply r = tlsGet(port, client);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.peer, first);

        // A keep-alive connection opened before the reload must survive it.
        QSslSocket kept;
        kept.setSslConfiguration(client);
        kept.setPeerVerifyName(QStringLiteral("localhost"));
        kept.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        QVERIFY(kept.waitForEncrypted(5000));

        QVERIFY(install(QStringLiteral("second")));
        ::kill(pid_t(d.pid()), SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(d.output().contains("now uses certificate"), 5000);
        r = tlsGet(port, client);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.peer, second);

        // A broken replacement: the old (second) certificate stays, and the log says why.
        {
            QFile broken(c.path(QStringLiteral("live.crt")));
            QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
            broken.write("-----BEGIN CERTIFICATE-----\ntruncated\n");
        }
        ::kill(pid_t(d.pid()), SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(d.output().contains("keeping the current metrics certificate"), 5000);
        QVERIFY2(d.output().contains("live.crt: not a PEM certificate"), d.output().constData());
        r = tlsGet(port, client);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.peer, second);
        // A key that no longer matches is refused the same way.
        QVERIFY(install(QStringLiteral("first")));
        QFile::remove(c.path(QStringLiteral("live.key")));
        QVERIFY(QFile::copy(c.path(QStringLiteral("second.key")), c.path(QStringLiteral("live.key"))));
        QFile::setPermissions(c.path(QStringLiteral("live.key")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ::kill(pid_t(d.pid()), SIGHUP);
        QTRY_VERIFY_WITH_TIMEOUT(d.output().contains("does not match"), 5000);
        r = tlsGet(port, client);
        QCOMPARE(r.peer, second);

        // The connection from before the first reload still works.
        QCOMPARE(kept.state(), QAbstractSocket::ConnectedState);
        kept.write("GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QByteArray data;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000 && kept.state() == QAbstractSocket::ConnectedState) {
            kept.waitForReadyRead(100);
            data += kept.readAll();
        }
        QVERIFY2(data.startsWith("HTTP/1.1 200"), data.left(200).constData());
        QCOMPARE(kept.peerCertificate(), first);
        QCOMPARE(d.stop(), 0);
    }

    void prometheusScrapesOverMutualTls()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        if (prometheus.isEmpty())
            QSKIP("prometheus not installed (scripts/setup.sh installs it)");
        if (qEnvironmentVariableIsSet("BLUFIO_SKIP_SLOW"))
            QSKIP("BLUFIO_SKIP_SLOW is set");
        DaemonProcess d;
        const quint16 port = freePort();
        d.setExtraConfig(metricsListenToml(port, m_certs, QStringLiteral("server.crt"),
                                           QStringLiteral("server.key"), QStringLiteral("ca.crt"), true));
        QVERIFY2(d.start(), d.output().constData());

        QTemporaryDir work;
        const quint16 webPort = freePort();
        const QByteArray config
            = "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
              "scrape_configs:\n  - job_name: blufio\n    scheme: https\n    tls_config:\n"
              "      ca_file: "
            + m_certs.path(QStringLiteral("ca.crt")).toUtf8()
            + "\n"
              "      cert_file: "
            + m_certs.path(QStringLiteral("client.crt")).toUtf8()
            + "\n"
              "      key_file: "
            + m_certs.path(QStringLiteral("client.key")).toUtf8()
            + "\n"
              "      server_name: localhost\n"
              "    static_configs:\n      - targets: ['127.0.0.1:"
            + QByteArray::number(port) + "']\n";
        QFile file(work.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config);
        file.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(prometheus,
                {QStringLiteral("--config.file=") + file.fileName(),
                 QStringLiteral("--storage.tsdb.path=") + work.filePath(QStringLiteral("data")),
                 QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(webPort)});
        QVERIFY(p.waitForStarted(10000));
        auto cleanup = qScopeGuard([&p] {
            p.terminate();
            if (!p.waitForFinished(10000))
                p.kill();
        });

        QUrlQuery query;
        query.addQueryItem(QStringLiteral("query"), QStringLiteral("up{job=\"blufio\"}"));
        const QString url = QStringLiteral("http://127.0.0.1:%1/api/v1/query?").arg(webPort)
            + query.toString(QUrl::FullyEncoded);
        QString last;
        QElapsedTimer timer;
        timer.start();
        bool up = false;
        while (!up && timer.elapsed() < 60000 && p.state() == QProcess::Running) {
            const HttpReply r = http("GET", url, {}, {}, 2000);
            const QJsonArray result = r.json()
                                          .object()
                                          .value(QStringLiteral("data"))
                                          .toObject()
                                          .value(QStringLiteral("result"))
                                          .toArray();
            last = QString::fromUtf8(r.body);
            up = !result.isEmpty()
                && result.at(0).toObject().value(QStringLiteral("value")).toArray().at(1).toString() == u"1";
            if (!up)
                QTest::qWait(500);
        }
        QVERIFY2(up, qPrintable(last + QStringLiteral("\n") + QString::fromUtf8(p.readAll())));
        QCOMPARE(d.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMetricsTls)
#include "tst_metricstls.moc"
