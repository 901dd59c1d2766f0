#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace blufio {

struct BackupOptions
{
    bool force = false; // replace an existing target
    // Pages copied per sqlite3_backup_step(); between steps the thread yields (and sleeps
    // pauseMicroseconds when non-zero) so the daemon's writer and the disk are shared fairly.
    int pagesPerStep = 128;
    int pauseMicroseconds = 0;
    // Start writing the copy to disk every this many pages (sync_file_range), so the final fsync is
    // not one burst of the whole file; 0 leaves it all to that fsync.
    int writebackEveryPages = 2048;
    // Called after each step with (pages remaining, pages total).
    std::function<void(int, int)> progress;
};

struct BackupReport
{
    QString path;
    qint64 bytes = 0;
    int pages = 0;
    int steps = 0;
    qint64 elapsedMs = 0; // all of it
    qint64 copyMs = 0; // sqlite3_backup_step loop
    qint64 checkMs = 0; // integrity_check of the copy
    qint64 syncMs = 0; // fsync, rename, directory fsync
};

// `blufio backup PATH`: an online copy with SQLite's backup API while blufiod keeps writing. The copy is
// written to PATH.partial, checked with PRAGMA integrity_check, fsynced and renamed to PATH (then the
// directory is fsynced); any failure removes PATH.partial. The backup pins one read snapshot for its
// whole run (WAL readers never block writers), so the copy holds exactly what was committed when it
// started and never restarts because of concurrent writes.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    explicit BackupService(const QString &databasePath);

    Result<BackupReport> backup(const QString &targetPath, const BackupOptions &options = {}) const;

    static QString partialPath(const QString &targetPath) { return targetPath + QStringLiteral(".partial"); }

private:
    QString m_databasePath;
};

} // namespace blufio
