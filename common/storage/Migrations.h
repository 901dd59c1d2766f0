#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

struct sqlite3;

namespace blufio {

// Schema version -> the SQL script that reaches it from the version before.
using MigrationScripts = QMap<int, QByteArray>;

// The numbered schema migrations, shared by SqliteStorage (to migrate), SchemaCheck (to build the
// schema a version must have) and RestoreService (to migrate an older backup before it goes live).
// Tests pass their own scripts to exercise an older version than the binary's latest.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    // The scripts compiled in as :/blufio/migrations/NNNN_name.sql.
    static const MigrationScripts &builtIn();
    static int latest(const MigrationScripts &scripts) { return scripts.isEmpty() ? 0 : scripts.lastKey(); }

    // Applies every script above db's PRAGMA user_version and up to `upTo` (all of them when 0), each
    // in one transaction together with its user_version bump, so a crash leaves all of a step or none.
    // displayName names the database in messages.
    static Result<void> apply(sqlite3 *db, const MigrationScripts &scripts, const QString &displayName,
                              int upTo = 0);
};

} // namespace blufio
