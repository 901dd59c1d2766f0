#pragma once

#include "Migrations.h"

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct sqlite3;

namespace blufio {

// Does a database hold exactly the schema blufio's migrations create for its PRAGMA user_version?
// A restored file or a live one with an extra trigger (which would run on the daemon's own writes),
// view, table or index, or a changed table definition is refused: restore and `blufio doctor --deep`
// call this, and so does the libFuzzer target over arbitrary bytes (checkBytes).
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // One row of sqlite_schema, without rootpage (which depends on where the pages happen to be).
    struct Object
    {
        QString type;
        QString name;
        QString tableName;
        QString sql; // runs of whitespace collapsed to one space, trimmed
        bool hasSql = false; // NULL (autoindexes) is not the same as an empty statement

        bool operator==(const Object &other) const = default;
    };

    // The main schema's objects of an open database, ordered by type then name.
    static Result<QList<Object>> objects(sqlite3 *db);
    // What migrations 1..version leave in a fresh in-memory database. NotBlufio for a version the
    // scripts do not reach.
    static Result<QList<Object>> expected(int version,
                                          const MigrationScripts &scripts = Migrations::builtIn());

    // The database's application_id is blufio's, its user_version one the scripts know, and its
    // schema objects equal expected(user_version). A mismatch is NotBlufio with a message naming
    // the first differing object; an unreadable schema is Corrupt. Reads only.
    static Result<void> check(sqlite3 *db, const MigrationScripts &scripts = Migrations::builtIn());
    // check() on a file, opened read-only and immutable (no -wal/-shm created next to it).
    static Result<void> checkFile(const QString &path,
                                  const MigrationScripts &scripts = Migrations::builtIn());
    // check() on a database image in memory (sqlite3_deserialize), for fuzzing and tests.
    static Result<void> checkBytes(const QByteArray &image,
                                   const MigrationScripts &scripts = Migrations::builtIn());

    static QString normalizedSql(const QString &sql);
};

} // namespace blufio
