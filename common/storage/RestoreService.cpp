#include "RestoreService.h"

#include "DataDirLock.h"
#include "FileSync.h"
#include "SchemaCheck.h"
#include "SqliteStorage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace blufio {

namespace {

const QByteArray SqliteMagic("SQLite format 3\0", 16);

quint32 bigEndian32(const QByteArray &bytes, int at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
        | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

// A read-only view of a candidate. immutable=1 makes SQLite read the main file exactly as it is:
// no locks, no -wal or -shm created or replayed next to someone else's file, and what it checks is
// exactly what restore copies.
class ReadOnlyDatabase
{
public:
    explicit ReadOnlyDatabase(const QString &path)
    {
        const QByteArray uri = "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1";
        m_rc = sqlite3_open_v2(uri.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        // Somebody else's file until it passed every check: its schema may not call functions.
        if (m_db) {
            sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
            sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        }
    }
    sqlite3 *handle() const { return m_db; }
    ~ReadOnlyDatabase() { sqlite3_close_v2(m_db); }
    bool isOpen() const { return m_rc == SQLITE_OK; }
    QString message() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

    // Every row of the first column; false (with message()) when the statement fails.
    bool rows(const char *sql, QStringList *out) const
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return false;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            out->append(QString::fromUtf8(text ? text : ""));
        }
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

RestoreService::RestoreService(const QString &databasePath, const QString &dataDir)
    : m_databasePath(databasePath), m_dataDir(dataDir)
{ }

Result<RestoreCandidate> RestoreService::verify(const QString &candidatePath) const
{
    return verifyAs(candidatePath, candidatePath);
}

Result<RestoreCandidate> RestoreService::verifyAs(const QString &file, const QString &candidatePath) const
{
    const QFileInfo info(file);
    if (!info.exists())
        return Error {ErrorCode::NotFound, tr("%1 does not exist.").arg(candidatePath)};
    if (!info.isFile())
        return Error {ErrorCode::NotSqlite, tr("%1 is not a regular file.").arg(candidatePath)};

    if (info.size() == 0)
        return Error {ErrorCode::NotSqlite, tr("%1 is empty; it is not a database.").arg(candidatePath)};

    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        return Error {ErrorCode::Io, tr("Cannot read %1: %2").arg(candidatePath, input.errorString())};
    const QByteArray header = input.read(100);
    input.close();
    if (!header.startsWith(SqliteMagic)) {
        return Error {ErrorCode::NotSqlite,
                      tr("%1 is not an SQLite database (its header is wrong).").arg(candidatePath)};
    }
    if (header.size() < 100)
        return Error {ErrorCode::Corrupt,
                      tr("%1 is truncated: it ends inside the header.").arg(candidatePath)};

    // The header's page count is trustworthy when its "version-valid-for" matches the change counter;
    // comparing it with the size catches a cut-off copy before SQLite even reads a page.
    const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Error {ErrorCode::Corrupt, tr("%1 is damaged: its page size is invalid.").arg(candidatePath)};
    const qint64 pages = bigEndian32(header, 28);
    const bool countValid = bigEndian32(header, 24) == bigEndian32(header, 92) && pages > 0;
    if (info.size() % pageSize != 0 || (countValid && info.size() < pages * pageSize)) {
        return Error {ErrorCode::Corrupt,
                      tr("%1 is truncated: it has %2 bytes where the database needs %3.")
                          .arg(candidatePath)
                          .arg(info.size())
                          .arg(countValid ? pages * pageSize : (info.size() / pageSize + 1) * pageSize)};
    }

    ReadOnlyDatabase db(info.absoluteFilePath());
    if (!db.isOpen())
        return Error {ErrorCode::Corrupt, tr("%1 cannot be opened: %2").arg(candidatePath, db.message())};
    QStringList appId;
    QStringList version;
    if (!db.rows("PRAGMA application_id", &appId) || !db.rows("PRAGMA user_version", &version)
        || appId.isEmpty() || version.isEmpty()) {
        return Error {ErrorCode::Corrupt, tr("%1 is damaged: %2").arg(candidatePath, db.message())};
    }
    if (appId.first().toLongLong() != SqliteStorage::ApplicationId || version.first().toInt() < 1) {
        return Error {ErrorCode::NotBlufio,
                      tr("%1 is an SQLite database but not a blufio database.").arg(candidatePath)};
    }
    const int schema = version.first().toInt();
    if (schema > Migrations::latest(m_scripts)) {
        return Error {ErrorCode::SchemaTooNew,
                      tr("%1 has schema version %2, newer than the %3 this blufio knows; restore it with a "
                         "newer blufio.")
                          .arg(candidatePath)
                          .arg(schema)
                          .arg(Migrations::latest(m_scripts))};
    }
    QStringList tables;
    if (!db.rows("SELECT name FROM sqlite_schema WHERE type = 'table'", &tables))
        return Error {ErrorCode::Corrupt, tr("%1 is damaged: %2").arg(candidatePath, db.message())};
    for (const QString &required : SqliteStorage::requiredTables()) {
        if (!tables.contains(required)) {
            return Error {ErrorCode::NotBlufio,
                          tr("%1 lacks blufio's table \"%2\"; it is not a usable blufio database.")
                              .arg(candidatePath, required)};
        }
    }
    QStringList findings;
    if (!db.rows("PRAGMA integrity_check", &findings) || findings != QStringList {QStringLiteral("ok")}) {
        if (findings.isEmpty())
            findings << db.message();
        return Error {
            ErrorCode::Corrupt,
            tr("%1 failed its integrity check: %2").arg(candidatePath, findings.join(QStringLiteral("; ")))};
    }
    // Last: the other checks name plainer faults. An extra trigger would run on the daemon's own
    // writes, a view or changed table would change what it reads.
    if (const Result<void> schemaOk = SchemaCheck::check(db.handle(), m_scripts); !schemaOk) {
        return Error {
            schemaOk.code(),
            tr("%1 is not a usable blufio database: %2").arg(candidatePath, schemaOk.errorMessage())};
    }
    return RestoreCandidate {candidatePath, schema, info.size()};
}

Result<void> RestoreService::migrateCopy(const QString &copy, const QString &shownAs) const
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(copy).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close_v2(db);
        return Result<void>::failure(ErrorCode::Io,
                                     tr("Cannot migrate the copy of %1: %2").arg(shownAs, why));
    }
    sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    Result<void> result = Migrations::apply(db, m_scripts, shownAs);
    // Fold a WAL (a hand-copied WAL database) into the file, so what is renamed into place is whole.
    if (result && sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        result = Result<void>::failure(
            ErrorCode::Io,
            tr("Cannot migrate the copy of %1: %2").arg(shownAs, QString::fromUtf8(sqlite3_errmsg(db))));
    }
    sqlite3_close_v2(db);
    return result;
}

Result<RestoreReport> RestoreService::restore(const QString &candidatePath,
                                              const RestoreOptions &options) const
{
    QElapsedTimer timer;
    timer.start();
    if (QFileInfo(candidatePath).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath())
        return Error {ErrorCode::InvalidArgument, tr("%1 is the live database itself.").arg(candidatePath)};
    const QFileInfo candidateInfo(candidatePath);
    if (!candidateInfo.exists())
        return Error {ErrorCode::NotFound, tr("%1 does not exist.").arg(candidatePath)};
    if (!candidateInfo.isFile())
        return Error {ErrorCode::NotSqlite, tr("%1 is not a regular file.").arg(candidatePath)};

    RestoreReport report;
    report.databasePath = m_databasePath;

    // Restoring onto a fresh machine: the data directory may not exist yet.
    for (const QString &dir : {m_dataDir, QFileInfo(m_databasePath).absolutePath()}) {
        if (!QDir().mkpath(dir))
            return Error {ErrorCode::Io, tr("Cannot create the directory %1.").arg(dir)};
    }

    // The copy first, and every check on it: the candidate could change between a check of it and
    // a later copy (another writer, a file system that lies), the copy cannot. It is 0600 from its
    // first byte, like the database it is about to become.
    const QString temporary = m_databasePath + QStringLiteral(".restore-tmp");
    FileSync::removeWithSidecars(temporary);
    auto discard = [&temporary](const Error &error) -> Result<RestoreReport> {
        FileSync::removeWithSidecars(temporary);
        return error;
    };
    if (const Result<void> copied = FileSync::copyFile(candidatePath, temporary); !copied)
        return discard(
            {ErrorCode::Io,
             tr("Cannot copy %1 next to the database: %2").arg(candidatePath, copied.errorMessage())});
    auto candidate = verifyAs(temporary, candidatePath);
    if (!candidate)
        return discard(candidate.error());
    report.schemaVersion = candidate->schemaVersion;
    if (candidate->schemaVersion < Migrations::latest(m_scripts)) {
        // An older backup: migrated here, in the copy, and checked again, so the daemon finds the
        // schema it expects and the live file is never half-migrated.
        if (const Result<void> migrated = migrateCopy(temporary, candidatePath); !migrated)
            return discard(migrated.error());
        auto again = verifyAs(temporary, candidatePath);
        if (!again)
            return discard(again.error());
        if (again->schemaVersion != Migrations::latest(m_scripts)) {
            return discard({ErrorCode::Failed,
                            tr("The copy of %1 reached schema version %2 instead of %3.")
                                .arg(candidatePath)
                                .arg(again->schemaVersion)
                                .arg(Migrations::latest(m_scripts))});
        }
        report.schemaVersion = again->schemaVersion;
    }

    // Holding the lock ourselves keeps a blufiod from starting halfway through the swap.
    DataDirLock lock(m_dataDir);
    if (auto locked = lock.tryLock(); !locked) {
        if (locked.code() != ErrorCode::Locked)
            return discard(locked.error());
        const qint64 holder = DataDirLock::holderPid(m_dataDir);
        if (!options.force) {
            return discard({ErrorCode::Locked,
                            tr("blufiod (pid %1) is using %2. Stop it first, or use --force and "
                               "restart it right after the restore.")
                                .arg(holder)
                                .arg(m_dataDir)});
        }
        report.daemonPid = holder != 0 ? holder : -1;
        report.notice
            = tr("blufiod (pid %1) was running while the database was replaced: restart it now so it "
                 "opens the restored database.")
                  .arg(holder);
    }

    if (QFileInfo::exists(m_databasePath)) {
        // Fold the WAL into the main file so that the .pre-restore copy is complete on its own.
        sqlite3 *live = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(m_databasePath).constData(), &live, SQLITE_OPEN_READWRITE,
                            nullptr)
            == SQLITE_OK) {
            sqlite3_busy_timeout(live, 5000);
            sqlite3_exec(live, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        }
        sqlite3_close_v2(live);
        report.preRestorePath = preRestorePath(m_databasePath);
        FileSync::removeWithSidecars(report.preRestorePath);
        if (const Result<void> copied = FileSync::copyFile(m_databasePath, report.preRestorePath); !copied) {
            return discard({ErrorCode::Io,
                            tr("Cannot keep the current database as %1: %2")
                                .arg(report.preRestorePath, copied.errorMessage())});
        }
        // A running daemon may keep commits in the WAL that the checkpoint could not fold in; keep
        // them beside the copy, where SQLite will find and replay them when it is opened.
        const QString wal = m_databasePath + QStringLiteral("-wal");
        if (QFileInfo(wal).size() > 0) {
            if (const Result<void> copied
                = FileSync::copyFile(wal, report.preRestorePath + QStringLiteral("-wal"));
                !copied) {
                return discard({ErrorCode::Io,
                                tr("Cannot keep the current database as %1: %2")
                                    .arg(report.preRestorePath, copied.errorMessage())});
            }
        }
    }

    // The old WAL belongs to the old file: replayed onto the restored one it would corrupt it. Remove
    // it before the rename, so there is no moment where the new file sits next to a stale WAL.
    QFile::remove(m_databasePath + QStringLiteral("-wal"));
    QFile::remove(m_databasePath + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_databasePath).constData())
        != 0) {
        const QString why = systemError();
        return discard({ErrorCode::Io, tr("Cannot move the restored database into place: %1").arg(why)});
    }
    if (const Result<void> synced = FileSync::syncDirectoryOf(m_databasePath); !synced)
        return Error {ErrorCode::Io,
                      tr("The database was restored but its directory could not be flushed: %1")
                          .arg(synced.errorMessage())};
    report.bytes = candidate->bytes;
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace blufio
