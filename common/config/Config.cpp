#include "Config.h"

namespace blufio {

Config::Config()
{
    for (const ConfigKey &key : configSchema())
        m_entries.insert(key.key, ConfigEntry {key.defaultValue, ConfigSource::Default, {}});
}

const ConfigEntry &Config::entry(const QString &key) const
{
    static const ConfigEntry empty;
    auto it = m_entries.constFind(key);
    if (Q_UNLIKELY(it == m_entries.constEnd())) {
        qFatal("Config::entry: \"%s\" is not a key of the configuration schema", qPrintable(key));
        return empty;
    }
    return *it;
}

void Config::set(const QString &key, const ConfigEntry &entry)
{
    m_entries.insert(key, entry);
    m_settings.reset();
}

const Settings &Config::settings() const
{
    if (!m_settings)
        m_settings = Settings::from(*this);
    return *m_settings;
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
