#include "StartupChecks.h"

#include "common/cost/ContextWindowTable.h"
#include "common/cost/PriceTable.h"
#include "common/net/TlsSettings.h"
#include "common/storage/Storage.h"
#include "common/vault/PassphraseReader.h"
#include "common/vault/SecretResolver.h"

#include <QHostAddress>

namespace blufio {

namespace {

Error configError(const QString &message)
{
    return Error {ErrorCode::Config, message};
}
} // namespace

Result<void> StartupChecks::checkConfiguration(const Config &config)
{
    if (Result<void> checked = checkGatewayAuth(config); !checked)
        return checked;
    if (Result<void> checked = SecretResolver::checkReferences(config); !checked)
        return checked;
    if (Result<void> checked = checkBearerToken(config, true); !checked)
        return checked;

    const QString bind = config.settings().daemon.bind;
    if (bind != u"localhost" && !QHostAddress().setAddress(bind))
        return configError(tr("daemon.bind: '%1' is not an IP address").arg(bind));

    // The same parser the agent's price table uses, on a scratch table.
    PriceTable prices;
    if (Result<void> applied = prices.applyOverrides(config.settings().agent.prices); !applied)
        return applied;
    ContextWindowTable windows;
    if (Result<void> applied = windows.applyOverrides(config.settings().agent.contextWindows); !applied)
        return applied;

    // metrics.listen and its certificates: what MetricsListener::start() loads, loaded the same way.
    if (const auto tls = TlsSettings::load(config); !tls)
        return tls.error();
    return Result<void>::success();
}

Result<void> StartupChecks::checkGatewayAuth(const Config &config)
{
    const Settings::Gateway &gateway = config.settings().gateway;
    if (!gateway.enabled)
        return Result<void>::success();
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
    return Result<void>::success();
}

Result<void> StartupChecks::checkBearerToken(const Config &config, bool allowReference)
{
    if (!config.settings().gateway.enabled)
        return Result<void>::success();
    const QString token = config.settings().gateway.bearerToken;
    if (token.isEmpty() || (allowReference && SecretResolver::isReference(token)))
        return Result<void>::success();
    if (token.size() < MinimumBearerTokenLength) {
        // The length only, never the token: this goes to the journal.
        return configError(
            tr("gateway.bearer_token: %1 characters is too short to withstand guessing; use at least %2 "
               "(e.g. openssl rand -base64 32)")
                .arg(token.size())
                .arg(MinimumBearerTokenLength));
    }
    return Result<void>::success();
}

Result<void> StartupChecks::resolveVaultReferences(Config &config, Storage &storage,
                                                   const PassphraseReader &reader)
{
    return SecretResolver(storage, reader).resolveAll(config);
}

Result<void> StartupChecks::checkResolved(const Config &config)
{
    return checkBearerToken(config, false);
}

} // namespace blufio
