// SecretResolver: the "vault:NAME" syntax, and references resolved through a real vault in a real
// SQLite database, as the daemon, `config validate` and doctor use it.
#include "common/config/Config.h"
#include "common/config/ConfigSchema.h"
#include "common/config/StartupChecks.h"
#include "common/storage/SqliteStorage.h"
#include "common/vault/PassphraseReader.h"
#include "common/vault/SecretResolver.h"
#include "common/vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <cstring>
#include <memory>

using namespace blufio;

namespace {

const QString kToken = QStringLiteral("gateway.bearer_token");
const QString kApiKey = QStringLiteral("providers.anthropic.api_key");
const QString kOpenAiKey = QStringLiteral("providers.openai.api_key");

// Cheapest Argon2id the library allows; unlock() reads the parameters back from the vault.
Vault::KdfParams fastKdf()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

SecureBytes bytes(const char *text)
{
    return SecureBytes(text, std::strlen(text));
}

// BLUFIO_VAULT_KEY only; the terminal path does not exist, so nothing can ever prompt.
PassphraseReader reader(const QString &passphrase)
{
    QProcessEnvironment env;
    if (!passphrase.isNull())
        env.insert(PassphraseReader::environmentVariable(), passphrase);
    return PassphraseReader(env, QStringLiteral("/nonexistent/tty"));
}

void setFile(Config &config, const QString &key, const QString &value)
{
    config.set(key, ConfigEntry {value, ConfigSource::File, QStringLiteral("blufio.toml:3:1")});
}

} // namespace

