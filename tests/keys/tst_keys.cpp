// Scoped, budgeted API keys ([12]) through a running blufiod and the real `blufio keys` binary: the
// scope of every route and the WebSocket, a chat key's own sessions, per-key budgets, revoke and
// expiry on the next request without a restart, no token in clear anywhere, and the CLI's refusals.
#include "fakellm/FakeLlmServer.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace blufio;
using namespace blufio::test;

namespace {
const QByteArray kToken = "test-token-0123456789abcdef"; // DaemonProcess sets it
const QByteArray kApiKey = "sk-test-fake";

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QHash<QByteArray, QByteArray> bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

QString errorCode(const HttpReply &r)
{
    return r.json()
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString errorMessage(const HttpReply &r)
{
    return r.json()
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

// The status line of a WebSocket upgrade sent raw.
int upgradeStatus(quint16 port, const QByteArray &token)
{
    const QByteArray reply
        = rawExchange(port,
                      "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                          + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            "Sec-WebSocket-Version: 13\r\n\r\n",
                      3000);
    const QList<QByteArray> status = reply.left(reply.indexOf("\r\n")).split(' ');
    return status.size() > 1 ? status.at(1).toInt() : 0;
}
} // namespace

class TestKeys : public QObject
{
    Q_OBJECT

    FakeLlmServer m_fake;
    std::unique_ptr<DaemonProcess> m_daemon;
    QHash<QString, QByteArray> m_tokens; // key name -> token, as `keys add` printed it
    QString m_adminSession;

    CliRun cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("BLUFIO_")))
                env.remove(name);
        }
        p.setProcessEnvironment(withLeftoverMarkers(env));
        p.start(binPath(QStringLiteral("blufio")),
                QStringList {QStringLiteral("--config"), m_daemon->configPath()} + args);
        CliRun run;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return run;
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    // `blufio keys add`: the token is the last line of stdout.
    QByteArray addKey(const QString &name, const QStringList &options)
    {
        const CliRun run = cli(QStringList {QStringLiteral("keys"), QStringLiteral("add"), name} + options);
        if (run.exitCode != 0) {
            qWarning() << run.err;
            return {};
        }
        const QByteArray token = run.out.trimmed().split('\n').constLast();
        m_tokens.insert(name, token);
        return token;
    }

    HttpReply post(const QByteArray &token, const QByteArray &body = "{\"content\": \"hello\"}")
    {
        return http("POST", m_daemon->url() + QStringLiteral("/v1/messages"), body, bearer(token));
    }

    HttpReply postIn(const QByteArray &token, const QString &session)
    {
        const QJsonObject body {{QStringLiteral("content"), QStringLiteral("again")},
                                {QStringLiteral("session_id"), session}};
        return post(token, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setExpectedApiKey(kApiKey);
        m_daemon = std::make_unique<DaemonProcess>();
        m_daemon->setExtraConfig("[providers.anthropic]\nbase_url = \"" + m_fake.anthropicBaseUrl().toUtf8()
                                 + "\"\napi_key = \"" + kApiKey + "\"\n");
        QVERIFY2(m_daemon->start(), m_daemon->output().constData());
        // Added while blufiod runs: the daemon holds the database (WAL) and sees them on the next request.
        for (const QString &scope : {QStringLiteral("read"), QStringLiteral("chat"), QStringLiteral("admin")})
            QVERIFY(!addKey(scope, {QStringLiteral("--scope"), scope}).isEmpty());
        QVERIFY(!addKey(QStringLiteral("chat2"), {}).isEmpty()); // --scope defaults to chat
        const HttpReply created = post(kToken);
        QCOMPARE(created.status, 200);
        m_adminSession = created.json().object().value(QStringLiteral("session_id")).toString();
    }

    void cleanupTestCase() { m_daemon.reset(); }

    void tokenIsTheLastLineOfStdout()
    {
        const CliRun run = cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("phone-token"),
                                QStringLiteral("--daily-budget"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith("blufio_"));
        QCOMPARE(lines.first().size(), 50);
        QVERIFY(!run.err.contains(lines.first()));
        m_tokens.insert(QStringLiteral("phone-token"), lines.first());
    }

    void scopes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("read");
        QTest::addColumn<int>("chat");
        QTest::addColumn<int>("admin");
        // Another key's session does not exist for a key that is not admin: 404.
        QTest::newRow("GET /v1/health") << QByteArray("GET") << QByteArray("/v1/health") << 200 << 200 << 200;
        QTest::newRow("GET /v1/sessions")
            << QByteArray("GET") << QByteArray("/v1/sessions") << 200 << 200 << 200;
        QTest::newRow("GET /v1/sessions/{id}")
            << QByteArray("GET") << QByteArray("/v1/sessions/ADMIN") << 404 << 404 << 200;
        QTest::newRow("DELETE /v1/sessions/{id}")
            << QByteArray("DELETE") << QByteArray("/v1/sessions/00000000-0000-0000-0000-000000000000") << 403
            << 404 << 404;
        QTest::newRow("POST /v1/messages")
            << QByteArray("POST") << QByteArray("/v1/messages") << 403 << 200 << 200;
        QTest::newRow("GET /ws (no upgrade)") << QByteArray("GET") << QByteArray("/ws") << 403 << 426 << 426;
        QTest::newRow("upgrade /ws") << QByteArray("UPGRADE") << QByteArray("/ws") << 403 << 101 << 101;
        QTest::newRow("GET /health") << QByteArray("GET") << QByteArray("/health") << 200 << 200 << 200;
        QTest::newRow("GET /metrics") << QByteArray("GET") << QByteArray("/metrics") << 200 << 200 << 200;
    }

    void scopes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(int, read);
        QFETCH(int, chat);
        QFETCH(int, admin);
        path.replace("ADMIN", m_adminSession.toLatin1());
        for (const char *scope : {"read", "chat", "admin"}) {
            const int want = *scope == 'r' ? read : (*scope == 'c' ? chat : admin);
            const QByteArray token = m_tokens.value(QString::fromLatin1(scope));
            int status = 0;
            HttpReply reply;
            if (method == "UPGRADE") {
                status = upgradeStatus(m_daemon->port(), token);
            } else {
                reply = http(method, m_daemon->url() + QString::fromLatin1(path),
                             method == "POST" ? QByteArray("{\"content\": \"hello\"}") : QByteArray(),
                             bearer(token));
                status = reply.status;
            }
            QVERIFY2(status == want,
                     qPrintable(QStringLiteral("%1 %2 as %3: %4, expected %5")
                                    .arg(QString::fromLatin1(method), QString::fromLatin1(path),
                                         QString::fromLatin1(scope))
                                    .arg(status)
                                    .arg(want)));
            if (status == 403 && method != "UPGRADE") {
                QCOMPARE(errorCode(reply), QStringLiteral("forbidden"));
                QVERIFY2(errorMessage(reply).contains(u'"'),
                         qPrintable(errorMessage(reply))); // names the scope
            }
        }
    }

    void chatKeySeesOnlyItsOwnSessions()
    {
        const QByteArray mine = m_tokens.value(QStringLiteral("chat"));
        const QByteArray theirs = m_tokens.value(QStringLiteral("chat2"));
        const HttpReply created = post(mine);
        QCOMPARE(created.status, 200);
        const QString id = created.json().object().value(QStringLiteral("session_id")).toString();
        const QString url = m_daemon->url() + QStringLiteral("/v1/sessions/") + id;

        // The other chat key: the session does not exist for it, whatever it tries.
        QCOMPARE(http("GET", url, {}, bearer(theirs)).status, 404);
        QCOMPARE(http("DELETE", url, {}, bearer(theirs)).status, 404);
        QCOMPARE(postIn(theirs, id).status, 404);
        const auto listed = [&](const QByteArray &token) {
            QStringList ids;
            const HttpReply list
                = http("GET", m_daemon->url() + QStringLiteral("/v1/sessions"), {}, bearer(token));
            for (const QJsonValue &s : list.json().object().value(QStringLiteral("sessions")).toArray())
                ids.append(s.toObject().value(QStringLiteral("id")).toString());
            return ids;
        };
        QVERIFY(!listed(theirs).contains(id));
        QVERIFY(!listed(mine).contains(m_adminSession));
        QVERIFY(listed(mine).contains(id));
        QVERIFY(listed(kToken).contains(id)); // admin sees everything

        QCOMPARE(postIn(mine, id).status, 200);
        QCOMPARE(http("GET", url, {}, bearer(mine)).status, 200);
        QCOMPARE(http("DELETE", url, {}, bearer(mine)).status, 204);
        QCOMPARE(http("GET", url, {}, bearer(kToken)).status, 404);
    }

    void keyBudgetStopsTheKeyOnly()
    {
        // One micro-dollar: the first reply (claude-sonnet-4-5 has a price) spends it.
        const QByteArray token
            = addKey(QStringLiteral("tiny"), {QStringLiteral("--daily-budget"), QStringLiteral("0.000001")});
        QVERIFY(!token.isEmpty());
        QCOMPARE(post(token).status, 200);
        const HttpReply refused = post(token);
        QCOMPARE(refused.status, 402);
        QCOMPARE(errorCode(refused), QStringLiteral("budget_exhausted"));
        QVERIFY2(errorMessage(refused).contains(QStringLiteral("tiny")), qPrintable(errorMessage(refused)));
        QCOMPARE(post(kToken).status, 200); // the admin token goes on
        QCOMPARE(post(m_tokens.value(QStringLiteral("chat"))).status, 200); // and so do other keys

        const CliRun list = cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        for (const QJsonValue &v :
             QJsonDocument::fromJson(list.out).object().value(QStringLiteral("keys")).toArray()) {
            const QJsonObject key = v.toObject();
            if (key.value(QStringLiteral("name")).toString() == u"tiny") {
                QVERIFY(key.value(QStringLiteral("spent_today_usd")).toDouble() > 0);
                QCOMPARE(key.value(QStringLiteral("daily_budget_usd")).toDouble(), 0.000001);
                QVERIFY(!key.value(QStringLiteral("last_used_at")).isNull());
            }
        }
        const HttpReply metrics = http("GET", m_daemon->url() + QStringLiteral("/metrics"));
        QVERIFY(metrics.body.contains("blufio_key_requests_total{key=\"tiny\"} 2"));
        QVERIFY(metrics.body.contains("blufio_key_cost_usd_total{key=\"tiny\"}"));
    }

    void revokeAndExpiryOnTheNextRequest()
    {
        const QByteArray token = addKey(QStringLiteral("short-lived"), {});
        QCOMPARE(http("GET", m_daemon->url() + QStringLiteral("/v1/sessions"), {}, bearer(token)).status,
                 200);
        const CliRun revoked
            = cli({QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("short-lived")});
        QCOMPARE(revoked.exitCode, 0);
        QCOMPARE(http("GET", m_daemon->url() + QStringLiteral("/v1/sessions"), {}, bearer(token)).status,
                 401);

        // Expiry: `keys add` refuses a past date, so the row is aged in the database, as time would.
        const QByteArray expiring
            = addKey(QStringLiteral("expiring"),
                     {QStringLiteral("--expires"), QDate::currentDate().addDays(30).toString(Qt::ISODate)});
        QCOMPARE(http("GET", m_daemon->url() + QStringLiteral("/v1/sessions"), {}, bearer(expiring)).status,
                 200);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
            db.setDatabaseName(QDir(m_daemon->dataDir()).filePath(QStringLiteral("blufio.db")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout = 5000")));
            QVERIFY(q.exec(QStringLiteral("UPDATE api_keys SET expires_at = 1000 WHERE name = 'expiring'")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        QCOMPARE(http("GET", m_daemon->url() + QStringLiteral("/v1/sessions"), {}, bearer(expiring)).status,
                 401);

        const CliRun list = cli({QStringLiteral("keys"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("revoked"));
        QVERIFY(list.out.contains("expired"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("args"); // split at spaces
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("unknown scope") << QByteArray("add x1 --scope write") << QByteArray("unknown scope");
        QTest::newRow("zero budget") << QByteArray("add x2 --daily-budget 0") << QByteArray("positive");
        QTest::newRow("negative budget")
            << QByteArray("add x3 --monthly-budget -1") << QByteArray("positive");
        QTest::newRow("text budget") << QByteArray("add x4 --daily-budget lots") << QByteArray("positive");
        QTest::newRow("sub-micro budget")
            << QByteArray("add x5 --daily-budget 0.0000001") << QByteArray("six decimals");
        QTest::newRow("duplicate name") << QByteArray("add chat") << QByteArray("already exists");
        QTest::newRow("past expiry") << QByteArray("add x6 --expires 2000-01-01")
                                     << QByteArray("in the past");
        QTest::newRow("bad date") << QByteArray("add x7 --expires tomorrow") << QByteArray("not a date");
        QTest::newRow("bad name") << QByteArray("add a/b") << QByteArray("not a key name");
        QTest::newRow("bad device") << QByteArray("add x8 --device abc") << QByteArray("Ed25519");
        QTest::newRow("unknown on revoke")
            << QByteArray("revoke nobody") << QByteArray("no key named nobody");
        QTest::newRow("no subcommand") << QByteArray("") << QByteArray("Usage");
    }

    void badInput()
    {
        QFETCH(QByteArray, args);
        QFETCH(QByteArray, says);
        QStringList arguments {QStringLiteral("keys")};
        for (const QByteArray &a : args.split(' ')) {
            if (!a.isEmpty())
                arguments.append(QString::fromLatin1(a));
        }
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void deviceKeyWithAScope()
    {
        // A device key named with a scope signs like any device; read may not post.
        const CliRun gen = cli({QStringLiteral("keygen"), QStringLiteral("--output"),
                                QDir(m_daemon->dataDir()).filePath(QStringLiteral("phone.key"))});
        QCOMPARE(gen.exitCode, 0);
        const QString publicKey = QString::fromLatin1(gen.out.trimmed());
        const CliRun added
            = cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("phone-device"),
                   QStringLiteral("--scope"), QStringLiteral("read"), QStringLiteral("--device"), publicKey});
        QCOMPARE(added.exitCode, 0);
        QVERIFY(added.out.isEmpty()); // no token for a device
        const CliRun list = cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(list.out.contains("\"device\""));
        // The same device twice is refused.
        QCOMPARE(cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("phone-device2"),
                      QStringLiteral("--device"), publicKey})
                     .exitCode,
                 2);
    }

    void noTokenInClear()
    {
        QVERIFY(m_tokens.size() >= 5);
        const CliRun text = cli({QStringLiteral("keys"), QStringLiteral("list")});
        const CliRun json = cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(json.exitCode, 0);
        QByteArray database;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(QDir(m_daemon->dataDir()).filePath(QStringLiteral("blufio.db") + suffix));
            if (f.open(QIODevice::ReadOnly))
                database += f.readAll();
        }
        QVERIFY(database.size() > 0);
        const QByteArray log = m_daemon->output();
        for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
            const QByteArray token = it.value();
            const QByteArray secret = token.mid(7); // without the "blufio_" prefix
            for (const QByteArray *where : std::initializer_list<const QByteArray *> {
                     &database, &log, &text.out, &text.err, &json.out}) {
                QVERIFY2(!where->contains(secret), qPrintable(it.key()));
            }
            const QByteArray hashHex = QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
            QVERIFY(!json.out.contains(hashHex));
            QVERIFY(!text.out.contains(hashHex));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
