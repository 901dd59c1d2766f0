// Vault: encryption round trip, wrong passphrase, no plaintext on disk, masking, passphrase sources.
#include "StorageTestUtil.h"

#include "common/storage/SqliteStorage.h"
#include "common/vault/PassphraseReader.h"
#include "common/vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sodium.h>

#include <cstring>
#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

using namespace blufio;
using namespace blufio::test;

namespace {

// Cheapest Argon2id the library allows: the suite tests the vault's logic, not the KDF's cost.
Vault::KdfParams fastKdf()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

SecureBytes secret(const char *text)
{
    return SecureBytes(text, std::strlen(text));
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTrip();
    void defaultParametersWork();
    void wrongPassphrase();
    void lockedVaultRefuses();
    void missingVault();
    void plaintextNeverOnDisk();
    void ciphertextBoundToName();
    void removeAndList();
    void invalidNames();
    void mask_data();
    void mask();
    void maskedEntries();
    void passphraseFromEnvironment();
    void passphraseWithoutTerminal();
    void passphraseFromTerminalWithoutEcho();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("blufio.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
};

void TestVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<SqliteStorage>(dbPath());
    QVERIFY(m_storage->open().ok());
}

void TestVault::cleanup()
{
    m_storage.reset();
    m_dir.reset();
}

void TestVault::roundTrip()
{
    {
        Vault vault(*m_storage, fastKdf());
        QCOMPARE(vault.exists().value(), false);
        QVERIFY(vault.create(secret("correct horse")).ok());
        QVERIFY(vault.isUnlocked());
        QVERIFY(vault.set(QStringLiteral("providers.anthropic.api_key"), "sk-ant-123456789").ok());
        QVERIFY(vault.set(QStringLiteral("empty"), "").ok());
        QCOMPARE(vault.create(secret("again")).code(), ErrorCode::AlreadyExists);
    }
    // A fresh process: reopen the database and unlock with the passphrase.
    m_storage = std::make_unique<SqliteStorage>(dbPath());
    QVERIFY(m_storage->open().ok());
    Vault vault(*m_storage);
    QVERIFY(!vault.isUnlocked());
    auto unlocked = vault.unlock(secret("correct horse"));
    QVERIFY2(unlocked.ok(), qPrintable(unlocked.errorMessage()));
    auto value = vault.get(QStringLiteral("providers.anthropic.api_key"));
    QVERIFY(value.ok());
    QCOMPARE(value->view(), QByteArrayView("sk-ant-123456789"));
    QCOMPARE(vault.get(QStringLiteral("empty"))->size(), std::size_t(0));
    // Overwrite keeps one entry with the new value.
    QVERIFY(vault.set(QStringLiteral("providers.anthropic.api_key"), "sk-ant-NEW").ok());
    QCOMPARE(vault.get(QStringLiteral("providers.anthropic.api_key"))->view(), QByteArrayView("sk-ant-NEW"));
    QCOMPARE(vault.get(QStringLiteral("nope")).code(), ErrorCode::NotFound);
}

void TestVault::defaultParametersWork()
{
    const auto params = Vault::defaultKdfParams();
    QVERIFY(params.memLimit <= std::size_t(64) << 20); // must fit a 256 MiB unit with room to spare
    Vault vault(*m_storage);
    QVERIFY(vault.create(secret("pass")).ok());
    QVERIFY(vault.set(QStringLiteral("a"), "value").ok());
    vault.lock();
    QVERIFY(vault.unlock(secret("pass")).ok());
    QCOMPARE(vault.get(QStringLiteral("a"))->view(), QByteArrayView("value"));
}

void TestVault::wrongPassphrase()
{
    Vault vault(*m_storage, fastKdf());
    QVERIFY(vault.create(secret("right")).ok());
    QVERIFY(vault.set(QStringLiteral("a"), "value").ok());
    vault.lock();
    auto unlocked = vault.unlock(secret("wrong"));
    QVERIFY(!unlocked.ok());
    QCOMPARE(unlocked.code(), ErrorCode::WrongPassphrase);
    QVERIFY(!unlocked.errorMessage().isEmpty());
    QVERIFY(!vault.isUnlocked());
    QCOMPARE(vault.get(QStringLiteral("a")).code(), ErrorCode::VaultLocked);
    // Tampering with the stored parameters reads as a wrong passphrase, not as garbage.
    QVERIFY(m_storage->setVaultMeta({{QStringLiteral("opslimit"), QByteArrayLiteral("2")}}).ok());
    QCOMPARE(vault.unlock(secret("right")).code(), ErrorCode::WrongPassphrase);
}

void TestVault::lockedVaultRefuses()
{
    Vault vault(*m_storage, fastKdf());
    QVERIFY(vault.create(secret("p")).ok());
    vault.lock();
    QCOMPARE(vault.set(QStringLiteral("a"), "v").code(), ErrorCode::VaultLocked);
    QCOMPARE(vault.get(QStringLiteral("a")).code(), ErrorCode::VaultLocked);
}

void TestVault::missingVault()
{
    Vault vault(*m_storage, fastKdf());
    QCOMPARE(vault.unlock(secret("p")).code(), ErrorCode::VaultMissing);
    QVERIFY(vault.unlockOrCreate(secret("p")).ok());
    vault.lock();
    QVERIFY(vault.unlockOrCreate(secret("p")).ok());
    QCOMPARE(vault.create(SecureBytes()).code(), ErrorCode::AlreadyExists);
}

void TestVault::plaintextNeverOnDisk()
{
    const QByteArray plaintext("sk-live-PLAINTEXT-MUST-NOT-LEAK-0123456789");
    const QByteArray passphrase("passphrase-MUST-NOT-LEAK");
    {
        Vault vault(*m_storage, fastKdf());
        QVERIFY(vault.create(SecureBytes(passphrase.constData(), std::size_t(passphrase.size()))).ok());
        QVERIFY(vault.set(QStringLiteral("token"), plaintext).ok());
        // While open the newest pages live in the WAL: check it as well as the main file.
        const QByteArray wal = readAll(dbPath() + QStringLiteral("-wal"));
        QVERIFY(!wal.isEmpty());
        QVERIFY(!wal.contains(plaintext));
        QVERIFY(!wal.contains(passphrase));
        QVERIFY(!readAll(dbPath()).contains(plaintext));
    }
    m_storage->close(); // checkpoints into the main file
    const QByteArray file = readAll(dbPath());
    QVERIFY(file.size() > 0);
    QVERIFY(file.contains("token")); // the name is not secret; proves we read the right file
    QVERIFY(!file.contains(plaintext));
    QVERIFY(!file.contains(passphrase));
    QVERIFY(!readAll(dbPath() + QStringLiteral("-wal")).contains(plaintext));
}

void TestVault::ciphertextBoundToName()
{
    Vault vault(*m_storage, fastKdf());
    QVERIFY(vault.create(secret("p")).ok());
    QVERIFY(vault.set(QStringLiteral("a"), "secret-a").ok());
    auto record = m_storage->vaultEntry(QStringLiteral("a"));
    QVERIFY(record.ok() && record->has_value());
    // Someone with write access to the database copies a's ciphertext to another name.
    QVERIFY(m_storage->putVaultEntry(QStringLiteral("b"), (*record)->nonce, (*record)->ciphertext).ok());
    QCOMPARE(vault.get(QStringLiteral("b")).code(), ErrorCode::Corrupt);
    QByteArray flipped = (*record)->ciphertext;
    flipped[0] = char(flipped[0] ^ 1);
    QVERIFY(m_storage->putVaultEntry(QStringLiteral("a"), (*record)->nonce, flipped).ok());
    QCOMPARE(vault.get(QStringLiteral("a")).code(), ErrorCode::Corrupt);
}

void TestVault::removeAndList()
{
    Vault vault(*m_storage, fastKdf());
    QVERIFY(vault.create(secret("p")).ok());
    QVERIFY(vault.set(QStringLiteral("zeta"), "1").ok());
    QVERIFY(vault.set(QStringLiteral("alpha"), "2").ok());
    QCOMPARE(vault.list().value(), QStringList({QStringLiteral("alpha"), QStringLiteral("zeta")}));
    QVERIFY(vault.remove(QStringLiteral("zeta")).ok());
    QCOMPARE(vault.remove(QStringLiteral("zeta")).code(), ErrorCode::NotFound);
    QCOMPARE(vault.list().value(), QStringList {QStringLiteral("alpha")});
}

void TestVault::invalidNames()
{
    Vault vault(*m_storage, fastKdf());
    QVERIFY(vault.create(secret("p")).ok());
    QCOMPARE(vault.set(QString(), "v").code(), ErrorCode::InvalidArgument);
    QCOMPARE(vault.set(QStringLiteral("has space"), "v").code(), ErrorCode::InvalidArgument);
    QCOMPARE(vault.set(QString(129, u'a'), "v").code(), ErrorCode::InvalidArgument);
    QVERIFY(Vault::isValidName(QStringLiteral("gateway.bearer_token")));
}

void TestVault::mask_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("masked");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("****");
    QTest::newRow("short") << QByteArray("abc") << QStringLiteral("****");
    QTest::newRow("9 bytes") << QByteArray("123456789") << QStringLiteral("****");
    QTest::newRow("10 bytes") << QByteArray("1234567890") << QStringLiteral("1234...7890");
    QTest::newRow("long") << QByteArray("sk-ant-api03-abcdefghijklmnopWXYZ") << QStringLiteral("sk-a...WXYZ");
}

