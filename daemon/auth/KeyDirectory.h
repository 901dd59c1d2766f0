#pragma once

#include "daemon/auth/Caller.h"

#include <QByteArray>
#include <QHash>

#include <functional>
#include <optional>

namespace blufio {

class Storage;
struct ApiKey;

// The API keys of `blufio keys add` as authentication sees them: the row is read on its unique index
// on every request, so a key added, revoked or expired by the CLI (another process, same database)
// counts from the next request on without a restart or a cache to invalidate. One indexed SELECT
// costs a few microseconds (docs/KEYS.md); last_used_at is written at most once a minute per key.
class KeyDirectory
{
public:
    explicit KeyDirectory(Storage &storage, std::function<qint64()> clockMs = {});

    // nullopt: no such key, or it is revoked or expired, or the database cannot say (fail closed).
    std::optional<Caller> byTokenHash(const QByteArray &sha256);
    std::optional<Caller> byDevice(const QByteArray &rawPublicKey);

    static constexpr qint64 kTouchIntervalMs = 60 * 1000;

private:
    std::optional<Caller> grant(const std::optional<ApiKey> &key);

    Storage &m_storage;
    std::function<qint64()> m_clock;
};

} // namespace blufio
