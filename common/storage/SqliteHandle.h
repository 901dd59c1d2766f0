#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace blufio {

// The sqlite3* under a QSQLITE connection, for what Qt SQL does not offer (online backup, multi-
// statement migration scripts). nullptr when the connection is not an open QSQLITE one.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A process-unique QSqlDatabase connection name: QSqlDatabase connections are per name, and two
// Storage instances (or a backup next to the daemon's storage) must never share one.
QString uniqueConnectionName(const QString &prefix);

} // namespace blufio
