#pragma once

#include "PassphraseReader.h"
#include "SecureBytes.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace blufio {

class Config;
class Storage;
class Vault;

// The one place that knows how a configuration value refers to a vault secret ("vault:NAME") and
// how such a reference becomes the secret. A value that starts with the prefix is a reference
// whatever follows it, so it is never used (or sent upstream) as a literal; a reference that names
// no valid secret is a configuration error.
//
// Resolving opens nothing until a reference needs it: the vault is unlocked once, with the
// passphrase from the reader, on the first reference resolved.
class SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(SecretResolver)

public:
    static bool isReference(const QString &value);
    // NAME of "vault:NAME"; empty when value is not a reference (then it is used literally).
    static QString referencedName(const QString &value);
    // "vault:NAME", as an operator writes it in the configuration.
    static QString referenceTo(const QString &name);
    // The secret keys (schema order) whose value in config is a reference.
    static QStringList references(const Config &config);
    // Every reference in config names a valid secret; ErrorCode::Config naming the key otherwise.
    static Result<void> checkReferences(const Config &config);

    SecretResolver(Storage &storage, PassphraseReader reader);
    ~SecretResolver(); // locks the vault again
    SecretResolver(const SecretResolver &) = delete;
    SecretResolver &operator=(const SecretResolver &) = delete;

    // A literal value's own bytes, or the secret a reference names. Errors are the vault's own
    // (NoPassphrase, WrongPassphrase, VaultMissing, NotFound, ...).
    Result<SecureBytes> resolve(const QString &value);
    // Replaces every reference in config by its secret (the entry's origin gains " (vault:NAME)").
    // A missing secret, a wrong or absent passphrase is ErrorCode::Config naming the key: the
    // configuration points at something that is not there.
    Result<void> resolveAll(Config &config);

private:
    Result<void> unlock();

    Storage &m_storage;
    PassphraseReader m_reader;
    std::unique_ptr<Vault> m_vault;
};

} // namespace blufio
