#include "cli/Command.h"
#include "common/crypto/DeviceKey.h"
#include "common/net/ApiClient.h"
#include "fakellm/FakeLlmServer.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace blufio;
using namespace blufio::test;

namespace {
const QByteArray kToken = "test-token-0123456789abcdef";
const QByteArray kApiKey = "sk-test-fake";

struct ShellRun
{
    int code = -1;
    QString out;
    QString err;
};

// An environment for the shell with the bearer token or without any credentials.
QProcessEnvironment shellEnv(bool withToken)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (withToken)
        env.insert(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"), QString::fromLatin1(kToken));
    return env;
}

// Drives `blufio shell` in process: stdin from `input`, stdout/stderr captured. `during` runs every
// 20 ms inside the shell's event loop with the output so far, for checks while a reply streams.
ShellRun runShell(const QStringList &globalArgs, const QString &input, const QProcessEnvironment &env,
                  bool tty = false, const std::function<void(const QString &out)> &during = {})
{
    QString out, err, in = input;
    QTextStream o(&out), e(&err), i(&in, QIODevice::ReadOnly);
    cli::CommandContext ctx {o, e, i, env};
    ctx.stdinIsTty = tty;
    QTimer poll;
    if (during) {
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [&] { during(out); });
        poll.start();
    }
    ShellRun r;
    r.code = cli::run(
        QStringList {QStringLiteral("blufio")} + globalArgs + QStringList {QStringLiteral("shell")}, ctx);
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    return r;
}

QJsonArray sessions(const DaemonProcess &d)
{
    // The API's largest page: more sessions than any test here makes.
    const HttpReply r = http("GET", d.url() + QStringLiteral("/v1/sessions?limit=500"), {},
                             {{"Authorization", "Bearer " + kToken}});
    return r.json().object().value(QStringLiteral("sessions")).toArray();
}

int providerMessageCount(const FakeLlmServer &fake)
{
    return int(fake.lastRequest().json().value(QStringLiteral("messages")).toArray().size());
}
} // namespace

// `blufio shell` against a real blufiod whose provider is the fake LLM in this process.
class TestShell : public QObject
{
    Q_OBJECT

    FakeLlmServer m_fake;
    DaemonProcess m_daemon;
    DeviceKey m_device = DeviceKey::generate();
    const QString m_reply = FakeLlmBehaviour {}.reply;

    QByteArray providerConfig() const
    {
        return "[providers.anthropic]\nbase_url = \"" + m_fake.anthropicBaseUrl().toUtf8()
            + "\"\napi_key = \"" + kApiKey + "\"\n";
    }

    // The shell reads the daemon's own config file: its port, and its data_dir for device.key.
    QStringList args() const { return {QStringLiteral("--config"), m_daemon.configPath()}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setExpectedApiKey(kApiKey);
        // The device key lives where the CLI looks for it; the daemon also keeps its bearer token.
        QVERIFY(QDir().mkpath(m_daemon.dataDir()));
        const Result<void> saved
            = m_device.save(QDir(m_daemon.dataDir()).filePath(DeviceKey::defaultFileName()), false);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        m_daemon.setExtraConfig(providerConfig() + "[gateway]\ndevice_keys = [\"" + m_device.publicKeyBase64()
                                + "\"]\n");
        QVERIFY2(m_daemon.start(), m_daemon.output().constData());
    }

    void init()
    {
        m_fake.setBehaviour(FakeLlmBehaviour {});
        m_fake.clearRequests();
    }

