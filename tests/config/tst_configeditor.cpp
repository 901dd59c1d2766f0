#include "common/config/ConfigEditor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace blufio;

class TestConfigEditor : public QObject
{
    Q_OBJECT

    static const QByteArray &original()
    {
        static const QByteArray text = "# blufio on the small VPS\n"
                                       "[daemon]\n"
                                       "health_port = 3000   # behind nginx\n"
                                       "memory_warn_mb = 150\n"
                                       "\n"
                                       "# who may talk to it\n"
                                       "[gateway]\n"
                                       "cors_origins = [\"https://a.example\"]\n";
        return text;
    }

private slots:
    void edits_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("replace keeps the comment")
            << "daemon.health_port"
            << "3100"
            << QByteArray(original())
                   .replace("health_port = 3000   # behind nginx", "health_port = 3100   # behind nginx");
        QTest::newRow("add to a section")
            << "daemon.max_connections"
            << "64" << QByteArray(original()).replace("[daemon]\n", "[daemon]\nmax_connections = 64\n");
        QTest::newRow("new section") << "cost.daily_budget_usd"
                                     << "2.5" << original() + "\n[cost]\ndaily_budget_usd = 2.5\n";
        QTest::newRow("nested section")
            << "providers.openai.base_url"
            << "http://localhost:8080/v1"
            << original() + "\n[providers.openai]\nbase_url = \"http://localhost:8080/v1\"\n";
        QTest::newRow("string escaping")
            << "agent.system_prompt"
            << "Say \"hi\"\\n"
            << original() + "\n[agent]\nsystem_prompt = \"Say \\\"hi\\\"\\\\n\"\n";
        QTest::newRow("list as TOML")
            << "gateway.cors_origins"
            << "[\"https://a.example\", \"https://b.example\"]"
            << QByteArray(original())
                   .replace("[\"https://a.example\"]", "[\"https://a.example\", \"https://b.example\"]");
        QTest::newRow("list comma separated")
            << "gateway.cors_origins"
            << "https://c.example"
            << QByteArray(original()).replace("[\"https://a.example\"]", "[\"https://c.example\"]");
        QTest::newRow("boolean") << "metrics.enabled"
                                 << "false" << original() + "\n[metrics]\nenabled = false\n";
        QTest::newRow("integers as TOML")
            << "telegram.allowed_chat_ids"
            << "[42, -1001234567890]"
            << original() + "\n[telegram]\nallowed_chat_ids = [42, -1001234567890]\n";
        QTest::newRow("integers comma separated")
            << "telegram.allowed_chat_ids"
            << "7,8" << original() + "\n[telegram]\nallowed_chat_ids = [7, 8]\n";
    }

    void edits()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        const Result<QByteArray> result
            = ConfigEditor(QProcessEnvironment()).edit(original(), QStringLiteral("b.toml"), key, value);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QCOMPARE(*result, expected);
        QVERIFY(ConfigLoader(QProcessEnvironment()).parse(*result, QStringLiteral("b.toml")).ok());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown key") << "daemon.helth_port"
                                     << "1"
                                     << "unknown key 'daemon.helth_port'";
        QTest::newRow("wrong type") << "daemon.health_port"
                                    << "abc"
                                    << "not an integer";
        QTest::newRow("out of range") << "daemon.health_port"
                                      << "70000"
                                      << "outside the allowed range";
        QTest::newRow("cross-key rule") << "daemon.memory_warn_mb"
                                        << "500"
                                        << "must be below";
        QTest::newRow("bad choice") << "agent.provider"
                                    << "gemini"
                                    << "expected one of";
        QTest::newRow("chat id not an integer") << "telegram.allowed_chat_ids"
                                                << "[1, \"x\"]"
                                                << "'x' is not an integer";
    }

    void refusals()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blufio.toml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original());
        f.close();
        const Result<ConfigEditor::Written> outcome
            = ConfigEditor(QProcessEnvironment()).set(path, key, value);
        QVERIFY(!outcome);
        QVERIFY2(outcome.errorMessage().contains(fragment), qPrintable(outcome.errorMessage()));
        // An unknown key is the command line's mistake (exit 2), anything else the configuration's (78).
        QCOMPARE(outcome.code(), findConfigKey(key) ? ErrorCode::Config : ErrorCode::Usage);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), original()); // nothing written
    }

    void writesAtomicallyKeepingMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blufio.toml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original());
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        QVERIFY(ConfigEditor(QProcessEnvironment())
                    .set(path, QStringLiteral("daemon.health_port"), QStringLiteral("3200"))
                    .ok());
        QCOMPARE(QFile(path).permissions() & (QFile::ReadOther | QFile::ReadGroup | QFile::WriteGroup),
                 QFile::ReadGroup);
        QVERIFY(ConfigLoader(QProcessEnvironment())
                    .loadFile(path)
                    ->value(QStringLiteral("daemon.health_port"))
                    .toLongLong()
                == 3200);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp file left
        // A missing file is created.
        const QString fresh = dir.filePath(QStringLiteral("sub/new.toml"));
        const Result<ConfigEditor::Written> created
            = ConfigEditor(QProcessEnvironment())
                  .set(fresh, QStringLiteral("daemon.bind"), QStringLiteral("0.0.0.0"));
        QVERIFY(created && *created == ConfigEditor::Written::Created);
        QCOMPARE(ConfigLoader(QProcessEnvironment())
                     .loadFile(fresh)
                     ->value(QStringLiteral("daemon.bind"))
                     .toString(),
                 QStringLiteral("0.0.0.0"));
    }

    void temporaryHasTargetModeBeforeFirstByte_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("mask");
        QTest::newRow("0640, umask 077") << 0640 << 077;
        QTest::newRow("0640, umask 022") << 0640 << 022;
        QTest::newRow("0600, umask 000") << 0600 << 0;
        QTest::newRow("0644, umask 077") << 0644 << 077;
    }

    void temporaryHasTargetModeBeforeFirstByte()
    {
        QFETCH(int, mode);
        QFETCH(int, mask);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blufio.toml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original());
        f.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
        const mode_t saved = ::umask(mode_t(mask));
        // The helper set() writes through: the empty file already has the target's mode.
        const Result<ConfigEditor::TemporaryFile> temporaryFile = ConfigEditor::createTemporaryFor(path);
        const int fd = temporaryFile ? temporaryFile->fd : -1;
        const QString temporary = temporaryFile ? temporaryFile->path : QString();
        struct stat st
        {
        };
        const bool statted = fd >= 0 && ::fstat(fd, &st) == 0;
        if (fd >= 0)
            ::close(fd);
        QFile::remove(temporary);
        const Result<ConfigEditor::Written> outcome
            = ConfigEditor(QProcessEnvironment())
                  .set(path, QStringLiteral("daemon.health_port"), QStringLiteral("3300"));
        ::umask(saved);
        QVERIFY2(fd >= 0, qPrintable(temporaryFile.errorMessage()));
        QVERIFY(statted);
        QCOMPARE(st.st_size, 0);
        QCOMPARE(QString::number(st.st_mode & 07777, 8), QString::number(mode, 8));
        QCOMPARE(QFileInfo(temporary).absolutePath(), dir.path()); // same file system: rename is atomic
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        struct stat after
        {
        };
        QVERIFY(::stat(QFile::encodeName(path).constData(), &after) == 0);
        QCOMPARE(QString::number(after.st_mode & 07777, 8), QString::number(mode, 8));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("blufio.toml")});
        QVERIFY(ConfigLoader(QProcessEnvironment())
                    .loadFile(path)
                    ->value(QStringLiteral("daemon.health_port"))
                    .toLongLong()
                == 3300);
    }

    void newFileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.toml"));
        const mode_t saved = ::umask(0);
        const Result<ConfigEditor::Written> outcome
            = ConfigEditor(QProcessEnvironment())
                  .set(path, QStringLiteral("daemon.bind"), QStringLiteral("0.0.0.0"));
        ::umask(saved);
        QVERIFY2(outcome && *outcome == ConfigEditor::Written::Created, qPrintable(outcome.errorMessage()));
        QCOMPARE(QFile(path).permissions()
                     & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::Permissions());
    }

    void symlinkedFileEditedInPlace()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.toml"));
        const QString link = dir.filePath(QStringLiteral("blufio.toml"));
        QFile f(real);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original());
        f.close();
        QVERIFY(QFile::link(real, link));
        QVERIFY(ConfigEditor(QProcessEnvironment())
                    .set(link, QStringLiteral("daemon.health_port"), QStringLiteral("3400"))
                    .ok());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(ConfigLoader(QProcessEnvironment())
                     .loadFile(real)
                     ->value(QStringLiteral("daemon.health_port"))
                     .toLongLong(),
                 3400);
    }
};

QTEST_GUILESS_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"