class TestSecretResolver : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_storage = std::make_unique<SqliteStorage>(m_dir->filePath(QStringLiteral("blufio.db")));
        QVERIFY(m_storage->open().ok());
    }

    void cleanup()
    {
        m_storage.reset();
        m_dir.reset();
    }

    void syntax_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("reference");
        QTest::addColumn<QString>("name");
        QTest::newRow("reference") << "vault:gateway.bearer_token" << true << "gateway.bearer_token";
        QTest::newRow("literal") << "sk-literal-key" << false << "";
        QTest::newRow("case matters") << "Vault:x" << false << "";
        QTest::newRow("prefix inside") << "x-vault:y" << false << "";
        // Still a reference, so never used (or sent upstream) literally; checkReferences refuses it.
        QTest::newRow("no name") << "vault:" << true << "";
        QTest::newRow("empty") << "" << false << "";
    }

    void syntax()
    {
        QFETCH(QString, value);
        QFETCH(bool, reference);
        QFETCH(QString, name);
        QCOMPARE(SecretResolver::isReference(value), reference);
        QCOMPARE(SecretResolver::referencedName(value), name);
        if (reference)
            QCOMPARE(SecretResolver::referenceTo(name), value);
    }

    void referencesAreSecretKeysInSchemaOrder()
    {
        Config config;
        setFile(config, kOpenAiKey, QStringLiteral("vault:openai"));
        setFile(config, kToken, QStringLiteral("vault:token"));
        setFile(config, kApiKey, QStringLiteral("sk-literal"));
        // Not a secret key: a value that happens to look like a reference is just a value.
        setFile(config, QStringLiteral("agent.system_prompt"), QStringLiteral("vault:prompt"));
        QStringList expected;
        for (const ConfigKey &key : configSchema()) {
            if (key.key == kToken || key.key == kOpenAiKey)
                expected.append(key.key);
        }
        QCOMPARE(SecretResolver::references(config), expected);
    }

    void badReferenceNamesAreConfigErrors_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("no name") << "vault:";
        QTest::newRow("space") << "vault:bad name";
        QTest::newRow("too long") << QStringLiteral("vault:") + QString(129, u'a');
    }

    void badReferenceNamesAreConfigErrors()
    {
        QFETCH(QString, value);
        Config config;
        setFile(config, kToken, value);
        const Result<void> checked = SecretResolver::checkReferences(config);
        QVERIFY(!checked);
        QCOMPARE(checked.code(), ErrorCode::Config);
        QVERIFY2(checked.errorMessage().startsWith(kToken + u':'), qPrintable(checked.errorMessage()));
        // resolveAll() refuses it the same way, before asking for any passphrase.
        SecretResolver resolver(*m_storage, reader(QString()));
        const Result<void> resolved = resolver.resolveAll(config);
        QCOMPARE(resolved.code(), ErrorCode::Config);
        QCOMPARE(resolved.errorMessage(), checked.errorMessage());
    }

    // blufiod and `config validate` refuse it before anything opens the vault (exit 78), where a
    // bare "vault:" used to pass for a six-character literal token.
    void startupChecksRefuseBadReferences()
    {
        Config config;
        setFile(config, kToken, QStringLiteral("vault:"));
        const Result<void> checked = StartupChecks::checkConfiguration(config);
        QCOMPARE(checked.code(), ErrorCode::Config);
        QVERIFY2(checked.errorMessage().contains(QStringLiteral("does not name a vault secret")),
                 qPrintable(checked.errorMessage()));
        setFile(config, kToken, QStringLiteral("vault:token"));
        QVERIFY2(StartupChecks::checkConfiguration(config), "a valid reference counts as a token");
    }

    void literalNeedsNoVault()
    {
        // No vault, no passphrase: a literal resolves to itself.
        SecretResolver resolver(*m_storage, reader(QString()));
        const Result<SecureBytes> literal = resolver.resolve(QStringLiteral("sk-literal-ünïcode"));
        QVERIFY2(literal, qPrintable(literal.errorMessage()));
        QCOMPARE(literal->view(), QByteArrayView(QStringLiteral("sk-literal-ünïcode").toUtf8()));
        Config config;
        setFile(config, kToken, QStringLiteral("a-literal-token-of-24-characters"));
        QVERIFY(resolver.resolveAll(config));
        QCOMPARE(config.value(kToken).toString(), QStringLiteral("a-literal-token-of-24-characters"));
    }

    void resolvesEveryReference()
    {
        createVault("pass phrase",
                    {{"token", "a-token-from-the-vault-0123456789"}, {"anthropic", "sk-ant-vault"}});
        Config config;
        setFile(config, kToken, QStringLiteral("vault:token"));
        setFile(config, kApiKey, QStringLiteral("vault:anthropic"));
        setFile(config, kOpenAiKey, QStringLiteral("sk-openai-literal"));
        SecretResolver resolver(*m_storage, reader(QStringLiteral("pass phrase")));
        const Result<void> resolved = resolver.resolveAll(config);
        QVERIFY2(resolved, qPrintable(resolved.errorMessage()));
        QCOMPARE(config.value(kToken).toString(), QStringLiteral("a-token-from-the-vault-0123456789"));
        // The typed view is rebuilt after set(): the daemon reads the resolved token there.
        QCOMPARE(config.settings().gateway.bearerToken, QStringLiteral("a-token-from-the-vault-0123456789"));
        QCOMPARE(config.value(kApiKey).toString(), QStringLiteral("sk-ant-vault"));
        QCOMPARE(config.value(kOpenAiKey).toString(), QStringLiteral("sk-openai-literal"));
        // Where a value came from stays visible (config get, logs), never the value itself.
        QCOMPARE(config.entry(kToken).origin, QStringLiteral("blufio.toml:3:1 (vault:token)"));
        QCOMPARE(config.entry(kOpenAiKey).origin, QStringLiteral("blufio.toml:3:1"));
        QVERIFY(SecretResolver::references(config).isEmpty());
        // One value at a time, as doctor asks for the provider's key.
        const Result<SecureBytes> one = resolver.resolve(QStringLiteral("vault:anthropic"));
        QVERIFY2(one, qPrintable(one.errorMessage()));
        QCOMPARE(one->view(), QByteArrayView("sk-ant-vault"));
    }

    void missingSecretNamesKeyAndRemedy()
    {
        createVault("pass phrase", {{"token", "a-token-from-the-vault-0123456789"}});
        Config config;
        setFile(config, kApiKey, QStringLiteral("vault:nope"));
        SecretResolver resolver(*m_storage, reader(QStringLiteral("pass phrase")));
        QCOMPARE(resolver.resolve(QStringLiteral("vault:nope")).code(), ErrorCode::NotFound);
        const Result<void> resolved = resolver.resolveAll(config);
        QCOMPARE(resolved.code(), ErrorCode::Config);
        QCOMPARE(resolved.errorMessage(),
                 QStringLiteral(
                     "%1: the vault has no secret named 'nope' (add it with `blufio config set-secret nope`)")
                     .arg(kApiKey));
        QCOMPARE(config.value(kApiKey).toString(), QStringLiteral("vault:nope")); // left as it was
    }

    void vaultProblemsAreConfigErrors_data()
    {
        QTest::addColumn<bool>("createFirst");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<ErrorCode>("cause");
        QTest::newRow("wrong passphrase") << true << "not it" << ErrorCode::WrongPassphrase;
        QTest::newRow("no passphrase") << true << QString() << ErrorCode::NoPassphrase;
        QTest::newRow("no vault") << false << "pass phrase" << ErrorCode::VaultMissing;
    }

    void vaultProblemsAreConfigErrors()
    {
        QFETCH(bool, createFirst);
        QFETCH(QString, passphrase);
        QFETCH(ErrorCode, cause);
        if (createFirst)
            createVault("pass phrase", {{"token", "a-token-from-the-vault-0123456789"}});
        Config config;
        setFile(config, kToken, QStringLiteral("vault:token"));
        {
            // resolve() says what the vault said ...
            SecretResolver resolver(*m_storage, reader(passphrase));
            QCOMPARE(resolver.resolve(QStringLiteral("vault:token")).code(), cause);
        }
        // ... resolveAll() that the configuration points at something it cannot have (exit 78).
        SecretResolver resolver(*m_storage, reader(passphrase));
        const Result<void> resolved = resolver.resolveAll(config);
        QCOMPARE(resolved.code(), ErrorCode::Config);
        QVERIFY2(resolved.errorMessage().startsWith(kToken + QStringLiteral(" refers to the vault: ")),
                 qPrintable(resolved.errorMessage()));
        QCOMPARE(config.value(kToken).toString(), QStringLiteral("vault:token"));
    }

private:
    void createVault(const char *passphrase, const QList<std::pair<const char *, const char *>> &secrets)
    {
        Vault vault(*m_storage, fastKdf());
        QVERIFY(vault.create(bytes(passphrase)).ok());
        for (const auto &[name, value] : secrets)
            QVERIFY(vault.set(QString::fromLatin1(name), value).ok());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
};

QTEST_GUILESS_MAIN(TestSecretResolver)
#include "tst_secretresolver.moc"
