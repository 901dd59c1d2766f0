#include "KeyDirectory.h"

#include "common/storage/Storage.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace blufio {

KeyDirectory::KeyDirectory(Storage &storage, std::function<qint64()> clockMs)
    : m_storage(storage), m_clock(clockMs ? std::move(clockMs) : std::function<qint64()>(&Storage::nowMs))
{ }

std::optional<Caller> KeyDirectory::byTokenHash(const QByteArray &sha256)
{
    if (!m_storage.isOpen())
        return std::nullopt;
    const Result<std::optional<ApiKey>> key = m_storage.keyByTokenHash(sha256);
    if (!key) {
        qCWarning(lcAuth).noquote() << "cannot look up an API key:" << key.errorMessage();
        return std::nullopt;
    }
    return grant(*key);
}

std::optional<Caller> KeyDirectory::byDevice(const QByteArray &rawPublicKey)
{
    if (!m_storage.isOpen())
        return std::nullopt;
    const Result<std::optional<ApiKey>> key
        = m_storage.keyByDevice(QString::fromLatin1(rawPublicKey.toBase64()));
    if (!key) {
        qCWarning(lcAuth).noquote() << "cannot look up a device key:" << key.errorMessage();
        return std::nullopt;
    }
    return grant(*key);
}

std::optional<Caller> KeyDirectory::grant(const std::optional<ApiKey> &key)
{
    const qint64 now = m_clock();
    if (!key || !key->usableAt(now))
        return std::nullopt;
    const std::optional<Scope> scope = widestScope(key->scopes);
    if (!scope)
        return std::nullopt;
    // The row just read says when it was last written: most requests of a busy key write nothing.
    if (!key->lastUsedAtMs || now - *key->lastUsedAtMs >= kTouchIntervalMs) {
        if (const Result<void> touched = m_storage.touchKey(key->name, now); !touched)
            qCWarning(lcAuth).noquote()
                << "cannot record the use of key" << key->name << ":" << touched.errorMessage();
    }
    return Caller {key->name, *scope};
}

} // namespace blufio
