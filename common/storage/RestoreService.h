#pragma once

#include "Migrations.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace blufio {

struct RestoreOptions
{
    bool force = false; // restore even though blufiod holds the data directory
};

// What verify() learnt about a candidate file.
struct RestoreCandidate
{
    QString path;
    int schemaVersion = 0;
    qint64 bytes = 0;
};

struct RestoreReport
{
    QString databasePath;
    QString preRestorePath; // empty when there was no database to keep
    int schemaVersion = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    qint64 daemonPid = 0; // non-zero: blufiod held the data dir and --force was given
    QString notice; // translated; non-empty when the operator has to act (restart the daemon)
};

// `blufio restore PATH`: copies the candidate next to the database first (0600, <db>.restore-tmp) and
// checks that copy, the very bytes it will install, completely: an SQLite file that passes
// integrity_check, blufio's application_id, a known user_version, and exactly the schema objects
// blufio's migrations create for that version (SchemaCheck). An older backup is migrated in the
// copy. Only then is the current database kept as <db>.pre-restore and the copy renamed over it
// (fsync, rename, fsync the directory). Any refusal removes the copy: nothing else has changed.
class RestoreService
{
    Q_DECLARE_TR_FUNCTIONS(RestoreService)

public:
    RestoreService(const QString &databasePath, const QString &dataDir);

    // Refuses, each with its own code and message: a missing file (NotFound), not SQLite (NotSqlite),
    // truncated or failing integrity_check (Corrupt), not blufio's schema or schema objects that
    // differ from the migrations' (NotBlufio), a newer schema than this binary knows (SchemaTooNew).
    // Reads the candidate only.
    Result<RestoreCandidate> verify(const QString &candidatePath) const;

    // The migrations a candidate's schema is compared with and migrated by; the built-in ones unless
    // a test sets others.
    void setMigrations(MigrationScripts scripts) { m_scripts = std::move(scripts); }

    // verify(), then the swap. Refuses with Locked while blufiod holds the data directory, unless
    // options.force (the report's notice then tells the operator to restart blufiod).
    Result<RestoreReport> restore(const QString &candidatePath, const RestoreOptions &options = {}) const;

    static QString preRestorePath(const QString &databasePath)
    {
        return databasePath + QStringLiteral(".pre-restore");
    }

private:
    // verify() of `file`, with messages naming `shownAs` (the operator's path, not our copy's).
    Result<RestoreCandidate> verifyAs(const QString &file, const QString &shownAs) const;
    Result<void> migrateCopy(const QString &copy, const QString &shownAs) const;

    MigrationScripts m_scripts = Migrations::builtIn();
    QString m_databasePath;
    QString m_dataDir;
};

} // namespace blufio
