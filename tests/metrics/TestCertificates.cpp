#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace blufio::test {

namespace {
// `openssl ca` is the one openssl command that takes arbitrary validity dates, which the expired
// and not-yet-valid certificates need (`x509 -days` cannot go negative).
const QByteArray kCaConfig = R"(
[ca]
default_ca = testca
[testca]
dir = .
database = index.txt
new_certs_dir = issued
serial = serial
default_md = sha256
policy = anything
unique_subject = no
email_in_dn = no
copy_extensions = none
[anything]
commonName = supplied
[client_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
)";
} // namespace

TestCertificates::TestCertificates()
    : m_openssl(QStandardPaths::findExecutable(QStringLiteral("openssl"))) { }

bool TestCertificates::writeFile(const QString &name, const QByteArray &data)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        m_error = QStringLiteral("cannot write ") + path(name);
        return false;
    }
    return true;
}

bool TestCertificates::openssl(const QStringList &arguments)
{
    if (m_openssl.isEmpty()) {
        m_error = QStringLiteral("openssl not found (scripts/setup.sh installs it)");
        return false;
    }
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_openssl, arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("openssl ") + arguments.join(u' ') + QStringLiteral(": ")
            + QString::fromLocal8Bit(p.readAll());
        return false;
    }
    return true;
}

bool TestCertificates::issueServer(const QString &name, const QString &commonName)
{
    const QString key = name + QStringLiteral(".key");
    return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), name + QStringLiteral(".csr"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName})
        && openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                    QStringLiteral("ca.cnf"), QStringLiteral("-cert"), QStringLiteral("ca.crt"),
                    QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-extensions"),
                    QStringLiteral("server_ext"), QStringLiteral("-days"), QStringLiteral("30"),
                    QStringLiteral("-notext"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                    QStringLiteral("-out"), name + QStringLiteral(".crt")})
        && QFile::setPermissions(path(key), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool TestCertificates::generate()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!writeFile(QStringLiteral("ca.cnf"), kCaConfig) || !writeFile(QStringLiteral("index.txt"), {})
        || !writeFile(QStringLiteral("serial"), "1000\n"))
        return false;
    if (!QDir(m_dir.path()).mkpath(QStringLiteral("issued"))) {
        m_error = QStringLiteral("cannot create issued/");
        return false;
    }
    auto makeCa = [this](const QString &name, const QString &cn) {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                        name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("30"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + cn, QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    };
    // A client: key, request, and a certificate signed by caName with the given dates.
    auto makeClient = [this](const QString &name, const QString &caName, const QStringList &dates) {
        QStringList ca = {
            QStringLiteral("ca"),          QStringLiteral("-batch"),        QStringLiteral("-config"),
            QStringLiteral("ca.cnf"),      QStringLiteral("-cert"),         caName + QStringLiteral(".crt"),
            QStringLiteral("-keyfile"),    caName + QStringLiteral(".key"), QStringLiteral("-extensions"),
            QStringLiteral("client_ext"),  QStringLiteral("-notext"),       QStringLiteral("-in"),
            name + QStringLiteral(".csr"), QStringLiteral("-out"),          name + QStringLiteral(".crt")};
        ca += dates;
        return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                        name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + name})
            && openssl(ca);
    };
    const QStringList thirtyDays = {QStringLiteral("-days"), QStringLiteral("30")};
    const QStringList past = {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
                              QStringLiteral("-enddate"), QStringLiteral("20200201000000Z")};
    const QStringList future = {QStringLiteral("-startdate"), QStringLiteral("20990101000000Z"),
                                QStringLiteral("-enddate"), QStringLiteral("20990201000000Z")};
    if (!makeCa(QStringLiteral("ca"), QStringLiteral("blufio test CA"))
        || !makeCa(QStringLiteral("otherca"), QStringLiteral("some other CA"))
        || !issueServer(QStringLiteral("server"), QStringLiteral("localhost"))
        || !makeClient(QStringLiteral("client"), QStringLiteral("ca"), thirtyDays)
        || !makeClient(QStringLiteral("stranger"), QStringLiteral("otherca"), thirtyDays)
        || !makeClient(QStringLiteral("expired"), QStringLiteral("ca"), past)
        || !makeClient(QStringLiteral("notyet"), QStringLiteral("ca"), future))
        return false;
    // Server certificates outside their validity, for the startup checks.
    auto reissueServer = [this](const QString &out, const QStringList &dates) {
        QStringList args
            = {QStringLiteral("ca"),         QStringLiteral("-batch"),  QStringLiteral("-config"),
               QStringLiteral("ca.cnf"),     QStringLiteral("-cert"),   QStringLiteral("ca.crt"),
               QStringLiteral("-keyfile"),   QStringLiteral("ca.key"),  QStringLiteral("-extensions"),
               QStringLiteral("server_ext"), QStringLiteral("-notext"), QStringLiteral("-in"),
               QStringLiteral("server.csr"), QStringLiteral("-out"),    out};
        return openssl(args + dates);
    };
    return reissueServer(QStringLiteral("server-expired.crt"), past)
        && reissueServer(QStringLiteral("server-notyet.crt"), future);
}

QSslConfiguration TestCertificates::client(bool trustCa, const QString &certName,
                                           const QString &keyName) const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    // Never the system store: "trusts" means exactly our CA, "does not trust" means nothing.
    c.setCaCertificates(trustCa ? QSslCertificate::fromPath(path(QStringLiteral("ca.crt")))
                                : QList<QSslCertificate>());
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!certName.isEmpty()) {
        c.setLocalCertificateChain(QSslCertificate::fromPath(path(certName)));
        QFile key(path(keyName));
        if (key.open(QIODevice::ReadOnly))
            c.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
    }
    return c;
}

} // namespace blufio::test
