#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace blufio {

// What went wrong, coarsely, so a caller can choose an exit code or an HTTP status without parsing
// the message. The message itself is already translated and names what the user needs to know.
// Each program turns codes into exit statuses in one table next to its main() (docs/CLI.md); keep
// this list short: a new code is only worth adding when some caller acts on it differently.
enum class ErrorCode {
    Failed, // anything without a more specific code
    Config, // the configuration is wrong: a key, a value, a file or secret it names (EX_CONFIG, 78)
    Usage, // the command line is wrong (an unknown option, a missing or malformed argument)
    NotFound, // the session, queue item, secret or file does not exist
    AlreadyExists, // e.g. backup target exists and force was not given
    Conflict, // the row is in a state that does not allow the operation
    InvalidArgument,
    Io, // the file system refused (permissions, disk full, ...)
    Database, // SQLite reported an error
    NotSqlite, // the file is not an SQLite database at all
    Corrupt, // truncated or fails integrity_check
    NotBlufio, // an SQLite database, but not blufio's
    SchemaTooNew, // written by a newer blufio than this binary
    Locked, // another process holds the data directory
    WrongPassphrase,
    VaultMissing, // no vault has been created in this database
    VaultLocked, // unlock() has not succeeded yet
    NoPassphrase, // neither BLUFIO_VAULT_KEY nor a terminal to ask on
    Crypto, // libsodium failed (it should not)
    // A remote API's answers (common/telegram):
    Unauthorized, // the credentials were refused (a bad or revoked token)
    RateLimited, // asked to slow down; Error::retryAfterSecs says for how long when the server said
    // Also anything needed that is not there right now: a port to listen on, the daemon.
    Unavailable, // the server answered with a 5xx: try again later
    Network, // no HTTP answer: refused, reset, DNS, TLS, closed mid-reply
    Timeout, // no answer within the deadline
    Malformed, // an answer that is not what the API documents
};

// One of several problems behind an Error, e.g. each bad key of a configuration file.
struct ErrorDetail
{
    QString key; // the configuration key (or other name) it is about; may be empty
    QString location; // "path:line:column", an environment variable's name, or empty
    QString message; // translated, names the key

    QString toString() const
    {
        return location.isEmpty() ? message : location + QStringLiteral(": ") + message;
    }
};

struct Error
{
    Error() = default;
    Error(ErrorCode c, QString m, int retryAfter = -1)
        : code(c), message(std::move(m)), retryAfterSecs(retryAfter)
    { }
    Error(ErrorCode c, QString m, QList<ErrorDetail> d)
        : code(c), message(std::move(m)), details(std::move(d))
    { }

    ErrorCode code = ErrorCode::Failed;
    QString message; // translated, for humans
    int retryAfterSecs = -1; // RateLimited: how long the other side asked to wait; -1 when it did not say
    // When one failure has several causes (a configuration file with three bad keys), each of them;
    // message is then their toString() lines, so printing message alone loses nothing.
    QList<ErrorDetail> details;

    static Error withDetails(ErrorCode code, QList<ErrorDetail> details)
    {
        QStringList lines;
        for (const ErrorDetail &detail : details)
            lines.append(detail.toString());
        return Error {code, lines.join(u'\n'), std::move(details)};
    }
};

// A value or an Error; what every call that can fail for a reason a user can cause returns (storage,
// configuration, start-up checks, vault, providers' setup, files). Errors travel as values so that
// nothing throws across the event loop.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }
    static Result failure(ErrorCode code, QString message)
    {
        return Result(Error {code, std::move(message)});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only valid when ok().
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }

    // Only meaningful when !ok().
    const Error &error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    QString errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) { }
    static Result success() { return Result(); }
    static Result failure(ErrorCode code, QString message)
    {
        return Result(Error {code, std::move(message)});
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    QString errorMessage() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace blufio
