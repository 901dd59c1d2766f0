#include "SecretResolver.h"

#include "Vault.h"
#include "common/config/Config.h"
#include "common/config/ConfigSchema.h"

namespace blufio {

namespace {
const QString kPrefix = QStringLiteral("vault:");

Error configError(const QString &message)
{
    return Error {ErrorCode::Config, message};
}

// These messages were StartupChecks' before resolution moved here; that context keeps their
// translations.
QString startupText(const char *text)
{
    return QCoreApplication::translate("StartupChecks", text);
}
} // namespace

bool SecretResolver::isReference(const QString &value)
{
    return value.startsWith(kPrefix);
}

QString SecretResolver::referencedName(const QString &value)
{
    return isReference(value) ? value.mid(kPrefix.size()) : QString();
}

QString SecretResolver::referenceTo(const QString &name)
{
    return kPrefix + name;
}

QStringList SecretResolver::references(const Config &config)
{
    QStringList keys;
    for (const ConfigKey &key : configSchema()) {
        if (key.secret && isReference(config.value(key.key).toString()))
            keys.append(key.key);
    }
    return keys;
}

Result<void> SecretResolver::checkReferences(const Config &config)
{
    for (const QString &key : references(config)) {
        const QString name = referencedName(config.value(key).toString());
        if (!Vault::isValidName(name)) {
            return configError(tr("%1: \"%2\" does not name a vault secret (1-128 of letters, digits, '.', "
                                  "'_', '-')")
                                   .arg(key, name));
        }
    }
    return Result<void>::success();
}

SecretResolver::SecretResolver(Storage &storage, PassphraseReader reader)
    : m_storage(storage), m_reader(std::move(reader))
{ }

SecretResolver::~SecretResolver() = default;

Result<void> SecretResolver::unlock()
{
    if (m_vault && m_vault->isUnlocked())
        return Result<void>::success();
    Result<SecureBytes> passphrase
        = m_reader.read(startupText(QT_TRANSLATE_NOOP("StartupChecks", "Vault passphrase: ")));
    if (!passphrase)
        return passphrase.error();
    m_vault = std::make_unique<Vault>(m_storage);
    return m_vault->unlock(*passphrase);
}

Result<SecureBytes> SecretResolver::resolve(const QString &value)
{
    if (!isReference(value)) {
        QByteArray bytes = value.toUtf8();
        return SecureBytes::takeFrom(bytes);
    }
    if (Result<void> unlocked = unlock(); !unlocked)
        return unlocked.error();
    return m_vault->get(referencedName(value));
}

Result<void> SecretResolver::resolveAll(Config &config)
{
    if (Result<void> checked = checkReferences(config); !checked)
        return checked;
    for (const QString &key : references(config)) {
        ConfigEntry entry = config.entry(key);
        const QString name = referencedName(entry.value.toString());
        Result<SecureBytes> secret = resolve(entry.value.toString());
        if (!secret && secret.code() == ErrorCode::NotFound) {
            return configError(
                startupText(
                    QT_TRANSLATE_NOOP(
                        "StartupChecks",
                        "%1: the vault has no secret named '%2' (add it with `blufio config set-secret %2`)"))
                    .arg(key, name));
        }
        if (!secret)
            return configError(startupText(QT_TRANSLATE_NOOP("StartupChecks", "%1 refers to the vault: %2"))
                                   .arg(key, secret.errorMessage()));
        entry.value = QString::fromUtf8(secret->view().toByteArray());
        entry.origin += QStringLiteral(" (") + referenceTo(name) + u')';
        config.set(key, std::move(entry));
    }
    return Result<void>::success();
}

} // namespace blufio
