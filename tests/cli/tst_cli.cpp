#include "BuildInfo.h"
#include "cli/Command.h"
#include "metrics/TestCertificates.h"
#include "support/TestSupport.h"

#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace blufio;
using namespace blufio::test;

namespace {
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// In process, with captured streams.
CliRun runInProcess(const QStringList &args, const QProcessEnvironment &env = {})
{
    QString out, err, in;
    QTextStream o(&out), e(&err), i(&in);
    cli::CommandContext ctx {o, e, i, env};
    CliRun r;
    r.code = cli::run(QStringList {QStringLiteral("blufio")} + args, ctx);
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    return r;
}

// The real binary, for exit codes and what a shell sees.
CliRun runBinary(const QStringList &args,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binPath(QStringLiteral("blufio")), args);
    p.waitForFinished(20000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    // One daemon for all rows of outputIsTranslated; reaped when the test case ends.
    std::unique_ptr<DaemonProcess> m_translatedDaemon;

private slots:
    void cleanupTestCase() { m_translatedDaemon.reset(); }

    void unknownCommandSuggests()
    {
        const CliRun r = runInProcess({QStringLiteral("stauts")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Did you mean 'status'?")), qPrintable(r.err));
        QCOMPARE(runInProcess({QStringLiteral("status"), QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(runInProcess({}).code, 2);
    }

    void helpListsCommandsWithExamples()
    {
        const CliRun all = runInProcess({QStringLiteral("--help")});
        QCOMPARE(all.code, 0);
        for (const char *c : {"serve", "status", "healthcheck", "config"})
            QVERIFY2(all.out.contains(QLatin1String(c)), c);
        const CliRun one = runInProcess({QStringLiteral("status"), QStringLiteral("--help")});
        QCOMPARE(one.code, 0);
        QVERIFY(one.out.contains(QStringLiteral("--json")));
        QVERIFY(one.out.contains(QStringLiteral("Example:")));
        QCOMPARE(runBinary({QStringLiteral("--version")}).out.trimmed(),
                 QStringLiteral("blufio " BLUFIO_VERSION " (" BLUFIO_GIT_COMMIT ")"));
    }

    void configGetNamesTheSource()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("b.toml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[daemon]\nhealth_port = 4567\n");
        f.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("BLUFIO_CONFIG"), f.fileName());
        env.insert(QStringLiteral("BLUFIO_DAEMON_MEMORY_WARN_MB"), QStringLiteral("99"));

        CliRun r = runInProcess(
            {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("daemon.health_port")}, env);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("daemon.health_port = 4567  (file %1:2:1)").arg(f.fileName()));
        r = runInProcess(
            {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("daemon.memory_warn_mb")}, env);
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("daemon.memory_warn_mb = 99  (env BLUFIO_DAEMON_MEMORY_WARN_MB)"));
        r = runInProcess(
            {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("daemon.max_connections")}, env);
        QCOMPARE(r.out.trimmed(), QStringLiteral("daemon.max_connections = 256  (default)"));
        r = runInProcess({QStringLiteral("config"), QStringLiteral("get"),
                          QStringLiteral("daemon.max_connections"), QStringLiteral("--value-only")},
                         env);
        QCOMPARE(r.out.trimmed(), QStringLiteral("256"));
        QCOMPARE(
            runInProcess({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("no.such")}, env)
                .code,
            2);
        r = runInProcess({QStringLiteral("config"), QStringLiteral("path")}, env);
        QCOMPARE(r.out.trimmed(), f.fileName());
    }

    void configGetMasksSecrets()
    {
        // A home of its own: a stray blufio.toml below the shared temp directory must not count.
        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"),
                   QStringLiteral("very-secret-value-0123456789"));
        const CliRun r = runInProcess(
            {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("gateway.bearer_token")}, env);
        QVERIFY(!r.out.contains(QStringLiteral("very-secret-value-0123456789")));
        QVERIFY(r.out.contains(QStringLiteral("****")));
    }

    void configSet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blufio.toml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# mine\n[daemon]\nhealth_port = 4000 # keep this comment\n");
        f.close();
        CliRun r
            = runBinary({QStringLiteral("--config"), path, QStringLiteral("config"), QStringLiteral("set"),
                         QStringLiteral("daemon.health_port"), QStringLiteral("4100")});
        QCOMPARE(r.code, 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("# mine\n[daemon]\nhealth_port = 4100 # keep this comment\n"));
        f.close();
        r = runBinary({QStringLiteral("--config"), path, QStringLiteral("config"), QStringLiteral("set"),
                       QStringLiteral("daemon.memory_warn_mb"), QStringLiteral("900")});
        QCOMPARE(r.code, 78); // above memory_limit_mb: refused, file unchanged
        QVERIFY2(r.err.contains(QStringLiteral("must be below")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("900"));
        QCOMPARE(runBinary({QStringLiteral("--config"), path, QStringLiteral("config"), QStringLiteral("set"),
                            QStringLiteral("no.such"), QStringLiteral("1")})
                     .code,
                 2);
    }

    void configValidate()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.toml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[daemon]\nhealth_port = 70000\n");
        bad.close();
        CliRun r = runBinary({QStringLiteral("config"), QStringLiteral("validate"), bad.fileName()});
        QCOMPARE(r.code, 78);
        QVERIFY2(r.err.contains(bad.fileName() + QStringLiteral(":2:1"))
                     && r.err.contains(QStringLiteral("daemon.health_port")),
                 qPrintable(r.err));
        QFile good(dir.filePath(QStringLiteral("good.toml")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("[daemon]\nhealth_port = 7000\n[gateway]\nbearer_token = \"a-token-of-24-characters\"\n");
        good.close();
        r = runBinary({QStringLiteral("config"), QStringLiteral("validate"), good.fileName()});
        QCOMPARE(r.code, 0);
    }

    // blufiod's pre-listen checks through `config validate`: the same verdict and the same message as
    // the real blufiod started on the same file.
    void configValidateRunsStartupChecks_data()
    {
        QTest::addColumn<QByteArray>("toml"); // after [daemon] data_dir; CERTS is the certificates' directory
        QTest::addColumn<QString>("expected");
        const QByteArray token = "[gateway]\nbearer_token = \"a-token-of-24-characters\"\n";
        const QByteArray metrics
            = "[metrics]\nlisten = \"127.0.0.1:19464\"\n"; // refused before it would listen
        QTest::newRow("empty file, gateway on") << QByteArray() << QStringLiteral("no way to authenticate");
        QTest::newRow("short bearer token")
            << QByteArray("[gateway]\nbearer_token = \"only-23-characters-long\"\n")
            << QStringLiteral("gateway.bearer_token: 23 characters is too short");
        QTest::newRow("bad device key")
            << QByteArray("[gateway]\ndevice_keys = [\"bm90IGEga2V5\"]\n")
            << QStringLiteral("gateway.device_keys: 'bm90IGEga2V5' is not a base64 Ed25519");
        QTest::newRow("bad price") << token + "[agent]\nprices = [\"claude-x=abc\"]\n"
                                   << QStringLiteral("agent.prices: 'claude-x=abc'");
        QTest::newRow("bad bind") << QByteArray("[daemon]\n") + token << QStringLiteral("daemon.bind");
        QTest::newRow("TLS key missing")
            << token + metrics + "tls_cert = \"CERTS/server.crt\"\ntls_key = \"CERTS/absent.key\"\n"
            << QStringLiteral("metrics.tls_key: CERTS/absent.key: no such file");
        QTest::newRow("TLS key unreadable (a directory)")
            << token + metrics + "tls_cert = \"CERTS/server.crt\"\ntls_key = \"CERTS\"\n"
            << QStringLiteral("metrics.tls_key: CERTS: not a regular file");
        QTest::newRow("TLS key readable by others")
            << token + metrics + "tls_cert = \"CERTS/server.crt\"\ntls_key = \"CERTS/open.key\"\n"
            << QStringLiteral("readable by group or others");
        QTest::newRow("TLS key of another certificate")
            << token + metrics + "tls_cert = \"CERTS/server.crt\"\ntls_key = \"CERTS/other.key\"\n"
            << QStringLiteral("does not match the certificate");
    }

    void configValidateRunsStartupChecks()
    {
        QFETCH(QByteArray, toml);
        QFETCH(QString, expected);
        TestCertificates certs;
        QVERIFY2(certs.generate(), qPrintable(certs.error()));
        QVERIFY2(certs.issueServer(QStringLiteral("other"), QStringLiteral("localhost")),
                 qPrintable(certs.error()));
        QVERIFY(
            QFile::copy(certs.path(QStringLiteral("server.key")), certs.path(QStringLiteral("open.key"))));
        QVERIFY(::chmod(QFile::encodeName(certs.path(QStringLiteral("open.key"))).constData(), 0644) == 0);
        expected.replace(QStringLiteral("CERTS"), certs.dir());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blufio.toml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text = "[daemon]\ndata_dir = \"" + dir.filePath(QStringLiteral("data")).toUtf8() + "\"\n";
        if (toml.startsWith("[daemon]\n")) // the bad-bind row
            text += "bind = \"not-an-address\"\n" + toml.mid(9);
        else
            text += toml;
        f.write(text.replace("CERTS", certs.dir().toUtf8()));
        f.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        for (const QString &name : env.keys()) {
            if (name.startsWith(QStringLiteral("BLUFIO_")))
                env.remove(name);
        }
        env = withLeftoverMarkers(env);
        const CliRun validate = runBinary({QStringLiteral("config"), QStringLiteral("validate"), path}, env);
        QCOMPARE(validate.code, 78);
        QVERIFY2(validate.err.contains(expected), qPrintable(validate.err));
        const QString message = validate.err.trimmed();
        QVERIFY(!message.contains(u'\n'));

        QProcess daemon;
        daemon.setProcessEnvironment(env);
        daemon.start(binPath(QStringLiteral("blufiod")), {QStringLiteral("--config"), path});
        QVERIFY(daemon.waitForFinished(20000));
        QCOMPARE(daemon.exitCode(), 78);
        const QString daemonErr = QString::fromUtf8(daemon.readAllStandardError());
        QVERIFY2(
            daemonErr.contains(QStringLiteral("blufiod: ") + message + u'\n'),
            qPrintable(QStringLiteral("validate: ") + message + QStringLiteral("\nblufiod: ") + daemonErr));
        // Refused before anything was created.
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("data"))));
        // doctor's config check says the same.
        const CliRun doctor = runInProcess(
            {QStringLiteral("--config"), path, QStringLiteral("doctor"), QStringLiteral("--json")}, env);
        QVERIFY2(doctor.out.contains(QString(message).replace(u'"', QStringLiteral("\\\""))),
                 qPrintable(doctor.out));
        QCOMPARE(doctor.code, 1);
    }

    void configValidateResolvesVaultReferences()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blufio.toml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[daemon]\ndata_dir = \"" + dir.filePath(QStringLiteral("data")).toUtf8()
                + "\"\n[gateway]\nbearer_token = \"vault:gateway.bearer_token\"\n");
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        for (const QString &name : env.keys()) {
            if (name.startsWith(QStringLiteral("BLUFIO_")))
                env.remove(name);
        }
        env = withLeftoverMarkers(env);
        // Without the passphrase the reference counts as credentials and is left unchecked, saying so.
        CliRun r = runBinary({QStringLiteral("config"), QStringLiteral("validate"), path}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("gateway.bearer_token"))
                     && r.err.contains(QStringLiteral("BLUFIO_VAULT_KEY")),
                 qPrintable(r.err));

        env.insert(QStringLiteral("BLUFIO_VAULT_KEY"), QStringLiteral("a vault passphrase for the test"));
        // With it, a missing database or secret is the daemon's own error...
        r = runBinary({QStringLiteral("config"), QStringLiteral("validate"), path}, env);
        QCOMPARE(r.code, 78);
        QProcess set;
        set.setProcessEnvironment(env);
        set.start(binPath(QStringLiteral("blufio")),
                  {QStringLiteral("--config"), path, QStringLiteral("config"), QStringLiteral("set-secret"),
                   QStringLiteral("gateway.bearer_token")});
        QVERIFY(set.waitForStarted());
        set.write("too-short-secret\n");
        set.closeWriteChannel();
        QVERIFY(set.waitForFinished(30000));
        QVERIFY2(set.exitCode() == 0, set.readAllStandardError().constData());
        // ...and a stored token that is too short is refused by both, in the same words.
        r = runBinary({QStringLiteral("config"), QStringLiteral("validate"), path}, env);
        QCOMPARE(r.code, 78);
        QVERIFY2(r.err.contains(QStringLiteral("16 characters is too short")), qPrintable(r.err));
        QProcess daemon;
        daemon.setProcessEnvironment(env);
        daemon.start(binPath(QStringLiteral("blufiod")), {QStringLiteral("--config"), path});
        QVERIFY(daemon.waitForFinished(30000));
        QCOMPARE(daemon.exitCode(), 78);
        const QString daemonErr = QString::fromUtf8(daemon.readAllStandardError());
        QVERIFY2(daemonErr.contains(QStringLiteral("blufiod: ") + r.err.trimmed()), qPrintable(daemonErr));
    }

    void configSetRefusesSecretsOnArgv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blufio.toml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[daemon]\nhealth_port = 4000\n");
        f.close();
        const QByteArray before = [&] {
            QFile r(path);
            return r.open(QIODevice::ReadOnly) ? r.readAll() : QByteArray();
        }();
        for (const QString &key :
             {QStringLiteral("gateway.bearer_token"), QStringLiteral("providers.anthropic.api_key"),
              QStringLiteral("providers.openai.api_key")}) {
            const CliRun r = runBinary({QStringLiteral("--config"), path, QStringLiteral("config"),
                                        QStringLiteral("set"), key,
                                        QStringLiteral("a-plain-secret-of-many-characters")});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("blufio config set-secret ") + key), qPrintable(r.err));
            QVERIFY(!r.err.contains(QStringLiteral("a-plain-secret")));
            QFile after(path);
            QVERIFY(after.open(QIODevice::ReadOnly));
            QCOMPARE(after.readAll(), before);
        }
        CliRun r = runBinary({QStringLiteral("--config"), path, QStringLiteral("config"),
                              QStringLiteral("set"), QStringLiteral("gateway.bearer_token"),
                              QStringLiteral("vault:gateway.bearer_token")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll().contains("bearer_token = \"vault:gateway.bearer_token\""));
        r = runBinary({QStringLiteral("--config"), path, QStringLiteral("config"), QStringLiteral("set"),
                       QStringLiteral("gateway.bearer_token"), QStringLiteral("vault:no spaces allowed")});
        QCOMPARE(r.code, 2);
    }

    void configSetKeepsModeThroughTheBinary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blufio.toml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[daemon]\nhealth_port = 4000\n");
        f.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        const CliRun r
            = runBinary({QStringLiteral("--config"), path, QStringLiteral("config"), QStringLiteral("set"),
                         QStringLiteral("daemon.health_port"), QStringLiteral("4200")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(QString::number(st.st_mode & 07777, 8), QStringLiteral("640"));
    }

    void statusAgainstRunningDaemon()
    {
        DaemonProcess d;
        QVERIFY2(d.start(), d.output().constData());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NO_COLOR"));
        const CliRun json = runBinary(
            {QStringLiteral("--config"), d.configPath(), QStringLiteral("status"), QStringLiteral("--json")},
            env);
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("healthy"));
        QCOMPARE(o.value(QStringLiteral("url")).toString(), d.url());
        // Under ASan the allocator's figures are the sanitizer's, not jemalloc's (tst_cli_jemalloc).
        if (!qEnvironmentVariableIsSet("BLUFIO_SKIP_JEMALLOC"))
            QVERIFY(
                o.value(QStringLiteral("memory")).toObject().value(QStringLiteral("heap_bytes")).toDouble()
                > 0);
        QCOMPARE(o.value(QStringLiteral("memory")).toObject().value(QStringLiteral("limit_bytes")).toDouble(),
                 200.0 * 1024 * 1024);

        const CliRun plain = runBinary(
            {QStringLiteral("status"), QStringLiteral("--plain"), QStringLiteral("--config"), d.configPath()},
            env);
        QCOMPARE(plain.code, 0);
        QHash<QString, QString> fields;
        for (const QString &line : plain.out.split(u'\n', Qt::SkipEmptyParts))
            fields.insert(line.section(QStringLiteral(": "), 0, 0), line.section(QStringLiteral(": "), 1));
        QCOMPARE(fields.value(QStringLiteral("state")), QStringLiteral("healthy"));
        QCOMPARE(fields.value(QStringLiteral("accepting_sessions")), QStringLiteral("true"));

        // Not a TTY: no escape sequences in the human output either.
        const CliRun human
            = runBinary({QStringLiteral("status"), QStringLiteral("--config"), d.configPath()}, env);
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.contains(QStringLiteral("healthy")));
        QVERIFY(!human.out.contains(u'\x1b'));

        QCOMPARE(runBinary({QStringLiteral("healthcheck"), QStringLiteral("--url"), d.url()}).code, 0);
    }

    void outputIsTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("healthy");
        QTest::addColumn<QString>("didYouMean");
        QTest::addColumn<QString>("doctorVerdict");
        QTest::newRow("de") << "de_DE.UTF-8"
                            << "fehlerfrei"
                            << "Meinten Sie 'status'?"
                            << "Probleme gefunden.";
        QTest::newRow("fr") << "fr_FR.UTF-8"
                            << "sain"
                            << "Vouliez-vous dire 'status' ?"
                            << "Problèmes détectés.";
        QTest::newRow("es") << "es_ES.UTF-8"
                            << "correcto"
                            << "¿Quería decir 'status'?"
                            << "Se han encontrado problemas.";
    }

    void outputIsTranslated()
    {
        QFETCH(QString, lang);
        QFETCH(QString, healthy);
        QFETCH(QString, didYouMean);
        QFETCH(QString, doctorVerdict);
        if (!m_translatedDaemon) {
            m_translatedDaemon = std::make_unique<DaemonProcess>();
            QVERIFY2(m_translatedDaemon->start(), m_translatedDaemon->output().constData());
        }
        DaemonProcess *d = m_translatedDaemon.get();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("LANG"), lang);
        const CliRun human = runBinary({QStringLiteral("status"), QStringLiteral("--url"), d->url()}, env);
        QCOMPARE(human.code, 0);
        QVERIFY2(human.out.contains(healthy), qPrintable(human.out));
        QVERIFY2(!human.out.contains(QStringLiteral("healthy")), qPrintable(human.out));
        const CliRun typo = runBinary({QStringLiteral("stauts")}, env);
        QCOMPARE(typo.code, 2);
        QVERIFY2(typo.err.contains(didYouMean) && !typo.err.contains(QStringLiteral("Did you mean")),
                 qPrintable(typo.err));
        // doctor speaks the language too (this setup has no provider key: a failure, so a verdict
        // of problems), while its --json stays the same API.
        const CliRun doctor
            = runBinary({QStringLiteral("--config"), d->configPath(), QStringLiteral("doctor")}, env);
        QVERIFY2(doctor.out.contains(doctorVerdict), qPrintable(doctor.out));
        const QString doctorJson = runBinary({QStringLiteral("--config"), d->configPath(),
                                              QStringLiteral("doctor"), QStringLiteral("--json")},
                                             env)
                                       .out;
        QVERIFY2(doctorJson.contains(QStringLiteral("\"status\"")) && !doctorJson.contains(doctorVerdict),
                 qPrintable(doctorJson));
        // --lang wins over the environment.
        QVERIFY(runBinary({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("status"),
                           QStringLiteral("--url"), d->url()},
                          env)
                    .out.contains(QStringLiteral("healthy")));
        // --json is an API: the same keys and values in every language.
        const QJsonObject json
            = QJsonDocument::fromJson(runBinary({QStringLiteral("status"), QStringLiteral("--json"),
                                                 QStringLiteral("--url"), d->url()},
                                                env)
                                          .out.toUtf8())
                  .object();
        QProcessEnvironment english = env;
        english.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        const QJsonObject reference
            = QJsonDocument::fromJson(runBinary({QStringLiteral("status"), QStringLiteral("--json"),
                                                 QStringLiteral("--url"), d->url()},
                                                english)
                                          .out.toUtf8())
                  .object();
        QCOMPARE(json.keys(), reference.keys());
        QCOMPARE(json.value(QStringLiteral("state")), reference.value(QStringLiteral("state")));
        QCOMPARE(json.value(QStringLiteral("memory")).toObject().keys(),
                 reference.value(QStringLiteral("memory")).toObject().keys());
    }

    void statusUsesV1HealthWithAToken()
    {
        DaemonProcess d;
        d.setExtraConfig("[cost]\ndaily_budget_usd = 2.5\n");
        QVERIFY2(d.start(), d.output().constData());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"),
                   QStringLiteral("test-token-0123456789abcdef"));
        const CliRun json = runBinary(
            {QStringLiteral("--config"), d.configPath(), QStringLiteral("status"), QStringLiteral("--json")},
            env);
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("/v1/health"));
        QCOMPARE(
            o.value(QStringLiteral("cost")).toObject().value(QStringLiteral("daily_budget_usd")).toDouble(),
            2.5);
        QVERIFY(
            o.value(QStringLiteral("cost")).toObject().value(QStringLiteral("monthly_budget_usd")).isNull());
        QCOMPARE(
            o.value(QStringLiteral("dependencies")).toObject().value(QStringLiteral("database")).toBool(),
            true);
        QCOMPARE(o.value(QStringLiteral("sessions")).toObject().value(QStringLiteral("total")).toInt(), 0);
        const CliRun human
            = runBinary({QStringLiteral("--config"), d.configPath(), QStringLiteral("status")}, env);
        QVERIFY2(human.out.contains(QStringLiteral("of $2.50"))
                     && human.out.contains(QStringLiteral("database ok")),
                 qPrintable(human.out));
        // A wrong token falls back to the public /health and says so.
        env.insert(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"),
                   QStringLiteral("wrong-token-0123456789abcdef"));
        const QJsonObject fallback
            = QJsonDocument::fromJson(runBinary({QStringLiteral("--config"), d.configPath(),
                                                 QStringLiteral("status"), QStringLiteral("--json")},
                                                env)
                                          .out.toUtf8())
                  .object();
        QCOMPARE(fallback.value(QStringLiteral("source")).toString(), QStringLiteral("/health"));
        QVERIFY(!fallback.contains(QStringLiteral("cost")));
    }

    void statusDegradedExits3()
    {
        if (qEnvironmentVariableIsSet("BLUFIO_SKIP_JEMALLOC"))
            QSKIP("needs the allocator's heap figures (jemalloc): the ctest entry tst_cli_jemalloc runs it");
        DaemonProcess d;
        d.setDaemonKeys("memory_warn_mb = 1\nmemory_sample_secs = 1\nidle_timeout_secs = 60\n");
        QVERIFY2(d.start(), d.output().constData());
        const QList<QTcpSocket *> load = holdPartialRequests(d.port(), 100, 15000);
        auto release = qScopeGuard([&] { qDeleteAll(load); });
        QTRY_COMPARE_WITH_TIMEOUT(
            runBinary({QStringLiteral("status"), QStringLiteral("--url"), d.url()}).code, 3, 5000);
    }

    void statusAgainstClosedPort()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(freePort());
        const CliRun r = runBinary({QStringLiteral("--url"), url, QStringLiteral("status")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
        QVERIFY2(r.err.contains(url), qPrintable(r.err));
        const CliRun json
            = runBinary({QStringLiteral("--url"), url, QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        QCOMPARE(
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
            QStringLiteral("unreachable"));
        QCOMPARE(runBinary({QStringLiteral("healthcheck"), QStringLiteral("--url"), url,
                            QStringLiteral("--timeout"), QStringLiteral("1")})
                     .code,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
