#pragma once

#include "common/Result.h"

#include <QString>

namespace blufio::FileSync {

// Durability helpers for backup and restore: a rename is only crash-safe once the file's data and
// then the directory entry have reached the disk. Errors are ErrorCode::Io with a message naming
// the path and the system's reason.
Result<void> syncFile(const QString &path);
Result<void> syncDirectoryOf(const QString &path);
// Creates path, which must not exist yet, with mode 0600 from its first byte whatever the umask
// (open with O_CREAT | O_EXCL): no moment where another user could open it. Returns the open
// descriptor (write-only, close-on-exec); AlreadyExists when something is at path already.
Result<int> createPrivate(const QString &path);
// Copies source to destination and fsyncs the copy. The destination must not exist: it is created
// through createPrivate(), so the copy is 0600 from its first byte.
Result<void> copyFile(const QString &source, const QString &destination);
// Removes path and the -journal, -wal and -shm files SQLite may have left next to it.
void removeWithSidecars(const QString &path);

} // namespace blufio::FileSync
