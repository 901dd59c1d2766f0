#pragma once

#include <QString>

namespace blufio::FileSync {

// Durability helpers for backup and restore: a rename is only crash-safe once the file's data and
// then the directory entry have reached the disk. Each returns an empty string on success, else a
// (system) description of what failed.
QString syncFile(const QString &path);
QString syncDirectoryOf(const QString &path);
// Copies source to destination (created 0600, truncated) and fsyncs the copy.
QString copyFile(const QString &source, const QString &destination);
// Removes path and the -journal, -wal and -shm files SQLite may have left next to it.
void removeWithSidecars(const QString &path);

} // namespace blufio::FileSync
