#pragma once

#include "ConfigSchema.h"

#include <QHash>
#include <QString>
#include <QVariant>

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

    const ConfigEntry &entry(const QString &key) const;
    QVariant value(const QString &key) const { return entry(key).value; }
    bool isSet(const QString &key) const { return entry(key).value.isValid(); }
    void set(const QString &key, ConfigEntry entry);

    QString string(const QString &key) const { return value(key).toString(); }
    qint64 integer(const QString &key) const { return value(key).toLongLong(); }
    double number(const QString &key) const { return value(key).toDouble(); }
    bool boolean(const QString &key) const { return value(key).toBool(); }
    QStringList list(const QString &key) const { return value(key).toStringList(); }

    // The file the values came from; empty when only defaults and the environment apply.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }

    // daemon.data_dir, or its documented fallback ($STATE_DIRECTORY, $XDG_DATA_HOME/blufio).
    QString dataDir() const;
    // storage.database resolved against dataDir().
    QString databasePath() const;

    static QString sourceName(ConfigSource source);

private:
    QHash<QString, ConfigEntry> m_entries;
    QString m_filePath;
};

} // namespace blufio