void TestVault::mask()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, masked);
    QCOMPARE(Vault::mask(value), masked);
}

void TestVault::maskedEntries()
{
    Vault vault(*m_storage, fastKdf());
    QVERIFY(vault.create(secret("p")).ok());
    QVERIFY(vault.set(QStringLiteral("long"), "sk-ant-0123456789-tail").ok());
    QVERIFY(vault.set(QStringLiteral("short"), "pin").ok());
    auto entries = vault.maskedEntries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).name, QStringLiteral("long"));
    QCOMPARE(entries->at(0).masked, QStringLiteral("sk-a...tail"));
    QCOMPARE(entries->at(1).masked, QStringLiteral("****"));
}

void TestVault::passphraseFromEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("BLUFIO_VAULT_KEY"), QStringLiteral("from-env"));
    auto read
        = PassphraseReader(env, QStringLiteral("/nonexistent/tty")).read(QStringLiteral("Passphrase: "));
    QVERIFY(read.ok());
    QCOMPARE(read->view(), QByteArrayView("from-env"));

    QProcessEnvironment empty;
    empty.insert(QStringLiteral("BLUFIO_VAULT_KEY"), QString());
    QCOMPARE(PassphraseReader(empty, QStringLiteral("/nonexistent/tty")).read(QString()).code(),
             ErrorCode::NoPassphrase);
}

