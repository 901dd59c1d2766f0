#include "TlsSettings.h"

#include "common/config/Config.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <sys/stat.h>

#include <memory>

namespace blufio {

namespace {
const QString kListen = QStringLiteral("metrics.listen");
const QString kCert = QStringLiteral("metrics.tls_cert");
const QString kKey = QStringLiteral("metrics.tls_key");
const QString kCa = QStringLiteral("metrics.tls_client_ca");
const QString kRequire = QStringLiteral("metrics.require_mtls");

struct FileRead
{
    QByteArray data;
    QString error;
};

// "key: path: problem", the shape every message here has, so an operator sees which setting and
// which file to fix without reading the code.
QString problem(const QString &key, const QString &path, const QString &what)
{
    return QStringLiteral("%1: %2: %3").arg(key, path, what);
}

FileRead readFile(const QString &key, const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {{}, problem(key, path, TlsSettings::tr("no such file"))};
    if (!info.isFile())
        return {{}, problem(key, path, TlsSettings::tr("not a regular file"))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, problem(key, path, TlsSettings::tr("cannot be read: %1").arg(file.errorString()))};
    // Certificates and keys are a few KiB; a huge file is a mistake, not a certificate.
    const QByteArray data = file.read(1 << 20);
    if (data.isEmpty())
        return {{}, problem(key, path, TlsSettings::tr("is empty"))};
    return {data, {}};
}

QString validityProblem(const QSslCertificate &certificate)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.expiryDate() < now)
        return TlsSettings::tr("certificate \"%1\" expired on %2")
            .arg(certificate.subjectDisplayName(), certificate.expiryDate().toString(Qt::ISODate));
    if (certificate.effectiveDate() > now)
        return TlsSettings::tr("certificate \"%1\" is not valid before %2")
            .arg(certificate.subjectDisplayName(), certificate.effectiveDate().toString(Qt::ISODate));
    return {};
}

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Deleter
{
    void operator()(X509 *x) const { X509_free(x); }
};
struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

// Never prompt: OpenSSL's default callback would ask on the daemon's terminal for the passphrase
// of an encrypted key.
int noPassphrase(char *, int, int, void *)
{
    return 0;
}

// Qt has no way to ask whether a private key belongs to a certificate; libcrypto compares the
// public halves. Returns the key's algorithm for QSslKey, or an error.
struct KeyCheck
{
    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    QString error;
};

KeyCheck checkKeyMatches(const QByteArray &certPem, const QByteArray &keyPem)
{
    std::unique_ptr<BIO, BioDeleter> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    std::unique_ptr<EVP_PKEY, PkeyDeleter> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr));
    if (!key)
        return {QSsl::Opaque, TlsSettings::tr("not an unencrypted PEM private key")};
    std::unique_ptr<BIO, BioDeleter> certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    std::unique_ptr<X509, X509Deleter> cert(PEM_read_bio_X509(certBio.get(), nullptr, noPassphrase, nullptr));
    if (!cert || X509_check_private_key(cert.get(), key.get()) != 1)
        return {QSsl::Opaque,
                TlsSettings::tr("the private key does not match the certificate in %1").arg(kCert)};
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA:
        return {QSsl::Rsa, {}};
    case EVP_PKEY_EC:
        return {QSsl::Ec, {}};
    case EVP_PKEY_DSA:
        return {QSsl::Dsa, {}};
    default:
        return {QSsl::Opaque, TlsSettings::tr("unsupported key type (use an RSA or EC key)")};
    }
}

TlsSettingsResult fail(const QString &message)
{
    return {std::nullopt, message};
}
} // namespace

std::optional<QHostAddress> TlsSettings::parseHost(const QString &host)
{
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h == u"localhost")
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(h))
        return std::nullopt;
    return address;
}

