#include "TestCertificates.h"

#include "common/config/Config.h"
#include "common/net/TlsSettings.h"
#include "daemon/metrics/TlsHttpListener.h"

#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace blufio;
using namespace blufio::test;

// TlsSettings::load in-process: the settings the metrics listener gets, and the server TLS
// configuration built from them (the integration tests check the same through a real daemon).
class TestTlsSettings : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certs;

    Config config(const QString &listen, const QString &cert = {}, const QString &key = {},
                  const QString &ca = {}, bool mtls = false)
    {
        Config c;
        auto set = [&c](const char *k, const QVariant &v) {
            c.set(QString::fromLatin1(k),
                  ConfigEntry {v, ConfigSource::File, QStringLiteral("test.toml:1:1")});
        };
        if (!listen.isEmpty())
            set("metrics.listen", listen);
        if (!cert.isEmpty())
            set("metrics.tls_cert", m_certs.path(cert));
        if (!key.isEmpty())
            set("metrics.tls_key", m_certs.path(key));
        if (!ca.isEmpty())
            set("metrics.tls_client_ca", m_certs.path(ca));
        set("metrics.require_mtls", mtls);
        return c;
    }

private slots:
    void initTestCase() { QVERIFY2(m_certs.generate(), qPrintable(m_certs.error())); }

    void notConfiguredIsNothing()
    {
        const Result<std::optional<TlsSettings>> r = TlsSettings::load(config({}));
        QVERIFY(r.ok());
        QVERIFY(!*r);
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("address"); // empty: an error
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << QStringLiteral("127.0.0.1:9464") << QStringLiteral("127.0.0.1") << 9464;
        QTest::newRow("any") << QStringLiteral("0.0.0.0:9464") << QStringLiteral("0.0.0.0") << 9464;
        QTest::newRow("localhost") << QStringLiteral("localhost:1") << QStringLiteral("127.0.0.1") << 1;
        QTest::newRow("ipv6") << QStringLiteral("[::1]:9464") << QStringLiteral("::1") << 9464;
        QTest::newRow("hostname") << QStringLiteral("example.org:9464") << QString() << 0;
    }

    void addresses()
    {
        QFETCH(QString, listen);
        QFETCH(QString, address);
        QFETCH(int, port);
        const Result<std::optional<TlsSettings>> r = TlsSettings::load(config(listen));
        if (address.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY2(r.errorMessage().startsWith(QStringLiteral("metrics.listen: ")),
                     qPrintable(r.errorMessage()));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE((*r)->mode(), TlsSettings::Mode::Plain);
        QCOMPARE((*r)->address(), QHostAddress(address));
        QCOMPARE(int((*r)->port()), port);
    }

    void tlsConfiguration()
    {
        const Result<std::optional<TlsSettings>> r = TlsSettings::load(config(
            QStringLiteral("127.0.0.1:1"), QStringLiteral("server.crt"), QStringLiteral("server.key")));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE((*r)->mode(), TlsSettings::Mode::Tls);
        const QSslConfiguration c = (*r)->serverConfiguration();
        QCOMPARE(c.peerVerifyMode(), QSslSocket::VerifyNone);
        QCOMPARE(c.protocol(), QSsl::TlsV1_2OrLater);
        QCOMPARE(c.localCertificate(),
                 QSslCertificate::fromPath(m_certs.path(QStringLiteral("server.crt"))).value(0));
        QVERIFY(!c.privateKey().isNull());
        QVERIFY((*r)->describe().contains(QStringLiteral("localhost")));
    }

    void mutualTlsTrustsOnlyTheClientCa()
    {
        const Result<std::optional<TlsSettings>> r
            = TlsSettings::load(config(QStringLiteral("127.0.0.1:1"), QStringLiteral("server.crt"),
                                       QStringLiteral("server.key"), QStringLiteral("ca.crt"), true));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE((*r)->mode(), TlsSettings::Mode::MutualTls);
        const QSslConfiguration c = (*r)->serverConfiguration();
        QCOMPARE(c.peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(c.caCertificates(), QSslCertificate::fromPath(m_certs.path(QStringLiteral("ca.crt"))));
    }

    void caWithoutRequireIsPlainTls()
    {
        const Result<std::optional<TlsSettings>> r
            = TlsSettings::load(config(QStringLiteral("127.0.0.1:1"), QStringLiteral("server.crt"),
                                       QStringLiteral("server.key"), QStringLiteral("ca.crt"), false));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE((*r)->mode(), TlsSettings::Mode::Tls);
    }

    void errorsNameKeyAndFile_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing cert") << QStringLiteral("absent.crt") << QStringLiteral("server.key")
                                      << QStringLiteral("metrics.tls_cert: %1: no such file");
        QTest::newRow("dir as cert") << QStringLiteral("issued") << QStringLiteral("server.key")
                                     << QStringLiteral("metrics.tls_cert: %1: not a regular file");
        QTest::newRow("expired")
            << QStringLiteral("server-expired.crt") << QStringLiteral("server.key")
            << QStringLiteral("metrics.tls_cert: %1: certificate \"localhost\" expired on 2020-02-01");
        QTest::newRow("mismatch") << QStringLiteral("server.crt") << QStringLiteral("client.key")
                                  << QStringLiteral("metrics.tls_key: %2: the private key does not match");
    }

    void errorsNameKeyAndFile()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QFile::setPermissions(m_certs.path(QStringLiteral("client.key")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Result<std::optional<TlsSettings>> r
            = TlsSettings::load(config(QStringLiteral("127.0.0.1:1"), cert, key));
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::Config);
        QString want = expected;
        want.replace(QStringLiteral("%1"), m_certs.path(cert))
            .replace(QStringLiteral("%2"), m_certs.path(key));
        QVERIFY2(r.errorMessage().startsWith(want), qPrintable(r.errorMessage()));
    }

    void keyModeIsChecked()
    {
        const QString open = m_certs.path(QStringLiteral("open.key"));
        QFile::remove(open);
        QVERIFY(QFile::copy(m_certs.path(QStringLiteral("server.key")), open));
        const auto load = [&] {
            return TlsSettings::load(config(QStringLiteral("127.0.0.1:1"), QStringLiteral("server.crt"),
                                            QStringLiteral("open.key")));
        };
        // Readable by others: refused.
        QVERIFY(QFile::setPermissions(open,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(
            load().errorMessage(),
            QStringLiteral("metrics.tls_key: %1: readable by group or others (mode 0644); run: chmod 600 %1")
                .arg(open));
        // Group-readable: accepted only when root owns the file (root:blufio 0640, as PostgreSQL allows).
        QVERIFY(QFile::setPermissions(
            open, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        if (::geteuid() != 0)
            QSKIP("the ownership cases need root");
        QVERIFY(::chown(QFile::encodeName(open).constData(), 0, 0) == 0);
        QVERIFY2(load().ok(), qPrintable(load().errorMessage()));
        QVERIFY(::chown(QFile::encodeName(open).constData(), 65534, 65534) == 0); // nobody
        QCOMPARE(
            load().errorMessage(),
            QStringLiteral("metrics.tls_key: %1: readable by group or others (mode 0640); run: chmod 600 %1")
                .arg(open));
    }

    void failureReasonsAreBounded()
    {
        const QStringList reasons = TlsHttpListener::failureReasons();
        QCOMPARE(reasons.size(), 7);
        QCOMPARE(QSet<QString>(reasons.cbegin(), reasons.cend()).size(), reasons.size());
        QVERIFY(reasons.contains(QStringLiteral("no_client_cert")));
    }
};

QTEST_GUILESS_MAIN(TestTlsSettings)
#include "tst_tlssettings.moc"