void TestVault::passphraseWithoutTerminal()
{
    auto read = PassphraseReader(QProcessEnvironment(), QStringLiteral("/nonexistent/tty")).read(QString());
    QCOMPARE(read.code(), ErrorCode::NoPassphrase);
    QVERIFY2(read.errorMessage().contains(QStringLiteral("BLUFIO_VAULT_KEY")),
             qPrintable(read.errorMessage()));
    // A file that is not a terminal is no place to prompt either.
    auto notTty = PassphraseReader(QProcessEnvironment(), QStringLiteral("/dev/null")).read(QString());
    QCOMPARE(notTty.code(), ErrorCode::NoPassphrase);
}

void TestVault::passphraseFromTerminalWithoutEcho()
{
    // A pseudo-terminal stands in for the operator's terminal.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(::ptsname(master));

    Result<SecureBytes> result = Error {};
    std::thread reader([&] {
        result = PassphraseReader(QProcessEnvironment(), slave).read(QStringLiteral("Vault passphrase: "));
    });
    // Type only once echo is off, as a person would after the prompt.
    bool echoOff = false;
    for (int i = 0; i < 500 && !echoOff; ++i) {
        termios mode {};
        echoOff = ::tcgetattr(master, &mode) == 0 && !(mode.c_lflag & ECHO);
        if (!echoOff)
            QThread::msleep(10);
    }
    if (!echoOff) { // never leave a joinable thread behind a failed check
        [[maybe_unused]] const ssize_t n = ::write(master, "\n", 1);
        reader.join();
        ::close(master);
        QFAIL("the prompt never turned echo off");
    }
    QVERIFY(::write(master, "tty-secret\n", 11) == 11);
    reader.join();
    termios restored {};
    QVERIFY(::tcgetattr(master, &restored) == 0);
    QVERIFY(restored.c_lflag & ECHO); // the terminal is left as it was found
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->view(), QByteArrayView("tty-secret"));

    QByteArray screen;
    char buffer[256];
    ::fcntl(master, F_SETFL, O_NONBLOCK);
    for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;)
        screen.append(buffer, n);
    ::close(master);
    QVERIFY2(screen.contains("Vault passphrase: "), screen.constData());
    QVERIFY2(!screen.contains("tty-secret"), screen.constData());
}

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
