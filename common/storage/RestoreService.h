#pragma once

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

// `blufio restore PATH`: checks the candidate completely before anything is touched, then keeps the
// current database as <db>.pre-restore and swaps the candidate in atomically (copy to a temporary file
// in the same directory, fsync, rename over the database, fsync the directory).
class RestoreService
{
    Q_DECLARE_TR_FUNCTIONS(RestoreService)

public:
    RestoreService(const QString &databasePath, const QString &dataDir);

    // Refuses, each with its own code and message: a missing file (NotFound), not SQLite (NotSqlite),
    // truncated or failing integrity_check (Corrupt), not blufio's schema (NotBlufio), a newer schema
    // than this binary knows (SchemaTooNew). Reads the candidate only.
    Result<RestoreCandidate> verify(const QString &candidatePath) const;

    // verify(), then the swap. Refuses with Locked while blufiod holds the data directory, unless
    // options.force (the report's notice then tells the operator to restart blufiod).
    Result<RestoreReport> restore(const QString &candidatePath, const RestoreOptions &options = {}) const;

    static QString preRestorePath(const QString &databasePath)
    {
        return databasePath + QStringLiteral(".pre-restore");
    }

private:
    QString m_databasePath;
    QString m_dataDir;
};

} // namespace blufio
