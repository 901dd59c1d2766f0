#include "Migrations.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace blufio {

const MigrationScripts &Migrations::builtIn()
{
    // Resources never change while the program runs: read them once.
    static const MigrationScripts scripts = [] {
        MigrationScripts out;
        const QDir dir(QStringLiteral(":/blufio/migrations"));
        for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            bool ok = false;
            const int number = name.section(u'_', 0, 0).toInt(&ok);
            QFile file(dir.filePath(name));
            if (ok && number > 0 && file.open(QIODevice::ReadOnly))
                out.insert(number, file.readAll());
        }
        return out;
    }();
    return scripts;
}

Result<void> Migrations::apply(sqlite3 *db, const MigrationScripts &scripts, const QString &displayName,
                               int upTo)
{
    int current = 0;
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) != SQLITE_OK)
            return Result<void>::failure(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(db)));
        if (sqlite3_step(statement) == SQLITE_ROW)
            current = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
        if (it.key() <= current)
            continue;
        if (upTo > 0 && it.key() > upTo)
            break;
        // sqlite3_exec runs a whole script, which QSqlQuery (one statement per exec) cannot.
        const QByteArray script = "BEGIN IMMEDIATE;\n" + it.value()
            + "\nPRAGMA user_version = " + QByteArray::number(it.key()) + ";\nCOMMIT;";
        char *message = nullptr;
        if (sqlite3_exec(db, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString why = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
            sqlite3_free(message);
            if (!sqlite3_get_autocommit(db))
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return Result<void>::failure(
                ErrorCode::Database, tr("Migration %1 of %2 failed: %3").arg(it.key()).arg(displayName, why));
        }
    }
    return {};
}

} // namespace blufio
