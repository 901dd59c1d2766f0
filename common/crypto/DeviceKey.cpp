#include "DeviceKey.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>
#include <sys/stat.h>

namespace blufio {

namespace {
constexpr char kHeader[] = "blufio-device-key-v1";

void ensureSodium()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}
} // namespace

DeviceKey::DeviceKey(const DeviceKey &other) : m_secret(other.m_secret)
{
    m_secret.detach();
}

DeviceKey &DeviceKey::operator=(const DeviceKey &other)
{
    if (this != &other) {
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
        m_secret = other.m_secret;
        m_secret.detach();
    }
    return *this;
}

DeviceKey::~DeviceKey()
{
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

DeviceKey DeviceKey::generate()
{
    ensureSodium();
    DeviceKey key;
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                        reinterpret_cast<unsigned char *>(key.m_secret.data()));
    return key;
}

Result<DeviceKey> DeviceKey::load(const QString &path)
{
    ensureSodium();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Io, tr("cannot read %1: %2").arg(path, file.errorString())};
    if (QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther))
        return Error {
            ErrorCode::Conflict, tr("%1 is readable by other users; run: chmod 600 %1").arg(path), {}};
    const QList<QByteArray> lines = file.readAll().split('\n');
    QByteArray secret = QByteArray::fromBase64(lines.value(1).trimmed());
    if (lines.value(0).trimmed() != kHeader || secret.size() != crypto_sign_SECRETKEYBYTES) {
        sodium_memzero(secret.data(), size_t(secret.size()));
        return Error {ErrorCode::Corrupt, tr("%1 is not a blufio device key").arg(path)};
    }
    DeviceKey key;
    key.m_secret = secret;
    sodium_memzero(secret.data(), size_t(secret.size()));
    return key;
}

Result<void> DeviceKey::save(const QString &path, bool overwrite) const
{
    if (!overwrite && QFileInfo::exists(path)) {
        return Error {
            ErrorCode::AlreadyExists,
            tr("%1 already exists; use --force to replace it (clients using its public key stop working)")
                .arg(path),
            {}};
    }
    const mode_t old = umask(077); // the temporary file is created 0600 from the start
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
    umask(old);
    if (!opened)
        return Error {ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString())};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QByteArray encoded = m_secret.toBase64();
    file.write(QByteArray(kHeader) + '\n' + encoded + '\n');
    sodium_memzero(encoded.data(), size_t(encoded.size()));
    if (!file.commit())
        return Error {ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString())};
    return Result<void>::success();
}

QByteArray DeviceKey::publicKey() const
{
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(pk.data()),
                                 reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return pk;
}

QByteArray DeviceKey::publicKeyBase64() const
{
    return publicKey().toBase64();
}

QByteArray DeviceKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return signature;
}

namespace RequestSigning {

QByteArray sha256Hex(const QByteArray &data)
{
    ensureSodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.constData()),
                       quint64(data.size()));
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof(digest)).toHex();
}

QByteArray canonical(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &timestamp,
                     const QByteArray &nonceBase64, const QByteArray &body)
{
    return method + '\n' + pathAndQuery + '\n' + timestamp + '\n' + nonceBase64 + '\n' + sha256Hex(body);
}

QList<QPair<QByteArray, QByteArray>> headers(const DeviceKey &key, const QByteArray &method,
                                             const QByteArray &pathAndQuery, const QByteArray &body,
                                             qint64 unixSeconds)
{
    QByteArray nonce(16, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    const QByteArray nonceB64 = nonce.toBase64();
    const QByteArray timestamp = QByteArray::number(unixSeconds);
    const QByteArray signature = key.sign(canonical(method, pathAndQuery, timestamp, nonceB64, body));
    return {{"X-Blufio-Key", key.publicKeyBase64()},
            {"X-Blufio-Timestamp", timestamp},
            {"X-Blufio-Nonce", nonceB64},
            {"X-Blufio-Signature", signature.toBase64()}};
}

} // namespace RequestSigning

} // namespace blufio
