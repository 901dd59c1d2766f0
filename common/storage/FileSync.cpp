#include "FileSync.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace blufio::FileSync {

namespace {

Error systemError(const QString &path)
{
    const int error = errno;
    return Error {error == EEXIST ? ErrorCode::AlreadyExists : ErrorCode::Io,
                  path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(error))};
}

Result<void> syncOpen(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return systemError(path);
    Result<void> synced = ::fsync(fd) == 0 ? Result<void>::success() : Result<void>(systemError(path));
    ::close(fd);
    return synced;
}

} // namespace

Result<void> syncFile(const QString &path)
{
    return syncOpen(path, O_RDONLY);
}

Result<void> syncDirectoryOf(const QString &path)
{
    return syncOpen(QFileInfo(path).absolutePath(), O_RDONLY | O_DIRECTORY);
}

Result<int> createPrivate(const QString &path)
{
    // The umask can only take bits away, and 0600 has none a sane umask removes; O_EXCL makes sure
    // the mode is ours and not that of a file someone placed there before us. O_NOFOLLOW: a symlink
    // planted at the name is refused instead of followed.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return systemError(path);
    return fd;
}

Result<void> copyFile(const QString &source, const QString &destination)
{
    const int in = ::open(QFile::encodeName(source).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return systemError(source);
    const Result<int> created = createPrivate(destination);
    if (!created) {
        ::close(in);
        return created.error();
    }
    const int out = *created;
    Result<void> error;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = systemError(source);
            break;
        }
        ssize_t written = 0;
        while (written < n) {
            const ssize_t w = ::write(out, buffer + written, size_t(n - written));
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                error = systemError(destination);
                break;
            }
            written += w;
        }
        if (!error)
            break;
    }
    if (error && ::fsync(out) != 0)
        error = systemError(destination);
    ::close(in);
    if (::close(out) != 0 && error)
        error = systemError(destination);
    return error;
}

void removeWithSidecars(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace blufio::FileSync
