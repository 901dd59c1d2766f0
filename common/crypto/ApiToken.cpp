#include "ApiToken.h"

#include <sodium.h>

namespace blufio::ApiToken {

QByteArray generate()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    QByteArray token
        = "blufio_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(raw.data(), size_t(raw.size()));
    return token;
}

QByteArray digest(const QByteArray &token)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(token.constData()), quint64(token.size()));
    return out;
}

QString canonicalDeviceKey(const QString &base64)
{
    const QByteArray text = base64.trimmed().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto_sign_PUBLICKEYBYTES
        || decoded.decoded.toBase64() != text)
        return {};
    return QString::fromLatin1(text);
}

void wipe(QByteArray &token)
{
    if (!token.isEmpty())
        sodium_memzero(token.data(), size_t(token.size()));
    token.clear();
}

} // namespace blufio::ApiToken
