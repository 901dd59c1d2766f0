#include "ConfigLoader.h"

#include "common/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <toml++/toml.h>

#include <cmath>

namespace blufio {

namespace {

QString location(const QString &source, const toml::source_region &region)
{
    return QStringLiteral("%1:%2:%3").arg(source).arg(region.begin.line).arg(region.begin.column);
}

QString tomlTypeName(const toml::node &node)
{
    switch (node.type()) {
    case toml::node_type::table:
        return QStringLiteral("a table");
    case toml::node_type::array:
        return QStringLiteral("an array");
    case toml::node_type::string:
        return QStringLiteral("a string");
    case toml::node_type::integer:
        return QStringLiteral("an integer");
    case toml::node_type::floating_point:
        return QStringLiteral("a float");
    case toml::node_type::boolean:
        return QStringLiteral("a boolean");
    default:
        return QStringLiteral("a date/time");
    }
}

// Converts a TOML node to the key's type; nullopt when the TOML type does not fit.
std::optional<QVariant> fromToml(const ConfigKey &key, const toml::node &node)
{
    switch (key.type) {
    case ConfigType::Bool:
        if (auto v = node.value<bool>(); v && node.is_boolean())
            return QVariant(*v);
        return std::nullopt;
    case ConfigType::Int:
        if (node.is_integer())
            return QVariant(qint64(*node.value<int64_t>()));
        return std::nullopt;
    case ConfigType::Double:
        if (node.is_integer() || node.is_floating_point())
            return QVariant(*node.value<double>());
        return std::nullopt;
    case ConfigType::String:
        if (node.is_string())
            return QVariant(QString::fromStdString(*node.value<std::string>()));
        return std::nullopt;
    case ConfigType::StringList: {
        const toml::array *array = node.as_array();
        if (!array)
            return std::nullopt;
        QStringList out;
        for (const toml::node &item : *array) {
            if (!item.is_string())
                return std::nullopt;
            out.append(QString::fromStdString(*item.value<std::string>()));
        }
        return QVariant(out);
    }
    case ConfigType::IntList: {
        const toml::array *array = node.as_array();
        if (!array)
            return std::nullopt;
        QVariantList out;
        for (const toml::node &item : *array) {
            if (!item.is_integer())
                return std::nullopt;
            out.append(QVariant(qint64(*item.value<int64_t>())));
        }
        return QVariant(out);
    }
    }
    return std::nullopt;
}

Error configError(QList<ErrorDetail> details)
{
    return Error::withDetails(ErrorCode::Config, std::move(details));
}

Error invalidText(const QString &message)
{
    return Error {ErrorCode::Config, message};
}

// The first item of an array key that is not of the item type, so that the error points at it rather
// than at the key: in a list of twenty chat ids the one quoted by mistake is what the operator needs.
const toml::node *firstWrongItem(const ConfigKey &key, const toml::node &node)
{
    const toml::array *array = node.as_array();
    if (!array || key.type != ConfigType::IntList)
        return nullptr;
    for (const toml::node &item : *array) {
        if (!item.is_integer())
            return &item;
    }
    return nullptr;
}

} // namespace

ConfigLoader::ConfigLoader(QProcessEnvironment env) : m_env(std::move(env)) { }

QStringList ConfigLoader::searchPath(const QString &explicitPath) const
{
    QStringList paths;
    if (!explicitPath.isEmpty())
        paths.append(explicitPath);
    if (const QString fromEnv = m_env.value(QStringLiteral("BLUFIO_CONFIG")); !fromEnv.isEmpty())
        paths.append(fromEnv);
    paths.append(QStringLiteral("/etc/blufio/blufio.toml"));
    QString xdg = m_env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (xdg.isEmpty())
        xdg = QDir(m_env.value(QStringLiteral("HOME"), QDir::homePath())).filePath(QStringLiteral(".config"));
    paths.append(QDir(xdg).filePath(QStringLiteral("blufio/blufio.toml")));
    paths.append(QDir::current().filePath(QStringLiteral("blufio.toml")));
    return paths;
}

QString ConfigLoader::locate(const QString &explicitPath) const
{
    for (const QString &path : searchPath(explicitPath)) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

Result<Config> ConfigLoader::load(const QString &explicitPath) const
{
    // A path the operator named must exist: silently falling back to defaults would hide a typo.
    const QString named
        = !explicitPath.isEmpty() ? explicitPath : m_env.value(QStringLiteral("BLUFIO_CONFIG"));
    if (!named.isEmpty() && !QFileInfo::exists(named))
        return configError({{{}, named, tr("configuration file not found")}});
    const QString path = locate(explicitPath);
    if (path.isEmpty())
        return parse({}, {});
    return loadFile(path);
}

Result<Config> ConfigLoader::loadFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError({{{}, path, tr("cannot read configuration file: %1").arg(file.errorString())}});
    return parse(file.readAll(), path);
}

Result<Config> ConfigLoader::parse(const QByteArray &text, const QString &sourceName) const
{
    QList<ErrorDetail> errors;
    Config config;
    config.setFilePath(sourceName);

    toml::table root;
    try {
        root = toml::parse(std::string_view(text.constData(), size_t(text.size())), sourceName.toStdString());
    } catch (const toml::parse_error &err) {
        return configError(
            {{{},
              location(sourceName, err.source()),
              tr("TOML syntax error: %1")
                  .arg(QString::fromUtf8(err.description().data(), qsizetype(err.description().size())))}});
    }

    // Walk the document: tables whose dotted path leads to schema keys are descended into, leaves
    // must be schema keys of the right type and range. Everything else is named as unknown.
    std::function<void(const toml::table &, const QString &)> walk
        = [&](const toml::table &table, const QString &prefix) {
              for (auto &&[k, node] : table) {
                  const QString name = QString::fromStdString(std::string(k.str()));
                  const QString dotted = prefix.isEmpty() ? name : prefix + u'.' + name;
                  const QString where = location(sourceName, k.source());
                  const ConfigKey *key = findConfigKey(dotted);
                  if (!key) {
                      if (isConfigSection(dotted) && node.is_table()) {
                          walk(*node.as_table(), dotted);
                      } else if (isConfigSection(dotted)) {
                          errors.append({dotted, where, tr("'%1' must be a table ([%1])").arg(dotted)});
                      } else {
                          errors.append({dotted, where,
                                         prefix.isEmpty() ? tr("unknown section '%1'").arg(dotted)
                                                          : tr("unknown key '%1'").arg(dotted)});
                      }
                      continue;
                  }
                  if (const toml::node *item = firstWrongItem(*key, node)) {
                      errors.append({dotted, location(sourceName, item->source()),
                                     tr("'%1' must be %2; this item is %3")
                                         .arg(dotted, configTypeName(key->type), tomlTypeName(*item))});
                      continue;
                  }
                  const std::optional<QVariant> value = fromToml(*key, node);
                  if (!value) {
                      errors.append({dotted, where,
                                     tr("'%1' must be %2, not %3")
                                         .arg(dotted, configTypeName(key->type), tomlTypeName(node))});
                      continue;
                  }
                  if (const Result<void> checked = checkValue(*key, *value); !checked) {
                      errors.append({dotted, where, checked.errorMessage()});
                      continue;
                  }
                  config.set(dotted, ConfigEntry {*value, ConfigSource::File, where});
              }
          };
    walk(root, {});

    applyEnvironment(config, errors);
    if (errors.isEmpty())
        checkCrossKeys(config, errors);
    if (!errors.isEmpty())
        return configError(std::move(errors));
    return config;
}

Result<QVariant> ConfigLoader::parseText(const ConfigKey &key, const QString &raw)
{
    const QString text = raw.trimmed();
    switch (key.type) {
    case ConfigType::Bool: {
        const QString t = text.toLower();
        if (t == u"true" || t == u"1" || t == u"yes" || t == u"on")
            return QVariant(true);
        if (t == u"false" || t == u"0" || t == u"no" || t == u"off")
            return QVariant(false);
        return invalidText(tr("'%1' is not a boolean (use true or false)").arg(text));
    }
    case ConfigType::Int: {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (!ok)
            return invalidText(tr("'%1' is not an integer").arg(text));
        return QVariant(v);
    }
    case ConfigType::Double: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return invalidText(tr("'%1' is not a number").arg(text));
        return QVariant(v);
    }
    case ConfigType::String:
        return QVariant(raw);
    case ConfigType::StringList: {
        QStringList items;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
            items.append(part.trimmed());
        return QVariant(items);
    }
    case ConfigType::IntList: {
        QVariantList items;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 v = part.trimmed().toLongLong(&ok);
            if (!ok)
                return invalidText(
                    tr("'%1' is not an integer (give integers separated by commas)").arg(part.trimmed()));
            items.append(QVariant(v));
        }
        return QVariant(items);
    }
    }
    Q_UNREACHABLE();
    return QVariant();
}

