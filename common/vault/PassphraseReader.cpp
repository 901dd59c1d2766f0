#include "PassphraseReader.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace blufio {

namespace {

// Restores the terminal however prompt() returns.
class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (::tcgetattr(fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }

private:
    int m_fd;
    termios m_saved {};
    bool m_active = false;
};

void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += n;
    }
}

} // namespace

PassphraseReader::PassphraseReader(const QProcessEnvironment &env, QString ttyPath)
    : m_env(env), m_ttyPath(std::move(ttyPath))
{ }

Result<SecureBytes> PassphraseReader::read(const QString &promptText, bool confirm) const
{
    if (m_env.contains(environmentVariable())) {
        QByteArray value = m_env.value(environmentVariable()).toUtf8();
        if (value.isEmpty())
            return Error {ErrorCode::NoPassphrase, tr("BLUFIO_VAULT_KEY is set but empty.")};
        return SecureBytes::takeFrom(value);
    }
    const int fd = ::open(QFile::encodeName(m_ttyPath).constData(), O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0 || !::isatty(fd)) {
        if (fd >= 0)
            ::close(fd);
        return Error {ErrorCode::NoPassphrase,
                      tr("No vault passphrase: set BLUFIO_VAULT_KEY or run this on a terminal.")};
    }
    auto first = prompt(fd, promptText);
    if (first && confirm) {
        auto second = prompt(fd, tr("Repeat the passphrase: "));
        if (!second) {
            ::close(fd);
            return second;
        }
        if (!first->equals(second->view())) {
            ::close(fd);
            return Error {ErrorCode::InvalidArgument, tr("The passphrases do not match.")};
        }
    }
    ::close(fd);
    return first;
}

Result<SecureBytes> PassphraseReader::prompt(int fd, const QString &text) const
{
    writeAll(fd, text.toUtf8());
    EchoOff echoOff(fd);
    // Read byte by byte into a fixed buffer so no reallocation leaves copies of the passphrase behind.
    SecureBytes buffer(1024);
    std::size_t length = 0;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n' || c == '\r')
            break;
        if (length == buffer.size())
            return Error {ErrorCode::InvalidArgument, tr("The passphrase is too long (1024 bytes at most).")};
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (length == 0)
        return Error {ErrorCode::NoPassphrase, tr("No passphrase was entered.")};
    return SecureBytes(buffer.constData(), length);
}

} // namespace blufio
