#pragma once

#include "common/Result.h"
#include "common/config/Config.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace blufio {

class PassphraseReader;
class Storage;

// The configuration checks blufiod makes before it listens, in one place so that
// `blufio config validate` runs exactly the same code and prints exactly the same message: fail-closed
// gateway auth, bearer token length, device keys, daemon.bind, agent.prices, the metrics listener's
// TLS files (readable, matching, key private). What depends on the machine's state rather than on
// the configuration (the port, the data directory lock, other users' permissions) stays doctor's.
// Every error here is ErrorCode::Config (exit 78) with a message naming the key.
class StartupChecks
{
    Q_DECLARE_TR_FUNCTIONS(StartupChecks)

public:
    static constexpr int MinimumBearerTokenLength = 24;

    // Everything that needs no vault passphrase. A "vault:NAME" secret counts as set; its length is
    // checked by checkResolved() once it has been read from the vault.
    static Result<void> checkConfiguration(const Config &config);

    // Replaces every reference in config by the secret from the vault in storage (unlocked with the
    // passphrase from reader, through SecretResolver); a missing secret or a wrong passphrase is a
    // configuration error.
    static Result<void> resolveVaultReferences(Config &config, Storage &storage,
                                               const PassphraseReader &reader);
    // The checks on values that may have come from the vault (bearer token length).
    static Result<void> checkResolved(const Config &config);

private:
    static Result<void> checkGatewayAuth(const Config &config);
    static Result<void> checkBearerToken(const Config &config, bool allowReference);
};

} // namespace blufio
