#pragma once

#include "ConfigLoader.h"

#include <QCoreApplication>
#include <QString>

namespace blufio {

// `blufio config set KEY VALUE`: changes one key in a TOML file in place, keeping its comments and
// layout, checks the whole result with the loader before anything is written, and writes it
// atomically: a temporary file next to it that has the target's mode (and owner and group, where
// allowed) before its first byte, fsync, rename, fsync of the directory.
class ConfigEditor
{
    Q_DECLARE_TR_FUNCTIONS(ConfigEditor)

public:
    enum class Written { Updated, Created }; // Created: the file did not exist before

    struct TemporaryFile
    {
        int fd = -1; // open for writing
        QString path;
    };

    explicit ConfigEditor(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // Errors name the key or file:line:column. An unknown key is ErrorCode::Usage (the command line
    // named it); a value the schema refuses, a file that is not TOML or cannot be read or written
    // is ErrorCode::Config.
    Result<Written> set(const QString &path, const QString &key, const QString &value) const;
    // The edited text, without writing it (for tests and --dry-run).
    Result<QByteArray> edit(const QByteArray &original, const QString &sourceName, const QString &key,
                            const QString &value) const;

    // Creates the temporary file set() writes through: in the target's directory, with the target's
    // mode, owner and group (0600 when the target does not exist yet) already set on the empty file.
    // The error's message is the system's reason.
    static Result<TemporaryFile> createTemporaryFor(const QString &target);

    // A value as a TOML literal: "text" with escapes, numbers, true/false, ["a", "b"].
    static QByteArray tomlLiteral(const ConfigKey &key, const QVariant &value);

private:
    QProcessEnvironment m_env;
};

} // namespace blufio
