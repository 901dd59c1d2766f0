#pragma once

#include "Config.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>

#include <optional>

namespace blufio {

struct ConfigError
{
    QString key; // may be empty for a syntax error
    QString location; // "path:line:column", or an environment variable's name
    QString message; // translated, names the key

    QString toString() const;
};

struct ConfigResult
{
    std::optional<Config> config;
    QList<ConfigError> errors;

    bool ok() const { return config.has_value(); }
    QString errorText() const; // one error per line
};

// Finds, parses and validates blufio.toml (toml++), then applies BLUFIO_<SECTION>_<KEY> overrides.
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)

public:
    explicit ConfigLoader(QProcessEnvironment env = QProcessEnvironment::systemEnvironment());

    // Search order (docs/CONFIG.md): explicit path, $BLUFIO_CONFIG, /etc, XDG, ./blufio.toml. An explicit
    // path or $BLUFIO_CONFIG that does not exist is an error; no file found at all means defaults.
    ConfigResult load(const QString &explicitPath = {}) const;
    ConfigResult loadFile(const QString &path) const;
    ConfigResult parse(const QByteArray &toml, const QString &sourceName) const;

    // The candidate paths in search order, for `blufio config path` and doctor.
    QStringList searchPath(const QString &explicitPath = {}) const;
    // The first existing candidate, or an empty string.
    QString locate(const QString &explicitPath = {}) const;

    // Parses one value written as text (environment variable or `config set`) into the key's type.
    static std::optional<QVariant> parseText(const ConfigKey &key, const QString &text, QString *why);
    // Range and choice checks shared by every source; empty when the value is fine.
    static QString checkValue(const ConfigKey &key, const QVariant &value);

private:
    void applyEnvironment(Config &config, QList<ConfigError> &errors) const;
    static void checkCrossKeys(const Config &config, QList<ConfigError> &errors);

    QProcessEnvironment m_env;
};

} // namespace blufio
