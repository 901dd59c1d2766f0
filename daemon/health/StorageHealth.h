#pragma once

#include "daemon/core/HealthContributor.h"

namespace blufio {

class Storage;

// The database: a critical dependency (closed or unusable means unhealthy), and /v1/health's
// "storage" (path, schema version, session count, file size).
class StorageHealth : public HealthContributor
{
public:
    StorageHealth(Storage *storage, QString databasePath);

    QString name() const override { return QStringLiteral("database"); }
    Dependency dependency() const override { return Dependency::Critical; }
    bool isUp() const override;
    void contribute(HealthSnapshot &snapshot) const override;

private:
    Storage *m_storage; // its queries are not const
    QString m_path;
};

} // namespace blufio