    void pipedLinesShareOneSession()
    {
        const int before = int(sessions(m_daemon).size());
        const ShellRun r = runShell(args(), QStringLiteral("What is blufio?\nAnd why?\n"), shellEnv(true));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(m_reply), 2);
        QVERIFY2(!r.out.contains(QStringLiteral("blufio> ")), qPrintable(r.out)); // no prompt without a TTY
        QCOMPARE(m_fake.requests().size(), 2);
        QCOMPARE(providerMessageCount(m_fake), 3); // user, assistant, user: the history went along
        QCOMPARE(int(sessions(m_daemon).size()), before + 1);
    }

    void newStartsAnotherSession()
    {
        const int before = int(sessions(m_daemon).size());
        const ShellRun r = runShell(args(), QStringLiteral("one\n/new\ntwo\n"), shellEnv(true));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(m_reply), 2);
        QCOMPARE(providerMessageCount(m_fake), 1);
        QCOMPARE(int(sessions(m_daemon).size()), before + 2);
    }

    void sessionsListsAndUseSwitches()
    {
        const ShellRun first = runShell(args(), QStringLiteral("remember me\n/sessions\n"), shellEnv(true));
        QVERIFY2(first.code == 0, qPrintable(first.err));
        // The newest session is the one just made; it is listed, marked current, with 2 messages.
        QString id;
        for (const QJsonValue &v : sessions(m_daemon)) {
            const QJsonObject s = v.toObject();
            if (first.out.contains(QStringLiteral("* ") + s.value(QStringLiteral("id")).toString()))
                id = s.value(QStringLiteral("id")).toString();
        }
        QVERIFY2(!id.isEmpty(), qPrintable(first.out));
        QVERIFY2(QRegularExpression(QStringLiteral("\\* %1 +2 ").arg(QRegularExpression::escape(id)))
                     .match(first.out)
                     .hasMatch(),
                 qPrintable(first.out));

        m_fake.clearRequests();
        const ShellRun second
            = runShell(args(), QStringLiteral("/use %1\nstill there?\n").arg(id), shellEnv(true));
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("Using session %1 (2 message(s))").arg(id)),
                 qPrintable(second.out));
        QCOMPARE(providerMessageCount(m_fake), 3);
    }

    void sessionsPagesThroughEverySession()
    {
        // More sessions than one page of the shell's (20) holds, made straight through the API.
        for (int i = 0; i < 25; ++i) {
            const HttpReply r
                = http("POST", m_daemon.url() + QStringLiteral("/v1/messages"),
                       R"({"content": "page filler"})", {{"Authorization", "Bearer " + kToken}});
            QCOMPARE(r.status, 200);
        }
        const QJsonArray all = sessions(m_daemon);
        QVERIFY(all.size() >= 25);
        const int pages = int((all.size() + 19) / 20);
        QString input = QStringLiteral("/sessions\n");
        for (int i = 1; i < pages; ++i)
            input += QStringLiteral("/sessions more\n");
        input += QStringLiteral("/sessions more\n"); // one past the last page
        const ShellRun r = runShell(args(), input, shellEnv(true));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Every session is listed exactly once, in the API's order (newest first), page after page.
        qsizetype at = 0;
        for (const QJsonValue &v : all) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            QCOMPARE(r.out.count(id), 1);
            const qsizetype next = r.out.indexOf(id);
            QVERIFY2(next > at, qPrintable(id));
            at = next;
        }
        QCOMPARE(r.out.count(QStringLiteral("MESSAGES")), pages); // one header per page
        QCOMPARE(r.out.count(QStringLiteral("Older sessions: /sessions more")), pages - 1);
        QVERIFY2(r.err.contains(QStringLiteral("no more sessions")), qPrintable(r.err));
    }

    void useUnknownIsAnErrorLineAndGoesOn()
    {
        const ShellRun r
            = runShell(args(), QStringLiteral("/use no-such-session\n/bogus\nhello\n"), shellEnv(true));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("no session 'no-such-session'")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("unknown command '/bogus'")), qPrintable(r.err));
        QCOMPARE(r.out.count(m_reply), 1);
        QCOMPARE(providerMessageCount(m_fake), 1); // the failed /use left no session selected
    }

    void promptAndHelpOnATty()
    {
        const ShellRun r
            = runShell(args(), QStringLiteral("/help\nhi\n/quit\nnever sent\n"), shellEnv(true), true);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("blufio> ")));
        QVERIFY(r.out.contains(QStringLiteral("/sessions")));
        QCOMPARE(r.out.count(m_reply), 1);
        QCOMPARE(m_fake.requests().size(), 1); // /quit stopped reading
    }

    void replyStreamsBeforeItIsComplete()
    {
        FakeLlmBehaviour held;
        held.holdAfterDeltas = 1;
        m_fake.setBehaviour(held);
        const QString firstDelta = m_reply.section(u' ', 0, 0); // "Hello"
        bool sawFirstDeltaWhileHeld = false;
        bool released = false;
        QElapsedTimer clock;
        clock.start();
        const ShellRun r = runShell(args(), QStringLiteral("stream please\n"), shellEnv(true), false,
                                    [&](const QString &out) {
                                        if (released)
                                            return;
                                        if (m_fake.heldStreams() > 0 && out.contains(firstDelta)) {
                                            // Held by the fake: the rest of the reply cannot have been sent
                                            // yet.
                                            sawFirstDeltaWhileHeld = !out.contains(m_reply);
                                            released = true;
                                            m_fake.release();
                                        } else if (clock.elapsed() > 15000) {
                                            released = true; // do not hang the suite; the check below fails
                                            m_fake.release();
                                        }
                                    });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(sawFirstDeltaWhileHeld);
        QVERIFY(r.out.contains(m_reply)); // and the rest followed after the release
    }

    void deviceKeySignsWhenThereIsNoToken()
    {
        const ShellRun r = runShell(args(), QStringLiteral("signed hello\n/sessions\n"), shellEnv(false));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(m_reply), 1);
        QVERIFY(r.out.contains(QStringLiteral("MESSAGES")));
    }

    void noCredentialsSaysHowToGetThem()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("blufio.toml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[daemon]\nhealth_port = " + QByteArray::number(m_daemon.port()) + "\ndata_dir = \""
                     + dir.filePath(QStringLiteral("data")).toUtf8() + "\"\n");
        config.close();
        const ShellRun r = runShell({QStringLiteral("--config"), config.fileName()},
                                    QStringLiteral("hello\n"), shellEnv(false));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("gateway.bearer_token")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("blufio keygen")), qPrintable(r.err));
        QCOMPARE(m_fake.requests().size(), 0);
    }

    void wrongTokenSaysHowToFixIt()
    {
        QProcessEnvironment env = shellEnv(false);
        env.insert(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"),
                   QStringLiteral("not-the-token-0000000000000"));
        const ShellRun r = runShell(args(), QStringLiteral("hello\n"), env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("401")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("blufio keygen")), qPrintable(r.err));
    }

    void unreachableDaemonIsClear()
    {
        const ShellRun r
            = runShell({QStringLiteral("--config"), m_daemon.configPath(), QStringLiteral("--url"),
                        QStringLiteral("http://127.0.0.1:%1").arg(freePort())},
                       QStringLiteral("hello\n"), shellEnv(true));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot reach the daemon")), qPrintable(r.err));
    }

    void providerFailureExitsOne()
    {
        m_fake.setMode(FakeLlmBehaviour::Mode::ServerError);
        const ShellRun r = runShell(args(), QStringLiteral("first\n"), shellEnv(true));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("blufio shell: ")), qPrintable(r.err));
        m_fake.setMode(FakeLlmBehaviour::Mode::Ok);
        // One failure among successes still makes the exit code 1, after every line was tried.
        m_fake.enqueue([] {
            FakeLlmBehaviour b;
            b.mode = FakeLlmBehaviour::Mode::ServerError;
            return b;
        }());
        const ShellRun mixed = runShell(args(), QStringLiteral("fails\nworks\n"), shellEnv(true));
        QCOMPARE(mixed.code, 1);
        QCOMPARE(mixed.out.count(m_reply), 1);
    }

    void providerNotConfiguredShowsTheDaemonsMessage()
    {
        DaemonProcess bare; // no [providers.anthropic]: the daemon answers 503 provider_not_configured
        QVERIFY2(bare.start(), bare.output().constData());
        const ShellRun r = runShell({QStringLiteral("--config"), bare.configPath()},
                                    QStringLiteral("hello\n"), shellEnv(true));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("provider_not_configured")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("no LLM provider is configured: set ")),
                 qPrintable(r.err)); // the daemon's words
    }

    void realBinaryWithPipedStdin()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"), QString::fromLatin1(kToken));
        env.remove(QStringLiteral("BLUFIO_CONFIG"));
        p.setProcessEnvironment(env);
        p.start(binPath(QStringLiteral("blufio")), args() + QStringList {QStringLiteral("shell")});
        QVERIFY(p.waitForStarted());
        p.write("first line\nsecond line\n");
        p.closeWriteChannel();
        // The fake runs in this process: keep its event loop turning while the binary works.
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(out.count(m_reply), 2);
        QCOMPARE(providerMessageCount(m_fake), 3);
    }

    // The client parses events however the bytes are cut: one byte per write, \r\n line endings,
    // a comment line, and an event name it does not know.
    void sseParsedAcrossArbitraryReads()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QByteArray stream
            = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
              ": keep-alive\r\n\r\n"
              "event: message_start\r\ndata: {\"session_id\":\"s1\"}\r\n\r\n"
              "event: text_delta\r\ndata: {\"text\":\"Hel\"}\r\n\r\n"
              "event: something_new\r\ndata: {}\r\n\r\n"
              "event: text_delta\r\ndata: {\"text\":\"lo \u00e9\"}\r\n\r\n"
              "event: message_stop\r\ndata: {\"id\":\"m1\",\"session_id\":\"s1\",\"content\":\"Hello "
              "\u00e9\"}\r\n\r\n";
        QByteArray request;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                request += socket->readAll();
                if (!request.contains("\r\n\r\n") || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                for (char c : stream) {
                    socket->write(&c, 1);
                    socket->flush();
                }
                socket->disconnectFromHost();
            });
        });
        QNetworkAccessManager network;
        ApiCredentials credentials;
        credentials.bearerToken = kToken;
        ApiClient client(&network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                         credentials);
        QSignalSpy started(&client, &ApiClient::messageStarted);
        QSignalSpy deltas(&client, &ApiClient::textDelta);
        QSignalSpy completed(&client, &ApiClient::completed);
        QSignalSpy failed(&client, &ApiClient::failed);
        client.sendMessage(QStringLiteral("hi"), QStringLiteral("s1"));
        QTRY_COMPARE_WITH_TIMEOUT(completed.size() + failed.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(started.value(0).value(0).toString(), QStringLiteral("s1"));
        QCOMPARE(deltas.size(), 2);
        QCOMPARE(deltas.value(0).value(0).toString() + deltas.value(1).value(0).toString(),
                 QStringLiteral("Hello \u00e9"));
        QCOMPARE(completed.value(0).value(0).toJsonObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("m1"));
        QVERIFY(request.startsWith("POST /v1/messages HTTP/1.1\r\n"));
        QVERIFY(request.contains(QByteArray("Authorization: Bearer " + kToken)));
        QVERIFY(request.contains("Accept: text/event-stream"));
    }

    // The same through a pipe, where only a flush after each delta gets the text out early (the
    // in-process stream writes through to its QString and cannot tell).
    void realBinaryStreamsThroughAPipe()
    {
        FakeLlmBehaviour held;
        held.holdAfterDeltas = 1;
        m_fake.setBehaviour(held);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"), QString::fromLatin1(kToken));
        env.remove(QStringLiteral("BLUFIO_CONFIG"));
        p.setProcessEnvironment(env);
        // On a failed check: let the held stream go and do not leave the shell running.
        const auto cleanup = qScopeGuard([&] {
            m_fake.release();
            p.kill();
            p.waitForFinished(5000);
        });
        p.start(binPath(QStringLiteral("blufio")), args() + QStringList {QStringLiteral("shell")});
        QVERIFY(p.waitForStarted());
        p.write("stream please\n");
        p.closeWriteChannel();
        QByteArray out;
        const QByteArray firstDelta = m_reply.section(u' ', 0, 0).toUtf8();
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains(firstDelta), 15000);
        QVERIFY(m_fake.heldStreams() > 0);
        QVERIFY2(!out.contains(m_reply.toUtf8()), out.constData());
        QCOMPARE(p.state(), QProcess::Running);
        m_fake.release();
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        out += p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.contains(m_reply.toUtf8()), out.constData());
    }

    // Control sequences in a reply (split across deltas where the fake cuts at whitespace) never
    // reach the terminal through the real binary, unless --raw asks for the reply unchanged.
    void realBinaryStripsTerminalControl_data()
    {
        QTest::addColumn<bool>("raw");
        QTest::newRow("filtered") << false;
        QTest::newRow("--raw") << true;
    }
    void realBinaryStripsTerminalControl()
    {
        QFETCH(bool, raw);
        FakeLlmBehaviour hostile;
        hostile.reply
            = QStringLiteral("Hello \u001b[2Jworld\u001b]52;c;ZXZpbA==\u0007 and \u001b]0;evil title\u0007 "
                             "\u001b[1 qcursor \u001b[31mred\u001b[0m\r \u2713 \u00fcn\u00ef\u0007 tab\there "
                             "\u001bc end");
        m_fake.setBehaviour(hostile);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"), QString::fromLatin1(kToken));
        env.remove(QStringLiteral("BLUFIO_CONFIG"));
        p.setProcessEnvironment(env);
        const auto cleanup = qScopeGuard([&] {
            p.kill();
            p.waitForFinished(5000);
        });
        QStringList command = args() + QStringList {QStringLiteral("shell")};
        if (raw)
            command.append(QStringLiteral("--raw"));
        p.start(binPath(QStringLiteral("blufio")), command);
        QVERIFY(p.waitForStarted());
        p.write("show me\n");
        p.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString expected = raw
            ? hostile.reply
            : QStringLiteral("Hello world and  cursor red \u2713 \u00fcn\u00ef tab\there  end");
        QCOMPARE(out, expected + u'\n');
        QVERIFY(m_fake.requests().size() == 1);
    }

    void cleanupTestCase() { m_daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestShell)
#include "tst_shell.moc"
