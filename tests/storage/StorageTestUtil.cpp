#include "StorageTestUtil.h"

#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

namespace blufio::test {

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool sqliteExec(const QString &path, const QString &sql, QStringList *rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    sqlite3_busy_timeout(db, 5000);
    auto collect = [](void *out, int columns, char **values, char **) -> int {
        if (out && columns > 0)
            static_cast<QStringList *>(out)->append(QString::fromUtf8(values[0] ? values[0] : ""));
        return 0;
    };
    const bool ok = sqlite3_exec(db, sql.toUtf8().constData(), collect, rows, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QString integrityCheck(const QString &path)
{
    QStringList rows;
    if (!sqliteExec(path, QStringLiteral("PRAGMA integrity_check"), &rows))
        return QStringLiteral("cannot run integrity_check");
    return rows.join(QStringLiteral("; "));
}

LockHolder::LockHolder(const QString &dataDir)
{
    m_process.setProgram(binPath(QStringLiteral("blufio-test-lockholder")));
    m_process.setArguments({dataDir});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
}

LockHolder::~LockHolder()
{
    release();
}

bool LockHolder::started(int timeoutMs)
{
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    // It prints "locked" once it holds the lock.
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(timeoutMs))
            return false;
    }
    return m_process.readLine().trimmed() == "locked";
}

qint64 LockHolder::pid() const
{
    return m_process.processId();
}

void LockHolder::release()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace blufio::test
