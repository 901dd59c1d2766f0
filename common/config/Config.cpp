#include "Config.h"

#include "common/Paths.h"

#include <QDir>

namespace blufio {

Config::Config()
{
    for (const ConfigKey &key : configSchema())
        m_entries.insert(key.key, ConfigEntry{key.defaultValue, ConfigSource::Default, {}});
}

const ConfigEntry &Config::entry(const QString &key) const
{
    static const ConfigEntry empty;
    auto it = m_entries.constFind(key);
    Q_ASSERT_X(it != m_entries.constEnd(), "Config::entry", "key not in the schema");
    return it == m_entries.constEnd() ? empty : *it;
}

void Config::set(const QString &key, ConfigEntry entry)
{
    m_entries.insert(key, std::move(entry));
}

QString Config::dataDir() const
{
    if (isSet(QStringLiteral("daemon.data_dir")))
        return QDir::cleanPath(Paths::expandHome(string(QStringLiteral("daemon.data_dir"))));
    return Paths::defaultDataDir();
}

QString Config::databasePath() const
{
    const QString db = Paths::expandHome(string(QStringLiteral("storage.database")));
    return QDir::isAbsolutePath(db) ? db : QDir(dataDir()).filePath(db);
}

QString Config::sourceName(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Default:
        return QStringLiteral("default");
    case ConfigSource::File:
        return QStringLiteral("file");
    case ConfigSource::Environment:
        return QStringLiteral("env");
    }
    return {};
}

} // namespace blufio
