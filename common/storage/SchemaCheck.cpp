#include "SchemaCheck.h"

#include "SqliteStorage.h"

#include <QFile>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <tuple>

namespace blufio {

namespace {

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

// A file or image we did not write is hostile until checked: do not let its schema call functions
// or let statements write to sqlite_schema.
void distrust(sqlite3 *db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
}

Result<qint64> pragma(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return Error {ErrorCode::Corrupt, QString::fromUtf8(sqlite3_errmsg(db))};
    const int rc = sqlite3_step(statement);
    const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW)
        return Error {ErrorCode::Corrupt, QString::fromUtf8(sqlite3_errmsg(db))};
    return value;
}

QString describe(const SchemaCheck::Object &object)
{
    return QStringLiteral("%1 \"%2\"").arg(object.type, object.name);
}

bool lessThan(const SchemaCheck::Object &a, const SchemaCheck::Object &b)
{
    return std::tie(a.type, a.name) < std::tie(b.type, b.name);
}

} // namespace

QString SchemaCheck::normalizedSql(const QString &sql)
{
    return sql.simplified();
}

Result<QList<SchemaCheck::Object>> SchemaCheck::objects(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM main.sqlite_schema", -1, &statement,
                           nullptr)
        != SQLITE_OK) {
        return Error {ErrorCode::Corrupt,
                      tr("its schema cannot be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    }
    QList<Object> out;
    auto text = [statement](int column) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QString::fromUtf8(bytes ? bytes : "", bytes ? sqlite3_column_bytes(statement, column) : 0);
    };
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        Object object;
        object.type = text(0);
        object.name = text(1);
        object.tableName = text(2);
        object.hasSql = sqlite3_column_type(statement, 3) != SQLITE_NULL;
        object.sql = normalizedSql(text(3));
        out.append(object);
    }
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return Error {ErrorCode::Corrupt, tr("its schema cannot be read: %1").arg(why)};
    std::sort(out.begin(), out.end(), lessThan);
    return out;
}

Result<QList<SchemaCheck::Object>> SchemaCheck::expected(int version, const MigrationScripts &scripts)
{
    if (version < 1 || !scripts.contains(version))
        return Error {ErrorCode::NotBlufio,
                      tr("schema version %1 is not one blufio's migrations create").arg(version)};
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Handle db(raw);
    if (rc != SQLITE_OK)
        return Error {ErrorCode::Database, QString::fromUtf8(sqlite3_errstr(rc))};
    sqlite3_exec(db.get(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    if (Result<void> applied = Migrations::apply(db.get(), scripts, QStringLiteral(":memory:"), version);
        !applied)
        return applied.error();
    return objects(db.get());
}

Result<void> SchemaCheck::check(sqlite3 *db, const MigrationScripts &scripts)
{
    const Result<qint64> appId = pragma(db, "PRAGMA application_id");
    if (!appId)
        return appId.error();
    if (*appId != SqliteStorage::ApplicationId)
        return Error {ErrorCode::NotBlufio, tr("it is an SQLite database but not a blufio database")};
    const Result<qint64> version = pragma(db, "PRAGMA user_version");
    if (!version)
        return version.error();
    if (*version > Migrations::latest(scripts)) {
        return Error {ErrorCode::SchemaTooNew,
                      tr("its schema version %1 is newer than the %2 this blufio knows")
                          .arg(*version)
                          .arg(Migrations::latest(scripts))};
    }
    const Result<QList<Object>> want = expected(int(*version), scripts);
    if (!want)
        return want.error();
    const Result<QList<Object>> have = objects(db);
    if (!have)
        return have.error();

    // ANALYZE (or PRAGMA optimize) adds sqlite_stat* tables; they hold planner statistics, not
    // behaviour, so they may be there or not, but only in the shape SQLite itself gives them.
    auto isStatistics = [](const Object &o) {
        return o.type == u"table" && o.name.startsWith(u"sqlite_stat");
    };
    static const QList<Object> statistics = [] {
        QList<Object> out;
        sqlite3 *raw = nullptr;
        if (sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
                == SQLITE_OK
            && sqlite3_exec(
                   raw,
                   "CREATE TABLE t (a INTEGER); CREATE INDEX t_a ON t(a); INSERT INTO t VALUES (1); ANALYZE;",
                   nullptr, nullptr, nullptr)
                == SQLITE_OK) {
            if (Result<QList<Object>> all = objects(raw)) {
                for (const Object &o : *all) {
                    if (o.type == u"table" && o.name.startsWith(u"sqlite_stat"))
                        out.append(o);
                }
            }
        }
        sqlite3_close_v2(raw);
        return out;
    }();

    // Walk both sorted lists; the first object that is extra, missing or different is named.
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < have->size() || j < want->size()) {
        const Object *actual = i < have->size() ? &have->at(i) : nullptr;
        const Object *wanted = j < want->size() ? &want->at(j) : nullptr;
        if (actual && wanted && actual->type == wanted->type && actual->name == wanted->name) {
            if (!(*actual == *wanted)) {
                return Error {ErrorCode::NotBlufio,
                              tr("its %1 differs from what blufio's migrations create for schema version %2")
                                  .arg(describe(*actual))
                                  .arg(*version)};
            }
            ++i;
            ++j;
            continue;
        }
        if (actual && (!wanted || lessThan(*actual, *wanted))) {
            if (isStatistics(*actual) && statistics.contains(*actual)) {
                ++i;
                continue;
            }
            return Error {ErrorCode::NotBlufio,
                          tr("it has the %1, which blufio's migrations do not create (schema version %2)")
                              .arg(describe(*actual))
                              .arg(*version)};
        }
        return Error {ErrorCode::NotBlufio,
                      tr("it lacks the %1 that blufio's migrations create (schema version %2)")
                          .arg(describe(*wanted))
                          .arg(*version)};
    }
    return {};
}

Result<void> SchemaCheck::checkFile(const QString &path, const MigrationScripts &scripts)
{
    const QByteArray uri = "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1";
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    Handle db(raw);
    if (rc != SQLITE_OK)
        return Error {ErrorCode::Corrupt,
                      QString::fromUtf8(db ? sqlite3_errmsg(db.get()) : sqlite3_errstr(rc))};
    distrust(db.get());
    return check(db.get(), scripts);
}

Result<void> SchemaCheck::checkBytes(const QByteArray &image, const MigrationScripts &scripts)
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Handle db(raw);
    if (rc != SQLITE_OK)
        return Error {ErrorCode::Database, QString::fromUtf8(sqlite3_errstr(rc))};
    distrust(db.get());
    // sqlite3_deserialize takes ownership of a buffer from sqlite3_malloc64 (freed on close).
    const auto size = sqlite3_int64(image.size());
    auto *buffer
        = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(std::max<sqlite3_int64>(size, 1))));
    if (!buffer)
        return Error {ErrorCode::Database, QString::fromUtf8(sqlite3_errstr(SQLITE_NOMEM))};
    if (size > 0)
        std::memcpy(buffer, image.constData(), size_t(size));
    const int loaded = sqlite3_deserialize(db.get(), "main", buffer, size, size,
                                           SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    if (loaded != SQLITE_OK)
        return Error {ErrorCode::NotSqlite, QString::fromUtf8(sqlite3_errmsg(db.get()))};
    return check(db.get(), scripts);
}

} // namespace blufio
