#pragma once

#include <QString>

namespace blufio::FileSync {

// Durability helpers for backup and restore: a rename is only crash-safe once the file's data and
// then the directory entry have reached the disk. Each returns an empty string on success, else a
// (system) description of what failed.
QString syncFile(const QString &path);
QString syncDirectoryOf(const QString &path);
// Creates path, which must not exist yet, with mode 0600 from its first byte whatever the umask
// (open with O_CREAT | O_EXCL): no moment where another user could open it. Returns the open
// descriptor (write-only, close-on-exec), or -1 with *error set.
int createPrivate(const QString &path, QString *error);
// Copies source to destination and fsyncs the copy. The destination must not exist: it is created
// through createPrivate(), so the copy is 0600 from its first byte.
QString copyFile(const QString &source, const QString &destination);
// Removes path and the -journal, -wal and -shm files SQLite may have left next to it.
void removeWithSidecars(const QString &path);

} // namespace blufio::FileSync
