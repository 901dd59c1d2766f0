#pragma once

#include "ConfigSchema.h"
#include "Settings.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <optional>

namespace blufio {

enum class ConfigSource { Default, File, Environment };

struct ConfigEntry
{
    QVariant value; // invalid: unset
    ConfigSource source = ConfigSource::Default;
    QString origin; // "file:line:column" or the environment variable's name
};

// The effective configuration: every schema key with its value and where that value came from.
class Config
{
public:
    Config();

    // Every schema key has an entry; asking for one the schema lacks is a programming error and aborts
    // (tst_settings reads every key, so a misspelt key fails the tests, not a user's start).
    const ConfigEntry &entry(const QString &key) const;
    QVariant value(const QString &key) const { return entry(key).value; }
    bool isSet(const QString &key) const { return entry(key).value.isValid(); }
    void set(const QString &key, const ConfigEntry &entry);

    // The typed view, built on first use and again after set(). Code reads its fields, not keys.
    const Settings &settings() const;

    // The file the values came from; empty when only defaults and the environment apply.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }

    // daemon.data_dir, or its documented fallback ($STATE_DIRECTORY, $XDG_DATA_HOME/blufio).
    QString dataDir() const { return settings().daemon.dataDir; }
    // storage.database resolved against dataDir().
    QString databasePath() const { return settings().storage.databasePath; }

    static QString sourceName(ConfigSource source);

private:
    QHash<QString, ConfigEntry> m_entries;
    QString m_filePath;
    mutable std::optional<Settings> m_settings;
};

} // namespace blufio