Result<void> ConfigLoader::checkValue(const ConfigKey &key, const QVariant &value)
{
    if ((key.type == ConfigType::Int || key.type == ConfigType::Double) && key.minimum != key.maximum) {
        const double v = value.toDouble();
        if (v < key.minimum || v > key.maximum) {
            return invalidText(tr("'%1' is %2, outside the allowed range %3..%4")
                                   .arg(key.key, value.toString(), QString::number(key.minimum, 'g', 12),
                                        QString::number(key.maximum, 'g', 12)));
        }
    }
    if (!key.choices.isEmpty() && !key.choices.contains(value.toString()))
        return invalidText(tr("'%1' is '%2', expected one of: %3")
                               .arg(key.key, value.toString(), key.choices.join(QStringLiteral(", "))));
    if (key.type == ConfigType::String && key.key == u"metrics.listen") {
        const QString v = value.toString();
        const qsizetype colon = v.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? v.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535)
            return invalidText(
                tr("'%1' must be host:port with a port from 1 to 65535, not '%2'").arg(key.key, v));
    }
    if (key.type == ConfigType::String && key.key == u"telegram.api_url") {
        // Requests go to {api_url}/bot{token}/{method}: a query or fragment would end up in the wrong place.
        const QUrl url(value.toString(), QUrl::StrictMode);
        const bool http = url.scheme() == u"http" || url.scheme() == u"https";
        if (!url.isValid() || !http || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
            return invalidText(
                tr("'%1' must be an http or https URL such as https://api.telegram.org, not '%2'")
                    .arg(key.key, value.toString()));
    }
    return Result<void>::success();
}