TlsSettingsResult TlsSettings::load(const Config &config)
{
    const Settings::Metrics &metrics = config.settings().metrics;
    if (metrics.listen.isEmpty())
        return {};
    TlsSettings s;
    s.m_listen = metrics.listen;
    // The loader already checked the host:port shape and the port range.
    const qsizetype colon = s.m_listen.lastIndexOf(u':');
    const std::optional<QHostAddress> address = parseHost(s.m_listen.left(colon));
    if (!address) {
        return fail(QStringLiteral("%1: %2").arg(
            kListen, tr("'%1' is not an IP address (or localhost)").arg(s.m_listen.left(colon))));
    }
    s.m_address = *address;
    s.m_port = quint16(s.m_listen.mid(colon + 1).toUInt());

    if (metrics.tlsCert.isEmpty())
        return {s, {}};
    // The loader checks these pairings too; repeated here so load() is safe on any Config.
    if (metrics.tlsKey.isEmpty())
        return fail(tr("'%1' needs '%2' to be set").arg(kCert, kKey));
    const bool mutual = metrics.requireMtls;
    if (mutual && metrics.tlsClientCa.isEmpty())
        return fail(tr("'%1' needs '%2' to be set").arg(kRequire, kCa));

    const QString &certPath = metrics.tlsCert;
    const FileRead cert = readFile(kCert, certPath);
    if (!cert.error.isEmpty())
        return fail(cert.error);
    s.m_chain = QSslCertificate::fromData(cert.data, QSsl::Pem);
    if (s.m_chain.isEmpty() || s.m_chain.first().isNull())
        return fail(problem(kCert, certPath, tr("not a PEM certificate")));
    if (const QString why = validityProblem(s.m_chain.first()); !why.isEmpty())
        return fail(problem(kCert, certPath, why));

    const QString &keyPath = metrics.tlsKey;
    const FileRead key = readFile(kKey, keyPath);
    if (!key.error.isEmpty())
        return fail(key.error);
    // Checked after reading so "no such file" wins over the mode; a key others can read is a key
    // others may already have. As PostgreSQL does, 0640 is accepted when root owns the file, so
    // it can be shared with the daemon's group (docs/MONITORING.md installs it root:blufio 0640).
    struct stat st
    {
    };
    const auto tooOpen = [](const struct stat &s) {
        return (s.st_mode & 027) != 0 || ((s.st_mode & 040) != 0 && s.st_uid != 0);
    };
    if (::stat(QFile::encodeName(keyPath).constData(), &st) == 0 && tooOpen(st)) {
        return fail(
            problem(kKey, keyPath,
                    tr("readable by group or others (mode %1); run: chmod 600 %2")
                        .arg(QString::number(st.st_mode & 0777, 8).rightJustified(4, u'0'), keyPath)));
    }
    const KeyCheck check = checkKeyMatches(cert.data, key.data);
    if (!check.error.isEmpty())
        return fail(problem(kKey, keyPath, check.error));
    s.m_key = QSslKey(key.data, check.algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (s.m_key.isNull())
        return fail(problem(kKey, keyPath, tr("not an unencrypted PEM private key")));
    s.m_mode = Mode::Tls;

    if (!mutual)
        return {s, {}};
    const QString &caPath = metrics.tlsClientCa;
    const FileRead ca = readFile(kCa, caPath);
    if (!ca.error.isEmpty())
        return fail(ca.error);
    s.m_clientCa = QSslCertificate::fromData(ca.data, QSsl::Pem);
    if (s.m_clientCa.isEmpty())
        return fail(problem(kCa, caPath, tr("not a PEM certificate")));
    for (const QSslCertificate &caCert : std::as_const(s.m_clientCa)) {
        if (caCert.isNull())
            return fail(problem(kCa, caPath, tr("not a PEM certificate")));
        if (const QString why = validityProblem(caCert); !why.isEmpty())
            return fail(problem(kCa, caPath, why));
    }
    s.m_mode = Mode::MutualTls;
    return {s, {}};
}

QSslConfiguration TlsSettings::serverConfiguration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(QSsl::TlsV1_2OrLater);
    c.setLocalCertificateChain(m_chain);
    c.setPrivateKey(m_key);
    if (m_mode == Mode::MutualTls) {
        // Only this CA: the system store would let any publicly issued certificate in.
        // setCaCertificates also turns off Qt's on-demand loading of system roots.
        c.setCaCertificates(m_clientCa);
        c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        c.setCaCertificates({});
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return c;
}

QString TlsSettings::describe() const
{
    if (m_chain.isEmpty())
        return {};
    const QSslCertificate &leaf = m_chain.first();
    return QStringLiteral("\"%1\" (sha256 %2, expires %3)")
        .arg(leaf.subjectDisplayName(),
             QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex().left(16)),
             leaf.expiryDate().toString(Qt::ISODate));
}

} // namespace blufio
