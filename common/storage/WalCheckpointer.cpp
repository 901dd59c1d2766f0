#include "WalCheckpointer.h"

#include <sqlite3.h>

namespace blufio {

WalCheckpointer::WalCheckpointer(QString databasePath, int thresholdPages)
    : m_path(std::move(databasePath)), m_threshold(thresholdPages)
{ }

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

Result<void> WalCheckpointer::start(sqlite3 *writer)
{
    if (isRunning())
        return Result<void>::success();
    const QByteArray path = m_path.toUtf8();
    // NOMUTEX: this connection is only ever used by the checkpoint thread.
    if (sqlite3_open_v2(path.constData(), &m_own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(m_own ? sqlite3_errmsg(m_own) : "out of memory");
        sqlite3_close(m_own);
        m_own = nullptr;
        return Result<void>::failure(ErrorCode::Database, why);
    }
    m_writer = writer;
    {
        const std::lock_guard lock(m_mutex);
        m_pending = false;
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
    // Replaces the writer's automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(m_writer, &WalCheckpointer::onCommit, this);
    return Result<void>::success();
}

void WalCheckpointer::stop()
{
    if (!isRunning())
        return;
    sqlite3_wal_autocheckpoint(m_writer, 1000); // SQLite's default hook again
    m_writer = nullptr;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_close(m_own);
    m_own = nullptr;
}

std::thread::id WalCheckpointer::lastCheckpointThread() const
{
    const std::lock_guard lock(m_mutex);
    return m_lastThread;
}

// Called by SQLite on the writer's thread after each commit, with the WAL's length in pages.
int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *, int walPages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    checkpointer->m_lastWalPages = walPages;
    if (walPages < checkpointer->m_threshold)
        return SQLITE_OK;
    if (walPages >= 4 * checkpointer->m_threshold) {
        // SQLITE_BUSY (the other thread is mid-checkpoint) is fine: the next commit comes back here.
        if (sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK)
            ++checkpointer->m_writerCheckpoints;
        return SQLITE_OK;
    }
    {
        const std::lock_guard lock(checkpointer->m_mutex);
        if (checkpointer->m_pending)
            return SQLITE_OK;
        checkpointer->m_pending = true;
    }
    checkpointer->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stopping; });
        if (m_stopping)
            return;
        lock.unlock();
        int logPages = 0;
        int copied = 0;
        // SQLITE_BUSY here only means another checkpoint is running (a backup's); the next commit
        // asks again.
        sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
        ++m_checkpoints;
        lock.lock();
        m_lastThread = std::this_thread::get_id();
        m_pending = false;
    }
}

} // namespace blufio
