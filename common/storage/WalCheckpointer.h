#pragma once

#include "common/Result.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace blufio {

// Runs the WAL checkpoints of one writer connection on a thread and connection of its own. With
// SQLite's default (wal_autocheckpoint), the commit that crosses 1000 WAL pages runs the checkpoint
// itself, fsyncs included: on the daemon's event loop that is a 5–50 ms stall for whichever request
// happens to commit then (the p99 of bench/messages.sh). Here the writer's commit only raises a flag;
// a PASSIVE checkpoint on the other connection copies the pages back while the loop goes on.
// PASSIVE never waits for readers or writers, so it cannot block the event loop either; pages it
// could not copy are tried again after the next commit. A checkpoint racing a writer that never
// pauses may never catch up, so past four times the threshold the writer checkpoints itself after
// its commit, as SQLite would: the WAL stays bounded under any load.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(QString databasePath, int thresholdPages = 1000);
    ~WalCheckpointer(); // stop()
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Opens the checkpointing connection and takes over `writer`'s WAL hook. `writer` must stay
    // open until stop(). ErrorCode::Database when the connection cannot be opened (the writer then
    // keeps checkpointing itself).
    Result<void> start(sqlite3 *writer);
    // Gives the writer its own automatic checkpoints back, then ends the thread and its connection.
    void stop();

    bool isRunning() const { return m_thread.joinable(); }
    // Checkpoints run so far, and on which thread the last one ran; for tests.
    qint64 checkpoints() const { return m_checkpoints.load(); }
    std::thread::id lastCheckpointThread() const;
    // The WAL's length in pages after the latest commit, and the checkpoints the writer ran itself.
    int lastWalPages() const { return m_lastWalPages.load(); }
    qint64 writerCheckpoints() const { return m_writerCheckpoints.load(); }

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int walPages);
    void run();

    QString m_path;
    int m_threshold;
    sqlite3 *m_writer = nullptr;
    sqlite3 *m_own = nullptr;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false; // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex
    std::thread::id m_lastThread; // guarded by m_mutex
    std::atomic<qint64> m_checkpoints {0};
    std::atomic<qint64> m_writerCheckpoints {0};
    std::atomic<int> m_lastWalPages {0};
};

} // namespace blufio
