#include "StartupChecks.h"

#include "common/storage/Storage.h"
#include "common/vault/PassphraseReader.h"
#include "common/vault/Vault.h"
#include "common/cost/PriceTable.h"
#include "common/net/TlsSettings.h"

#include <QHostAddress>

namespace blufio {

namespace {

StartError configError(const QString &message)
{
    return StartError {78, message};
}
} // namespace

std::optional<StartError> StartupChecks::checkConfiguration(const Config &config)
{
    if (auto error = checkGatewayAuth(config))
        return error;
    if (auto error = checkBearerToken(config, true))
        return error;

    const QString bind = config.settings().daemon.bind;
    if (bind != u"localhost" && !QHostAddress().setAddress(bind))
        return configError(tr("daemon.bind: '%1' is not an IP address").arg(bind));

    // The same parser the agent's price table uses, on a scratch table.
    PriceTable prices;
    if (const QString error = prices.applyOverrides(config.settings().agent.prices);
        !error.isEmpty())
        return configError(error);

    // metrics.listen and its certificates: what MetricsListener::start() loads, loaded the same way.
    if (const TlsSettingsResult tls = TlsSettings::load(config); !tls.ok())
        return configError(tls.error);
    return std::nullopt;
}

std::optional<StartError> StartupChecks::checkGatewayAuth(const Config &config)
{
    const Settings::Gateway &gateway = config.settings().gateway;
    if (!gateway.enabled)
        return std::nullopt;
    const QStringList &keys = gateway.deviceKeys;
    if (gateway.bearerToken.isEmpty() && keys.isEmpty()) {
        // Fail closed: an open gateway on a VPS is somebody else's LLM budget.
        return configError(
            tr("the gateway is enabled but has no way to authenticate clients: set gateway.bearer_token "
               "(or BLUFIO_GATEWAY_BEARER_TOKEN, or \"vault:NAME\"), add a key from `blufio keygen` to "
               "gateway.device_keys, or set gateway.enabled = false"));
    }
    // The rule Authenticator applies when it loads them: base64 of a 32-byte Ed25519 public key.
    for (const QString &key : keys) {
        const auto raw = QByteArray::fromBase64Encoding(key.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
        if (!raw || raw.decoded.size() != 32) {
            return configError(tr("gateway.device_keys: '%1' is not a base64 Ed25519 public key (make one "
                                  "with `blufio keygen`)")
                                   .arg(key));
        }
    }
    return std::nullopt;
}

std::optional<StartError> StartupChecks::checkBearerToken(const Config &config, bool allowReference)
{
    if (!config.settings().gateway.enabled)
        return std::nullopt;
    const QString token = config.settings().gateway.bearerToken;
    if (token.isEmpty() || (allowReference && !Vault::referencedName(token).isEmpty()))
        return std::nullopt;
    if (token.size() < MinimumBearerTokenLength) {
        // The length only, never the token: this goes to the journal.
        return configError(
            tr("gateway.bearer_token: %1 characters is too short to withstand guessing; use at least %2 "
               "(e.g. openssl rand -base64 32)")
                .arg(token.size())
                .arg(MinimumBearerTokenLength));
    }
    return std::nullopt;
}

QStringList StartupChecks::vaultReferences(const Config &config)
{
    QStringList references;
    for (const ConfigKey &key : configSchema()) {
        if (key.secret && !Vault::referencedName(config.value(key.key).toString()).isEmpty())
            references.append(key.key);
    }
    return references;
}

std::optional<StartError> StartupChecks::resolveVaultReferences(Config &config, Storage &storage,
                                                                const PassphraseReader &reader)
{
    const QStringList references = vaultReferences(config);
    if (references.isEmpty())
        return std::nullopt;
    Vault vault(storage);
    Result<SecureBytes> passphrase = reader.read(tr("Vault passphrase: "));
    if (!passphrase)
        return configError(
            tr("%1 refers to the vault: %2").arg(references.first(), passphrase.errorMessage()));
    if (const Result<void> unlocked = vault.unlock(*passphrase); !unlocked)
        return configError(tr("%1 refers to the vault: %2").arg(references.first(), unlocked.errorMessage()));
    for (const QString &key : references) {
        ConfigEntry entry = config.entry(key);
        const QString name = Vault::referencedName(entry.value.toString());
        Result<SecureBytes> secret = vault.get(name);
        if (!secret) {
            return configError(
                tr("%1: the vault has no secret named '%2' (add it with `blufio config set-secret %2`)")
                    .arg(key, name));
        }
        entry.value = QString::fromUtf8(secret->view().toByteArray());
        entry.origin += QStringLiteral(" (vault:") + name + u')';
        config.set(key, std::move(entry));
    }
    return std::nullopt;
}

std::optional<StartError> StartupChecks::checkResolved(const Config &config)
{
    return checkBearerToken(config, false);
}

} // namespace blufio