void ConfigLoader::applyEnvironment(Config &config, QList<ErrorDetail> &errors) const
{
    for (const ConfigKey &key : configSchema()) {
        const QString name = configEnvName(key.key);
        if (!m_env.contains(name))
            continue;
        const Result<QVariant> value = parseText(key, m_env.value(name));
        if (!value) {
            errors.append({key.key, name, tr("'%1' (from %2): %3").arg(key.key, name, value.errorMessage())});
            continue;
        }
        if (const Result<void> checked = checkValue(key, *value); !checked) {
            errors.append({key.key, name, checked.errorMessage()});
            continue;
        }
        config.set(key.key, ConfigEntry {*value, ConfigSource::Environment, name});
    }
}

void ConfigLoader::checkCrossKeys(const Config &config, QList<ErrorDetail> &errors)
{
    const QString warnKey = QStringLiteral("daemon.memory_warn_mb");
    const QString limitKey = QStringLiteral("daemon.memory_limit_mb");
    const Settings::Daemon &daemon = config.settings().daemon;
    if (daemon.memoryWarnMb >= daemon.memoryLimitMb) {
        const ConfigEntry &warn = config.entry(warnKey);
        errors.append({warnKey, warn.origin,
                       tr("'%1' (%2) must be below '%3' (%4)")
                           .arg(warnKey, QString::number(daemon.memoryWarnMb), limitKey,
                                QString::number(daemon.memoryLimitMb))});
    }
    auto needs = [&](const QString &key, const QString &needed) {
        const bool set = config.entry(key).value.typeId() == QMetaType::Bool ? config.value(key).toBool()
                                                                             : config.isSet(key);
        if (set && !config.isSet(needed)) {
            errors.append({key, config.entry(key).origin, tr("'%1' needs '%2' to be set").arg(key, needed)});
        }
    };
    needs(QStringLiteral("metrics.tls_cert"), QStringLiteral("metrics.tls_key"));
    needs(QStringLiteral("metrics.tls_key"), QStringLiteral("metrics.tls_cert"));
    needs(QStringLiteral("metrics.tls_cert"), QStringLiteral("metrics.listen"));
    needs(QStringLiteral("metrics.require_mtls"), QStringLiteral("metrics.tls_client_ca"));
    needs(QStringLiteral("metrics.tls_client_ca"), QStringLiteral("metrics.tls_cert"));
    needs(QStringLiteral("telegram.enabled"), QStringLiteral("telegram.bot_token"));
}

} // namespace blufio
