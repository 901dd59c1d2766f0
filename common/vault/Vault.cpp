#include "Vault.h"

#include "common/storage/Storage.h"

#include <QHash>
#include <QRegularExpression>

#include <sodium.h>

namespace blufio {

namespace {

// vault_meta keys.
const QString MetaVersion = QStringLiteral("version");
const QString MetaKdf = QStringLiteral("kdf");
const QString MetaSalt = QStringLiteral("salt");
const QString MetaOpsLimit = QStringLiteral("opslimit");
const QString MetaMemLimit = QStringLiteral("memlimit");
const QString MetaKeyNonce = QStringLiteral("key_nonce");
const QString MetaWrappedKey = QStringLiteral("wrapped_key");

const QByteArray KdfName("argon2id13");
constexpr std::size_t MasterKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::size_t NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
// Bounds on what a database may ask unlock() to spend: a tampered vault_meta must not make the daemon
// allocate gigabytes or spin for minutes before the wrong-passphrase answer.
constexpr unsigned long long MaxOpsLimit = 16;
constexpr std::size_t MaxMemLimit = std::size_t(1) << 30;

QByteArray randomBytes(std::size_t size)
{
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

// What the key wrap authenticates besides the key: the KDF and its inputs.
QByteArray wrapAssociatedData(const QByteArray &salt, unsigned long long ops, std::size_t mem)
{
    return "blufio-vault-v1|" + KdfName + '|' + QByteArray::number(ops) + '|'
        + QByteArray::number(quint64(mem)) + '|' + salt;
}

QByteArray secretAssociatedData(const QString &name)
{
    return QByteArray("blufio-secret-v1", 17) + name.toUtf8(); // includes the NUL as a separator
}

} // namespace

Vault::KdfParams Vault::defaultKdfParams()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

Vault::Vault(Storage &storage, KdfParams kdf) : m_storage(storage), m_kdf(kdf)
{
    // Idempotent and thread-safe; a failure would make every later call fail with Crypto.
    [[maybe_unused]] const int initialised = sodium_init();
}

Vault::~Vault() = default;

void Vault::lock()
{
    m_masterKey.clear();
}

Result<bool> Vault::exists() const
{
    auto wrapped = m_storage.vaultMeta(MetaWrappedKey);
    if (!wrapped)
        return wrapped.error();
    return wrapped->has_value();
}

Result<void> Vault::create(const SecureBytes &passphrase)
{
    if (sodium_init() < 0)
        return Result<void>::failure(ErrorCode::Crypto, tr("The cryptography library failed to start."));
    auto present = exists();
    if (!present)
        return present.error();
    if (*present)
        return Result<void>::failure(ErrorCode::AlreadyExists,
                                     tr("A vault already exists in this database."));
    if (passphrase.isEmpty())
        return Result<void>::failure(ErrorCode::InvalidArgument,
                                     tr("The vault passphrase must not be empty."));

    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    SecureBytes kek(MasterKeyBytes);
    if (crypto_pwhash(kek.data(), kek.size(), passphrase.constData(), passphrase.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), m_kdf.opsLimit,
                      m_kdf.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Result<void>::failure(
            ErrorCode::Crypto,
            tr("Deriving the vault key failed (not enough memory for %1 MiB?).").arg(m_kdf.memLimit >> 20));
    }
    SecureBytes master(MasterKeyBytes);
    crypto_aead_xchacha20poly1305_ietf_keygen(master.data());
    const QByteArray nonce = randomBytes(NonceBytes);
    const QByteArray ad = wrapAssociatedData(salt, m_kdf.opsLimit, m_kdf.memLimit);
    QByteArray wrapped(qsizetype(MasterKeyBytes + TagBytes), Qt::Uninitialized);
    unsigned long long wrappedSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(wrapped.data()), &wrappedSize, master.data(), master.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), std::size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), kek.data());

    const QHash<QString, QByteArray> meta {
        {MetaVersion, QByteArrayLiteral("1")},
        {MetaKdf, KdfName},
        {MetaSalt, salt},
        {MetaOpsLimit, QByteArray::number(m_kdf.opsLimit)},
        {MetaMemLimit, QByteArray::number(quint64(m_kdf.memLimit))},
        {MetaKeyNonce, nonce},
        {MetaWrappedKey, wrapped.left(qsizetype(wrappedSize))},
    };
    if (auto stored = m_storage.setVaultMeta(meta); !stored)
        return stored;
    m_masterKey = std::move(master);
    return {};
}

