#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace blufio {

// An Ed25519 key pair (libsodium) that signs requests to the gateway. The secret half lives in
// data_dir/device.key, mode 0600; the public half goes into gateway.device_keys.
class DeviceKey
{
    Q_DECLARE_TR_FUNCTIONS(DeviceKey)

public:
    DeviceKey(const DeviceKey &other);
    DeviceKey &operator=(const DeviceKey &other);
    ~DeviceKey();

    static DeviceKey generate();
    static std::optional<DeviceKey> load(const QString &path, QString *error);
    // Writes atomically (temp file + rename) with mode 0600; refuses to replace an existing file
    // unless overwrite is set.
    bool save(const QString &path, bool overwrite, QString *error) const;

    QByteArray publicKey() const; // 32 bytes
    QByteArray publicKeyBase64() const;
    QByteArray sign(const QByteArray &message) const; // 64-byte detached signature

    static QString defaultFileName() { return QStringLiteral("device.key"); }

private:
    DeviceKey() = default;
    QByteArray m_secret; // crypto_sign_SECRETKEYBYTES, zeroed on destruction
};

// The bytes a device signature covers (docs/API.md "Device signatures"):
// METHOD \n PATH_AND_QUERY \n TIMESTAMP \n NONCE \n hex(SHA-256(body)).
namespace RequestSigning {
QByteArray canonical(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &timestamp,
                     const QByteArray &nonceBase64, const QByteArray &body);
QByteArray sha256Hex(const QByteArray &data);
// The four X-Blufio-* headers for a request signed now.
QList<QPair<QByteArray, QByteArray>> headers(const DeviceKey &key, const QByteArray &method,
                                             const QByteArray &pathAndQuery, const QByteArray &body,
                                             qint64 unixSeconds);
} // namespace RequestSigning

} // namespace blufio
