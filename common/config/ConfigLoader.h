#pragma once

#include "Config.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>

#include <optional>

namespace blufio {

// Finds, parses and validates blufio.toml (toml++), then applies BLUFIO_<SECTION>_<KEY> overrides.
// A failure is ErrorCode::Config with one ErrorDetail per problem (key, file:line:column or the
// environment variable, message); the Error's message is those lines.
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)

public:
    explicit ConfigLoader(QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    // Search order (docs/CONFIG.md): explicit path, $BLUFIO_CONFIG, /etc, XDG, ./blufio.toml. An explicit
    // path or $BLUFIO_CONFIG that does not exist is an error; no file found at all means defaults.
    Result<Config> load(const QString &explicitPath = {}) const;
    Result<Config> loadFile(const QString &path) const;
    Result<Config> parse(const QByteArray &toml, const QString &sourceName) const;

    // The candidate paths in search order, for `blufio config path` and doctor.
    QStringList searchPath(const QString &explicitPath = {}) const;
    // The first existing candidate, or an empty string.
    QString locate(const QString &explicitPath = {}) const;

    // Parses one value written as text (environment variable or `config set`) into the key's type;
    // the error's message says why the text does not fit, without naming the key.
    static Result<QVariant> parseText(const ConfigKey &key, const QString &text);
    // Range and choice checks shared by every source; the error's message names the key.
    static Result<void> checkValue(const ConfigKey &key, const QVariant &value);

private:
    void applyEnvironment(Config &config, QList<ErrorDetail> &errors) const;
    static void checkCrossKeys(const Config &config, QList<ErrorDetail> &errors);

    QProcessEnvironment m_env;
};

} // namespace blufio
