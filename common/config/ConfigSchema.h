#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace blufio {

enum class ConfigType { Bool, Int, Double, String, StringList };

// One row of the key tables in docs/CONFIG.md. The table is the single source for parsing, environment
// overrides, `blufio config get` and the example file check, so a key is added in one place.
struct ConfigKey
{
    QString key; // dotted, e.g. "daemon.health_port"
    ConfigType type;
    QVariant defaultValue; // invalid: no default (unset)
    double minimum = 0;
    double maximum = 0; // minimum == maximum: no range check
    QStringList choices; // non-empty: the value must be one of these
    bool secret = false; // masked in output, may be "vault:NAME"
};

const QList<ConfigKey> &configSchema();
const ConfigKey *findConfigKey(QStringView key);
// True when some key lives below this dotted prefix ("providers", "providers.openai").
bool isConfigSection(QStringView prefix);
// BLUFIO_<SECTION>_<KEY>: "providers.openai.api_key" -> "BLUFIO_PROVIDERS_OPENAI_API_KEY".
QString configEnvName(QStringView key);
QString configTypeName(ConfigType type);

} // namespace blufio
