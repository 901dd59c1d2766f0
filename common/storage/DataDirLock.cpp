#include "DataDirLock.h"

#include "common/Paths.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace blufio {

namespace {

qint64 readPid(int fd)
{
    char buffer[32] = {};
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (n <= 0)
        return -1;
    bool ok = false;
    const qint64 pid = QByteArray(buffer, int(n)).trimmed().toLongLong(&ok);
    return ok && pid > 0 ? pid : -1;
}

QString lockPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(Paths::lockFileName());
}

} // namespace

DataDirLock::DataDirLock(const QString &dataDir) : m_path(lockPath(dataDir)) { }

DataDirLock::~DataDirLock()
{
    unlock();
}

Result<void> DataDirLock::tryLock()
{
    if (m_fd >= 0)
        return {};
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Result<void>::failure(
            ErrorCode::Io,
            tr("Cannot open the lock file %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        const qint64 pid = readPid(fd);
        ::close(fd);
        if (error == EWOULDBLOCK) {
            const QString holder = pid > 0 ? tr("process %1").arg(pid) : tr("another process");
            return Result<void>::failure(
                ErrorCode::Locked,
                tr("The data directory is in use by %1 (lock %2). Is blufiod already running?")
                    .arg(holder, m_path));
        }
        return Result<void>::failure(
            ErrorCode::Io,
            tr("Cannot lock %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(error))));
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) != pid.size()) {
        const int error = errno;
        ::close(fd);
        return Result<void>::failure(ErrorCode::Io,
                                     tr("Cannot write the lock file %1: %2")
                                         .arg(m_path, QString::fromLocal8Bit(std::strerror(error))));
    }
    m_fd = fd;
    return {};
}

void DataDirLock::unlock()
{
    if (m_fd < 0)
        return;
    // Emptied first so nobody reads our pid after we are gone; the file itself stays, since deleting it
    // would race with a process that opened it and is about to lock it.
    [[maybe_unused]] const int truncated = ::ftruncate(m_fd, 0);
    ::close(m_fd);
    m_fd = -1;
}

qint64 DataDirLock::holderPid(const QString &dataDir)
{
    const QByteArray path = QFile::encodeName(lockPath(dataDir));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0; // no lock file: nobody ever ran here
    qint64 pid = 0;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK)
            pid = readPid(fd);
    }
    // A shared lock we got (nobody holds it) goes away with close().
    ::close(fd);
    return pid;
}

} // namespace blufio
