#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace blufio::test {

// SHA-256 of a file's bytes (empty when it cannot be read): "nothing changed" checks.
QByteArray fileSha256(const QString &path);
QByteArray readAll(const QString &path);
// Runs SQL through the C API on any SQLite file (not through SqliteStorage, which would refuse or
// migrate it). Returns the first column of every row; false when it fails.
bool sqliteExec(const QString &path, const QString &sql, QStringList *rows = nullptr);
// "ok" when the file passes PRAGMA integrity_check, else what it reports.
QString integrityCheck(const QString &path);

// blufio-test-lockholder holding dataDir's lock; started() waits until it has it.
class LockHolder
{
public:
    explicit LockHolder(const QString &dataDir);
    ~LockHolder();
    bool started(int timeoutMs = 10000);
    qint64 pid() const;
    void release(); // closes its stdin; it unlocks and exits

private:
    QProcess m_process;
};

} // namespace blufio::test
