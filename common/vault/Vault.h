#pragma once

#include "SecureBytes.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace blufio {

class Storage;

struct MaskedSecret
{
    QString name;
    QString masked; // Vault::mask() of the value
};

// Encrypted secrets in the database. A random 32-byte master key encrypts every secret with
// XChaCha20-Poly1305 (its own random nonce each, the secret's name as associated data so a ciphertext
// cannot be moved to another name). The master key itself is stored wrapped with XChaCha20-Poly1305
// under a key derived from the passphrase with Argon2id; salt and parameters live in vault_meta and are
// bound into the wrap as associated data, so tampering with them reads as a wrong passphrase.
// Changing the passphrase later only re-wraps the master key.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    struct KdfParams
    {
        unsigned long long opsLimit = 0;
        std::size_t memLimit = 0;
    };
    // Argon2id with opslimit 3 (libsodium's MODERATE) and 64 MiB (its INTERACTIVE memory). MODERATE's
    // 256 MiB would exceed the unit's MemoryMax=256M and a 1 GB VPS's comfort; three passes over 64 MiB
    // cost an attacker more than INTERACTIVE's two while unlocking stays well under a second.
    static KdfParams defaultKdfParams();

    // kdf is used by create() only; unlock() reads the parameters the vault was created with.
    explicit Vault(Storage &storage, KdfParams kdf = defaultKdfParams());
    ~Vault(); // wipes the master key
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    Result<bool> exists() const;
    // A new vault, unlocked; AlreadyExists when this database has one.
    Result<void> create(const SecureBytes &passphrase);
    // WrongPassphrase when the passphrase does not open the vault (never garbage); VaultMissing when
    // there is no vault yet.
    Result<void> unlock(const SecureBytes &passphrase);
    // unlock(), creating the vault first when there is none (what `config set-secret` wants).
    Result<void> unlockOrCreate(const SecureBytes &passphrase);
    void lock();
    bool isUnlocked() const { return !m_masterKey.isEmpty(); }

    // Names are 1-128 characters of [A-Za-z0-9._-] (e.g. "gateway.bearer_token").
    static bool isValidName(const QString &name);
    Result<void> set(const QString &name, QByteArrayView value);
    Result<SecureBytes> get(const QString &name) const; // NotFound when there is no such secret
    Result<void> remove(const QString &name); // NotFound when there is no such secret
    Result<QStringList> list() const; // names, sorted; works while locked
    Result<QList<MaskedSecret>> maskedEntries() const; // for `config list-secrets`

    // A config value written "vault:NAME" names a secret; returns NAME, or an empty string when the
    // value is not such a reference (then it is used literally).
    static QString referencedName(const QString &configValue);

    // README.md "Secrets, backup and restore": values under 10 bytes are "****", else "first4...last4".
    static QString mask(QByteArrayView value);

private:
    Result<void> requireUnlocked() const;

    Storage &m_storage;
    KdfParams m_kdf;
    SecureBytes m_masterKey;
};

} // namespace blufio