Result<void> Vault::unlock(const SecureBytes &passphrase)
{
    if (sodium_init() < 0)
        return Result<void>::failure(ErrorCode::Crypto, tr("The cryptography library failed to start."));
    lock();
    QHash<QString, QByteArray> meta;
    for (const QString &key : {MetaKdf, MetaSalt, MetaOpsLimit, MetaMemLimit, MetaKeyNonce, MetaWrappedKey}) {
        auto value = m_storage.vaultMeta(key);
        if (!value)
            return value.error();
        if (!value->has_value()) {
            if (key == MetaWrappedKey || key == MetaKdf)
                return Result<void>::failure(ErrorCode::VaultMissing,
                                             tr("There is no vault yet; set a secret to create one."));
            return Result<void>::failure(ErrorCode::Corrupt,
                                         tr("The vault is damaged: its \"%1\" record is missing.").arg(key));
        }
        meta.insert(key, **value);
    }
    bool opsOk = false;
    bool memOk = false;
    const unsigned long long ops = meta.value(MetaOpsLimit).toULongLong(&opsOk);
    const std::size_t mem = std::size_t(meta.value(MetaMemLimit).toULongLong(&memOk));
    const QByteArray salt = meta.value(MetaSalt);
    const QByteArray nonce = meta.value(MetaKeyNonce);
    const QByteArray wrapped = meta.value(MetaWrappedKey);
    if (meta.value(MetaKdf) != KdfName || !opsOk || !memOk || ops < crypto_pwhash_OPSLIMIT_MIN
        || ops > MaxOpsLimit || mem < crypto_pwhash_MEMLIMIT_MIN || mem > MaxMemLimit
        || salt.size() != qsizetype(crypto_pwhash_SALTBYTES) || nonce.size() != qsizetype(NonceBytes)
        || wrapped.size() != qsizetype(MasterKeyBytes) + qsizetype(TagBytes)) {
        return Result<void>::failure(ErrorCode::Corrupt,
                                     tr("The vault is damaged: its key parameters are not valid."));
    }

    SecureBytes kek(MasterKeyBytes);
    if (crypto_pwhash(kek.data(), kek.size(), passphrase.constData(), passphrase.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Result<void>::failure(
            ErrorCode::Crypto,
            tr("Deriving the vault key failed (not enough memory for %1 MiB?).").arg(mem >> 20));
    }
    const QByteArray ad = wrapAssociatedData(salt, ops, mem);
    SecureBytes master(MasterKeyBytes);
    unsigned long long masterSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            master.data(), &masterSize, nullptr, reinterpret_cast<const unsigned char *>(wrapped.constData()),
            std::size_t(wrapped.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
            std::size_t(ad.size()), reinterpret_cast<const unsigned char *>(nonce.constData()), kek.data())
            != 0
        || masterSize != MasterKeyBytes) {
        return Result<void>::failure(ErrorCode::WrongPassphrase,
                                     tr("The vault passphrase is wrong (or the vault was tampered with)."));
    }
    m_masterKey = std::move(master);
    return {};
}

Result<void> Vault::unlockOrCreate(const SecureBytes &passphrase)
{
    auto present = exists();
    if (!present)
        return present.error();
    return *present ? unlock(passphrase) : create(passphrase);
}

Result<void> Vault::requireUnlocked() const
{
    if (isUnlocked())
        return {};
    return Result<void>::failure(ErrorCode::VaultLocked,
                                 tr("The vault is locked; unlock it with its passphrase."));
}

bool Vault::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    return pattern.match(name).hasMatch();
}

Result<void> Vault::set(const QString &name, QByteArrayView value)
{
    if (auto unlocked = requireUnlocked(); !unlocked)
        return unlocked;
    if (!isValidName(name)) {
        return Result<void>::failure(
            ErrorCode::InvalidArgument,
            tr("\"%1\" is not a valid secret name (use letters, digits, '.', '_', '-').").arg(name));
    }
    const QByteArray nonce = randomBytes(NonceBytes);
    const QByteArray ad = secretAssociatedData(name);
    QByteArray ciphertext(value.size() + qsizetype(TagBytes), Qt::Uninitialized);
    unsigned long long size = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(ciphertext.data()), &size,
        reinterpret_cast<const unsigned char *>(value.data()), std::size_t(value.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), std::size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), m_masterKey.data());
    ciphertext.truncate(qsizetype(size));
    return m_storage.putVaultEntry(name, nonce, ciphertext);
}

Result<SecureBytes> Vault::get(const QString &name) const
{
    if (auto unlocked = requireUnlocked(); !unlocked)
        return unlocked.error();
    auto record = m_storage.vaultEntry(name);
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error {ErrorCode::NotFound, tr("The vault has no secret named \"%1\".").arg(name)};
    const VaultRecord &entry = **record;
    if (entry.nonce.size() != qsizetype(NonceBytes) || entry.ciphertext.size() < qsizetype(TagBytes))
        return Error {ErrorCode::Corrupt, tr("The secret \"%1\" is damaged.").arg(name)};
    const QByteArray ad = secretAssociatedData(name);
    SecureBytes plain(std::size_t(entry.ciphertext.size()) - TagBytes);
    unsigned long long size = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &size, nullptr,
            reinterpret_cast<const unsigned char *>(entry.ciphertext.constData()),
            std::size_t(entry.ciphertext.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
            std::size_t(ad.size()), reinterpret_cast<const unsigned char *>(entry.nonce.constData()),
            m_masterKey.data())
        != 0) {
        return Error {
            ErrorCode::Corrupt,
            tr("The secret \"%1\" cannot be decrypted: it was damaged or tampered with.").arg(name)};
    }
    return plain;
}

Result<void> Vault::remove(const QString &name)
{
    auto removed = m_storage.removeVaultEntry(name);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Result<void>::failure(ErrorCode::NotFound,
                                     tr("The vault has no secret named \"%1\".").arg(name));
    return {};
}

Result<QStringList> Vault::list() const
{
    return m_storage.vaultEntryNames();
}

Result<QList<MaskedSecret>> Vault::maskedEntries() const
{
    auto names = list();
    if (!names)
        return names.error();
    QList<MaskedSecret> entries;
    for (const QString &name : *names) {
        auto value = get(name);
        if (!value)
            return value.error();
        entries.append({name, mask(value->view())});
    }
    return entries;
}

QString Vault::mask(QByteArrayView value)
{
    if (value.size() < 10)
        return QStringLiteral("****");
    return QString::fromUtf8(value.first(4)) + QStringLiteral("...") + QString::fromUtf8(value.last(4));
}

} // namespace blufio
