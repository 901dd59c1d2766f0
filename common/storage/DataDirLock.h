#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace blufio {

// Only one blufiod per data directory: an exclusive flock(2) on data_dir/blufiod.lock, with the
// holder's pid written into the file so that others can name it. The kernel drops the lock when the
// holder exits, however it exits, so a stale file never blocks anyone. flock locks belong to the open
// file description: a second DataDirLock in the same process conflicts too.
class DataDirLock
{
    Q_DECLARE_TR_FUNCTIONS(DataDirLock)

public:
    explicit DataDirLock(const QString &dataDir);
    ~DataDirLock(); // releases
    DataDirLock(const DataDirLock &) = delete;
    DataDirLock &operator=(const DataDirLock &) = delete;

    // Locked when another process (or another DataDirLock here) holds it; the message names its pid.
    Result<void> tryLock();
    void unlock();
    bool isLocked() const { return m_fd >= 0; }
    QString lockFilePath() const { return m_path; }

    // The pid of whoever holds the lock on dataDir now; 0 when nobody does. A holder that has not yet
    // written its pid reads as -1.
    static qint64 holderPid(const QString &dataDir);

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace blufio
