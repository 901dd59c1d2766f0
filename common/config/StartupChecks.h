#pragma once

#include "common/config/Config.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace blufio {

class PassphraseReader;
class Storage;

struct StartError
{
    int exitCode; // 78 for configuration problems (EX_CONFIG), 1 otherwise
    QString message; // translated; names the key
};

// The configuration checks blufiod makes before it listens, in one place so that
// `blufio config validate` runs exactly the same code and prints exactly the same message: fail-closed
// gateway auth, bearer token length, device keys, daemon.bind, agent.prices, the metrics listener's
// TLS files (readable, matching, key private). What depends on the machine's state rather than on
// the configuration (the port, the data directory lock, other users' permissions) stays doctor's.
class StartupChecks
{
    Q_DECLARE_TR_FUNCTIONS(StartupChecks)

public:
    static constexpr int MinimumBearerTokenLength = 24;

    // Everything that needs no vault passphrase. A "vault:NAME" secret counts as set; its length is
    // checked by checkResolved() once it has been read from the vault.
    static std::optional<StartError> checkConfiguration(const Config &config);

    // The secret keys whose value is a "vault:NAME" reference, in schema order.
    static QStringList vaultReferences(const Config &config);
    // Replaces every reference in config by the secret from the vault in storage (unlocked with the
    // passphrase from reader); a missing secret or a wrong passphrase is a configuration error.
    static std::optional<StartError> resolveVaultReferences(Config &config, Storage &storage,
                                                            const PassphraseReader &reader);
    // The checks on values that may have come from the vault (bearer token length).
    static std::optional<StartError> checkResolved(const Config &config);

private:
    static std::optional<StartError> checkGatewayAuth(const Config &config);
    static std::optional<StartError> checkBearerToken(const Config &config, bool allowReference);
};

} // namespace blufio
