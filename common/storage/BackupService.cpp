#include "BackupService.h"

#include "FileSync.h"
#include "SqliteHandle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

#include <sqlite3.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

namespace blufio {

namespace {

// Owns the source connection and closes it (and removes the Qt connection) however backup() returns.
class SourceConnection
{
public:
    explicit SourceConnection(const QString &path)
        : m_name(uniqueConnectionName(QStringLiteral("blufio-backup")))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~SourceConnection()
    {
        if (sqlite3 *db = handle(); db && m_inTransaction)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    sqlite3 *handle() const { return sqliteHandle(QSqlDatabase::database(m_name, false)); }
    QString error() const { return m_error; }
    // A read transaction held across all backup steps: the backup API then reads one consistent
    // snapshot instead of restarting whenever another connection commits.
    bool pinSnapshot()
    {
        sqlite3 *db = handle();
        // Only in WAL mode do readers leave writers alone; in rollback mode a held read lock would
        // block every commit for the whole backup, so there the backup API's restart-on-change applies.
        bool wal = false;
        auto isWal = [](void *out, int columns, char **values, char **) -> int {
            *static_cast<bool *>(out) = columns > 0 && values[0] && qstricmp(values[0], "wal") == 0;
            return 0;
        };
        if (sqlite3_exec(db, "PRAGMA journal_mode", isWal, &wal, nullptr) != SQLITE_OK)
            return false;
        if (!wal)
            return true;
        if (sqlite3_exec(db, "BEGIN; SELECT COUNT(*) FROM sqlite_schema;", nullptr, nullptr, nullptr)
            != SQLITE_OK)
            return false;
        m_inTransaction = true;
        return true;
    }

private:
    QString m_name;
    QString m_error;
    bool m_inTransaction = false;
};

class DestinationConnection
{
public:
    ~DestinationConnection() { close(); }
    int open(const QString &path)
    {
        return sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    }
    void close()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    sqlite3 *db() const { return m_db; }
    QString message() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

private:
    sqlite3 *m_db = nullptr;
};

// Collects every row integrity_check returns; "ok" alone means the copy is sound.
QString integrityCheck(sqlite3 *db)
{
    QStringList rows;
    auto collect = [](void *out, int columns, char **values, char **) -> int {
        if (columns > 0 && values[0])
            static_cast<QStringList *>(out)->append(QString::fromUtf8(values[0]));
        return 0;
    };
    char *message = nullptr;
    if (sqlite3_exec(db, "PRAGMA integrity_check", collect, &rows, &message) != SQLITE_OK) {
        QString why = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return why;
    }
    return rows == QStringList {QStringLiteral("ok")} ? QString() : rows.join(QStringLiteral("; "));
}

} // namespace

BackupService::BackupService(const QString &databasePath) : m_databasePath(databasePath) { }

Result<BackupReport> BackupService::backup(const QString &targetPath, const BackupOptions &options) const
{
    QElapsedTimer timer;
    timer.start();
    const QString partial = partialPath(targetPath);

    if (!QFileInfo::exists(m_databasePath)) {
        return Error {ErrorCode::NotFound,
                      tr("The database %1 does not exist; nothing to back up.").arg(m_databasePath)};
    }
    const QFileInfo target(targetPath);
    if (target.exists() && target.isDir())
        return Error {ErrorCode::InvalidArgument, tr("%1 is a directory; give a file name.").arg(targetPath)};
    if (target.exists() && !options.force) {
        return Error {ErrorCode::AlreadyExists,
                      tr("%1 already exists; use --force to replace it.").arg(targetPath)};
    }
    if (target.absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath())
        return Error {ErrorCode::InvalidArgument, tr("The backup target is the database itself.")};

    // A .partial from an interrupted run is ours to replace.
    FileSync::removeWithSidecars(partial);

    auto fail = [&](ErrorCode code, const QString &message) -> Result<BackupReport> {
        FileSync::removeWithSidecars(partial);
        return Error {code, message};
    };

    BackupReport report;
    report.path = targetPath;
    {
        SourceConnection source(m_databasePath);
        sqlite3 *src = source.handle();
        if (!src) {
            return fail(ErrorCode::Database,
                        tr("Cannot open the database %1: %2").arg(m_databasePath, source.error()));
        }
        if (!source.pinSnapshot()) {
            return fail(ErrorCode::Database,
                        tr("Cannot read the database %1: %2")
                            .arg(m_databasePath, QString::fromUtf8(sqlite3_errmsg(src))));
        }

        // SQLite would create the file 0644 minus the umask; the copy holds the vault and every
        // conversation, so it is created 0600 here and SQLite opens the empty file (an empty file is
        // an empty database). Its -wal/-shm/-journal, should it make any, take the same mode.
        const Result<int> created = FileSync::createPrivate(partial);
        if (!created)
            return fail(ErrorCode::Io, tr("Cannot create %1: %2").arg(partial, created.errorMessage()));
        ::close(*created);
        DestinationConnection destination;
        if (destination.open(partial) != SQLITE_OK) {
            return fail(ErrorCode::Io, tr("Cannot create %1: %2").arg(partial, destination.message()));
        }
        // The .partial is worthless until it has been checked and fsynced by us below, and a crash
        // leaves it to be deleted, so SQLite's own journal and syncs on it would only add a second
        // flush. Without them the kernel writes the copy back while integrity_check runs.
        if (sqlite3_exec(destination.db(), "PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF;", nullptr,
                         nullptr, nullptr)
            != SQLITE_OK) {
            return fail(ErrorCode::Io, tr("Cannot prepare %1: %2").arg(partial, destination.message()));
        }
        sqlite3_backup *backup = sqlite3_backup_init(destination.db(), "main", src, "main");
        if (!backup)
            return fail(ErrorCode::Database, tr("Cannot start the backup: %1").arg(destination.message()));

        const int pagesPerStep = options.pagesPerStep > 0 ? options.pagesPerStep : 128;
        // Starts writeback of the copy as it grows: without it the whole file sits dirty in the page
        // cache until the final fsync, and that burst stalls the daemon's own writes (dirty-page
        // throttling, a queue full of our I/O).
        const int writebackFd = options.writebackEveryPages > 0
            ? ::open(QFile::encodeName(partial).constData(), O_RDONLY | O_CLOEXEC)
            : -1;
        int pagesSinceWriteback = 0;
        int rc = SQLITE_OK;
        int busyRetries = 0;
        for (;;) {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            ++report.steps;
            pagesSinceWriteback += pagesPerStep;
            if (writebackFd >= 0 && pagesSinceWriteback >= options.writebackEveryPages) {
                ::sync_file_range(writebackFd, 0, 0, SYNC_FILE_RANGE_WRITE);
                pagesSinceWriteback = 0;
            }
            if (options.progress)
                options.progress(sqlite3_backup_remaining(backup), sqlite3_backup_pagecount(backup));
            if (rc == SQLITE_DONE)
                break;
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                // Only the destination can be busy (the source snapshot is pinned); someone else has
                // the .partial open. Give it a bounded while.
                if (++busyRetries > 500)
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
                continue;
            }
            if (rc != SQLITE_OK)
                break;
            if (options.pauseMicroseconds > 0)
                std::this_thread::sleep_for(std::chrono::microseconds(options.pauseMicroseconds));
            else
                std::this_thread::yield();
        }
        if (writebackFd >= 0)
            ::close(writebackFd);
        report.pages = sqlite3_backup_pagecount(backup);
        report.copyMs = timer.elapsed();
        const int finished = sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE || finished != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished));
            return fail(rc == SQLITE_FULL || rc == SQLITE_IOERR || finished == SQLITE_IOERR
                            ? ErrorCode::Io
                            : ErrorCode::Database,
                        tr("The backup to %1 failed: %2 (%3)").arg(partial, why, destination.message()));
        }

        // The copy carries the source's WAL flag; a backup should be one self-contained file.
        if (sqlite3_exec(destination.db(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr)
            != SQLITE_OK) {
            return fail(ErrorCode::Io, tr("Cannot finish %1: %2").arg(partial, destination.message()));
        }
        const qint64 checkStart = timer.elapsed();
        // integrity_check reads every page; through a memory map it skips a copy per page (about a third
        // faster on 100 MB). The mapping is file-backed page cache, not heap, and goes away on close.
        sqlite3_exec(destination.db(), "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
        const QString problems = integrityCheck(destination.db());
        report.checkMs = timer.elapsed() - checkStart;
        if (!problems.isEmpty()) {
            return fail(ErrorCode::Corrupt,
                        tr("The copy %1 failed its integrity check: %2").arg(partial, problems));
        }
        destination.close();
    }

    const qint64 syncStart = timer.elapsed();
    if (const Result<void> synced = FileSync::syncFile(partial); !synced)
        return fail(ErrorCode::Io, tr("Cannot flush %1 to disk: %2").arg(partial, synced.errorMessage()));
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        return fail(ErrorCode::Io,
                    tr("Cannot rename %1 to %2: %3")
                        .arg(partial, targetPath, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (const Result<void> synced = FileSync::syncDirectoryOf(targetPath); !synced) {
        // The backup is complete and renamed; only its directory entry's durability is in doubt.
        return Error {ErrorCode::Io,
                      tr("The backup %1 was written but its directory could not be flushed: %2")
                          .arg(targetPath, synced.errorMessage())};
    }
    report.bytes = QFileInfo(targetPath).size();
    report.elapsedMs = timer.elapsed();
    report.syncMs = report.elapsedMs - syncStart;
    return report;
}

} // namespace blufio
