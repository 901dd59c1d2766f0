#include "StorageHealth.h"

#include "common/storage/Storage.h"

#include <QFileInfo>

namespace blufio {

StorageHealth::StorageHealth(Storage *storage, QString databasePath)
    : m_storage(storage), m_path(std::move(databasePath))
{ }

bool StorageHealth::isUp() const
{
    return m_storage && m_storage->isOpen();
}

void StorageHealth::contribute(HealthSnapshot &snapshot) const
{
    if (!snapshot.details)
        return;
    HealthSnapshot::Storage &s = snapshot.details->storage;
    s.path = m_path;
    s.ok = isUp();
    if (!s.ok)
        return;
    if (const Result<int> version = m_storage->schemaVersion())
        s.schemaVersion = *version;
    // A row kept by migration 3's triggers, not a COUNT(*) (docs/ARCHITECTURE.md "Statements").
    if (const Result<qint64> count = m_storage->sessionCount())
        s.sessionsTotal = *count;
    s.sizeBytes = QFileInfo(m_path).size();
}

} // namespace blufio
