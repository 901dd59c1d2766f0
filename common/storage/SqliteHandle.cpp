#include "SqliteHandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace blufio {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // The driver wraps the pointer in a QVariant of its own registered type; checking the name guards
    // against a different driver (or a future Qt) handing us something else.
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString uniqueConnectionName(const QString &prefix)
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("%1-%2").arg(prefix).arg(++counter);
}

} // namespace blufio
