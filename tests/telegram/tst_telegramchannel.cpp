// The Telegram channel ([11]) from outside: a real blufiod with telegram.enabled, the fake LLM in
// this process, and either telegram-test-api (the happy paths, skipped when it is not installed) or
// the project's FakeTelegramServer (faults, crashes, long replies; always run).
#include "fakellm/FakeLlmServer.h"
#include "faketelegram/FakeTelegramServer.h"
#include "storage/StorageTestUtil.h"
#include "support/TestSupport.h"
#include "telegram/TelegramTestApi.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <signal.h>

using namespace blufio;
using namespace blufio::test;

namespace {
const QByteArray kBearer = "test-token-0123456789abcdef";
const QByteArray kApiKey = "sk-test-fake";
const QByteArray kEmulatorToken = "7000001:AAH-emulator-token_secret";
constexpr qint64 kChat = 4242;

QHash<QByteArray, QByteArray> bearer()
{
    return {{"Authorization", "Bearer " + kBearer}};
}

double number(const QString &db, const QString &sql)
{
    QStringList rows;
    if (!sqliteExec(db, sql, &rows) || rows.isEmpty())
        return -1;
    return rows.first().toDouble();
}

// One sample of /metrics, -1 when absent.
double metric(const DaemonProcess &daemon, const QString &line)
{
    const HttpReply r = http("GET", daemon.url() + QStringLiteral("/metrics"));
    for (const QByteArray &l : r.body.split('\n')) {
        if (l.startsWith(QByteArray(line.toUtf8() + ' ')))
            return l.mid(line.toUtf8().size() + 1).toDouble();
    }
    return -1;
}
} // namespace

class TestTelegramChannel : public QObject
{
    Q_OBJECT

    FakeLlmServer m_llm;
    std::unique_ptr<FakeTelegramServer> m_tg;
    std::unique_ptr<TelegramTestApi> m_emulator;
    QString m_emulatorMissing;
    std::unique_ptr<DaemonProcess> m_daemon;

    QString dbPath() const { return QDir(m_daemon->dataDir()).filePath(QStringLiteral("blufio.db")); }

    // A blufiod polling apiUrl with token, chat kChat allowed.
    bool startDaemon(const QString &apiUrl, const QByteArray &token)
    {
        m_daemon = std::make_unique<DaemonProcess>();
        m_daemon->setExtraConfig("[gateway]\nbearer_token = \"" + kBearer
                                 + "\"\n[providers.anthropic]\nbase_url = \""
                                 + m_llm.anthropicBaseUrl().toUtf8() + "\"\napi_key = \"" + kApiKey
                                 + "\"\n[agent]\nmodel = \"claude-sonnet-4-5\"\n[telegram]\nenabled = true\n"
                                   "bot_token = \""
                                 + token + "\"\napi_url = \"" + apiUrl.toUtf8() + "\"\nallowed_chat_ids = ["
                                 + QByteArray::number(kChat) + "]\npoll_timeout_secs = 2\n");
        return m_daemon->start();
    }

    // The fake's messages to a chat.
    QList<FakeTelegramSent> sentTo(qint64 chat) const
    {
        QList<FakeTelegramSent> out;
        for (const FakeTelegramSent &s : m_tg->sent()) {
            if (s.chatId == chat)
                out << s;
        }
        return out;
    }
    QString lastTextTo(qint64 chat) const
    {
        const QList<FakeTelegramSent> s = sentTo(chat);
        return s.isEmpty() ? QString() : s.last().text;
    }

    // The offsets the channel asked getUpdates for.
    QList<qint64> offsets() const
    {
        QList<qint64> out;
        for (const FakeTelegramRequest &r : m_tg->requests(QStringLiteral("getUpdates")))
            out << r.body.value(QStringLiteral("offset")).toInteger();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_llm.listen());
        m_llm.setExpectedApiKey(kApiKey);
        m_emulator = std::make_unique<TelegramTestApi>();
        if (!m_emulator->start(sourcePath(QStringLiteral("tests/telegram/start.js")))) {
            QVERIFY2(m_emulator->notInstalled(), qPrintable(m_emulator->error()));
            m_emulatorMissing = m_emulator->error();
        }
    }

    void init()
    {
        m_llm.setBehaviour({});
        m_tg = std::make_unique<FakeTelegramServer>();
        QVERIFY(m_tg->listen());
    }

    void cleanup()
    {
        if (m_daemon) {
            const QByteArray out = m_daemon->output();
            // Whatever happened, the bot token is in no log line.
            QVERIFY2(!out.contains(m_tg->token().split(':').last()), out.constData());
            QVERIFY2(!out.contains(kEmulatorToken.split(':').last()), out.constData());
        }
        m_daemon.reset();
        m_tg.reset();
    }

    void cleanupTestCase()
    {
        m_daemon.reset();
        m_emulator.reset();
    }

    // --- telegram-test-api ------------------------------------------------------------------------

    void emulatorConversation()
    {
        if (!m_emulatorMissing.isEmpty())
            QSKIP(qPrintable(m_emulatorMissing));
        QVERIFY2(startDaemon(m_emulator->apiUrl(), kEmulatorToken), m_daemon->output().constData());
        const QString reply = FakeLlmBehaviour().reply;
        // A user message gets the agent's reply, streamed by edits while the fake LLM is slow (the
        // emulator answers editMessageText with null: coped with).
        FakeLlmBehaviour slow;
        slow.mode = FakeLlmBehaviour::Mode::Slow;
        slow.delayMs = 300;
        m_llm.setBehaviour(slow);
        QVERIFY(m_emulator->sendUserMessage(kEmulatorToken, kChat, QStringLiteral("hello")));
        QTRY_VERIFY_WITH_TIMEOUT(number(dbPath(),
                                        QStringLiteral("SELECT COUNT(*) FROM telegram_updates WHERE "
                                                       "delivered = 1"))
                                     == 1,
                                 20000);
        QStringList seen;
        for (const QJsonValue &m : m_emulator->history(kEmulatorToken))
            seen << m[QStringLiteral("message")].toObject().value(QStringLiteral("text")).toString();
        QVERIFY2(seen.contains(reply), qPrintable(seen.join(u'|')));
        QVERIFY2(metric(*m_daemon, QStringLiteral("blufio_messages_total{channel=\"telegram\"}")) == 1,
                 "blufio_messages_total{channel=telegram}");
        m_llm.setBehaviour({});

        // /new gives the chat a new session.
        const QString first
            = QStringLiteral("SELECT session_id FROM telegram_chats WHERE chat_id = %1").arg(kChat);
        QStringList before;
        QVERIFY(sqliteExec(dbPath(), first, &before));
        QVERIFY(m_emulator->sendUserMessage(kEmulatorToken, kChat, QStringLiteral("/new")));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QStringList now;
                return sqliteExec(dbPath(), first, &now) && now != before;
            }(),
            10000);

        // A chat not allowed gets nothing, and is counted.
        QVERIFY(m_emulator->sendUserMessage(kEmulatorToken, 777, QStringLiteral("let me in")));
        QTRY_COMPARE_WITH_TIMEOUT(metric(*m_daemon, QStringLiteral("blufio_telegram_ignored_total")), 1.0,
                                  10000);
        QVERIFY(m_emulator->unreadBotMessages(kEmulatorToken, 777).isEmpty());
    }

    // --- FakeTelegramServer -----------------------------------------------------------------------

    void replyStreamsAndOffsetMoves()
    {
        FakeLlmBehaviour slow;
        slow.mode = FakeLlmBehaviour::Mode::Slow;
        slow.delayMs = 250;
        slow.reply = QStringLiteral("one two three four five six seven eight nine ten eleven twelve");
        m_llm.setBehaviour(slow);
        QVERIFY2(startDaemon(m_tg->apiUrl(), m_tg->token()), m_daemon->output().constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_tg->heldPolls() > 0, 10000);
        const qint64 id = m_tg->pushTextMessage(kChat, QStringLiteral("count for me"));
        QTRY_COMPARE_WITH_TIMEOUT(lastTextTo(kChat), slow.reply, 20000);
        const QList<FakeTelegramSent> sent = sentTo(kChat);
        QCOMPARE(sent.size(), 1); // one message, edited as it streamed
        QVERIFY2(sent.first().edits >= 2, qPrintable(QString::number(sent.first().edits)));
        QTRY_VERIFY_WITH_TIMEOUT(offsets().contains(id + 1), 10000);
        QCOMPARE(number(dbPath(),
                        QStringLiteral("SELECT position FROM channel_cursors WHERE channel = 'telegram'")),
                 double(id));
        QCOMPARE(metric(*m_daemon, QStringLiteral("blufio_messages_total{channel=\"telegram\"}")), 1.0);
        QCOMPARE(metric(*m_daemon, QStringLiteral("blufio_dependency_up{name=\"telegram\"}")), 1.0);
        const QJsonObject health
            = http("GET", m_daemon->url() + QStringLiteral("/v1/health"), {}, bearer()).json().object();
        const QJsonObject telegram = health.value(QStringLiteral("telegram")).toObject();
        QCOMPARE(telegram.value(QStringLiteral("up")).toBool(), true);
        QCOMPARE(telegram.value(QStringLiteral("bot")).toString(), QStringLiteral("fake_blufio_bot"));
        QVERIFY(telegram.value(QStringLiteral("last_poll_at")).isString());
    }

    void commandsAndAllowList()
    {
        QVERIFY2(startDaemon(m_tg->apiUrl(), m_tg->token()), m_daemon->output().constData());
        const QString reply = FakeLlmBehaviour().reply;
        m_tg->pushTextMessage(kChat, QStringLiteral("hi"));
        QTRY_COMPARE_WITH_TIMEOUT(lastTextTo(kChat), reply, 15000);
        const QString mapping
            = QStringLiteral("SELECT session_id FROM telegram_chats WHERE chat_id = %1").arg(kChat);
        QStringList first;
        QVERIFY(sqliteExec(dbPath(), mapping, &first));
        QCOMPARE(first.size(), 1);

        // Recognised by the text, with the bot's name too.
        m_tg->pushTextMessage(kChat, QStringLiteral("/new@fake_blufio_bot"));
        QTRY_VERIFY_WITH_TIMEOUT(lastTextTo(kChat).contains(QStringLiteral("new conversation")), 10000);
        QStringList second;
        QVERIFY(sqliteExec(dbPath(), mapping, &second));
        QVERIFY(second != first);
        m_tg->pushTextMessage(kChat, QStringLiteral("again"));
        QTRY_COMPARE_WITH_TIMEOUT(lastTextTo(kChat), reply, 15000);
        QCOMPARE(
            number(
                dbPath(),
                QStringLiteral("SELECT COUNT(*) FROM messages WHERE session_id = '%1'").arg(second.first())),
            2.0);

        m_tg->pushTextMessage(kChat, QStringLiteral("/status"));
        QTRY_VERIFY_WITH_TIMEOUT(lastTextTo(kChat).startsWith(QStringLiteral("blufio ")), 10000);

        QJsonObject photo {{QStringLiteral("message"),
                            QJsonObject {{QStringLiteral("message_id"), 77},
                                         {QStringLiteral("date"), 1},
                                         {QStringLiteral("chat"),
                                          QJsonObject {{QStringLiteral("id"), kChat},
                                                       {QStringLiteral("type"), QStringLiteral("private")}}},
                                         {QStringLiteral("photo"), QJsonArray()}}}};
        m_tg->pushUpdate(photo);
        QTRY_VERIFY_WITH_TIMEOUT(lastTextTo(kChat).contains(QStringLiteral("text")), 10000);

        // Not allowed: no reply, counted, logged once.
        m_tg->pushTextMessage(999, QStringLiteral("let me in"));
        m_tg->pushTextMessage(999, QStringLiteral("please"));
        QTRY_COMPARE_WITH_TIMEOUT(metric(*m_daemon, QStringLiteral("blufio_telegram_ignored_total")), 2.0,
                                  10000);
        QVERIFY(sentTo(999).isEmpty());
        QCOMPARE(m_daemon->output().count("ignoring Telegram chat 999"), 1);
    }

    void longReplyIsSplit()
    {
        FakeLlmBehaviour longReply;
        QStringList words;
        for (int i = 0; i < 1100; ++i)
            words << QStringLiteral("word%1").arg(i);
        longReply.reply = words.join(u' ');
        QVERIFY(longReply.reply.size() > 8192);
        m_llm.setBehaviour(longReply);
        QVERIFY2(startDaemon(m_tg->apiUrl(), m_tg->token()), m_daemon->output().constData());
        m_tg->pushTextMessage(kChat, QStringLiteral("talk a lot"));
        QTRY_VERIFY_WITH_TIMEOUT(
            number(dbPath(), QStringLiteral("SELECT delivered FROM telegram_updates")) == 1, 30000);
        const QList<FakeTelegramSent> sent = sentTo(kChat);
        QCOMPARE(sent.size(), 3);
        QStringList joined;
        for (const FakeTelegramSent &s : sent) {
            QVERIFY2(s.text.size() <= 4096, qPrintable(QString::number(s.text.size())));
            joined << s.text;
        }
        // Cut at spaces: no word is broken, none lost.
        QCOMPARE(joined.join(u' '), longReply.reply);
    }

    void pollDoesNotSpin()
    {
        // A server that answers getUpdates at once, as telegram-test-api does.
        for (int i = 0; i < 60; ++i)
            m_tg->enqueueFault(
                QStringLiteral("getUpdates"),
                FakeTelegramFault::rawAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                             "Content-Length: 25\r\nConnection: close\r\n\r\n"
                                             "{\"ok\":true,\"result\":[]}  "));
        QVERIFY2(startDaemon(m_tg->apiUrl(), m_tg->token()), m_daemon->output().constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_tg->requests(QStringLiteral("getUpdates")).size() >= 1, 10000);
        const int before = int(m_tg->requests(QStringLiteral("getUpdates")).size());
        QTest::qWait(3000); // counting what happens in a span, not waiting for something
        const int polls = int(m_tg->requests(QStringLiteral("getUpdates")).size()) - before;
        QVERIFY2(polls >= 1 && polls < 20, qPrintable(QString::number(polls)));
        QCOMPARE(metric(*m_daemon, QStringLiteral("blufio_dependency_up{name=\"telegram\"}")), 1.0);
    }

    void duplicateUpdateIsSkipped()
    {
        QVERIFY2(startDaemon(m_tg->apiUrl(), m_tg->token()), m_daemon->output().constData());
        m_tg->pushTextMessage(kChat, QStringLiteral("once"));
        QTRY_COMPARE_WITH_TIMEOUT(sentTo(kChat).size(), 1, 15000);
        const auto id
            = qint64(number(dbPath(), QStringLiteral("SELECT MAX(update_id) FROM telegram_updates")));
        // The same update again, as a server ignoring offsets would send it.
        const QByteArray body = "{\"ok\":true,\"result\":[{\"update_id\":" + QByteArray::number(id)
            + ",\"message\":{\"message_id\":5,\"date\":1,\"chat\":{\"id\":" + QByteArray::number(kChat)
            + ",\"type\":\"private\"},\"text\":\"once\"}}]}";
        m_tg->enqueueFault(QStringLiteral("getUpdates"),
                           FakeTelegramFault::rawAnswer(
                               "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                               "Content-Length: "
                               + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body));
        const int polls = int(m_tg->requests(QStringLiteral("getUpdates")).size());
        QTRY_VERIFY_WITH_TIMEOUT(m_tg->requests(QStringLiteral("getUpdates")).size() >= polls + 2, 15000);
        QCOMPARE(sentTo(kChat).size(), 1);
        QCOMPARE(number(dbPath(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE role = 'user'")), 1.0);
    }

    void unauthorized()
    {
        m_tg->setToken("999:another-token");
        QVERIFY2(startDaemon(m_tg->apiUrl(), "123456:fake-telegram-token"), m_daemon->output().constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->output().contains("(401)"), 10000);
        const QByteArray out = m_daemon->output();
        QVERIFY2(out.contains("telegram.bot_token") && out.contains("blufio doctor"), out.constData());
        QVERIFY2(!out.contains("fake-telegram-token"), out.constData());
        QCOMPARE(metric(*m_daemon, QStringLiteral("blufio_dependency_up{name=\"telegram\"}")), 0.0);
        const QJsonObject health
            = http("GET", m_daemon->url() + QStringLiteral("/v1/health"), {}, bearer()).json().object();
        QCOMPARE(health.value(QStringLiteral("status")).toString(), QStringLiteral("degraded"));
        QCOMPARE(health.value(QStringLiteral("telegram")).toObject().value(QStringLiteral("up")).toBool(true),
                 false);
        QVERIFY(health.value(QStringLiteral("telegram"))
                    .toObject()
                    .value(QStringLiteral("last_error"))
                    .isString());
        m_tg->setToken("123456:fake-telegram-token"); // cleanup() checks this token is not logged
    }

    void conflict()
    {
        m_tg->setWebhookUrl(QStringLiteral("https://example.org/hook"));
        QVERIFY2(startDaemon(m_tg->apiUrl(), m_tg->token()), m_daemon->output().constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->output().contains("(409)"), 10000);
        QVERIFY2(m_daemon->output().contains("webhook"), m_daemon->output().constData());
        QCOMPARE(metric(*m_daemon, QStringLiteral("blufio_dependency_up{name=\"telegram\"}")), 0.0);
    }

    void rateLimitHonoured()
    {
        m_tg->enqueueFault(QStringLiteral("getUpdates"), FakeTelegramFault::tooManyRequests(2));
        QElapsedTimer sinceRefusal;
        int polls = 0;
        qint64 gapMs = -1;
        const QMetaObject::Connection watch = connect(m_tg.get(), &FakeTelegramServer::requestReceived, this,
                                                      [&](const FakeTelegramRequest &r) {
                                                          if (r.method != u"getUpdates")
                                                              return;
                                                          if (++polls == 1)
                                                              sinceRefusal.start();
                                                          else if (polls == 2)
                                                              gapMs = sinceRefusal.elapsed();
                                                      });
        QVERIFY2(startDaemon(m_tg->apiUrl(), m_tg->token()), m_daemon->output().constData());
        QTRY_VERIFY_WITH_TIMEOUT(polls >= 2, 15000);
        disconnect(watch); // it holds references to this function's variables
        // Not a speed target: no request before Telegram's retry_after passed.
        QVERIFY2(gapMs >= 2000, qPrintable(QString::number(gapMs)));
        QVERIFY(m_daemon->output().contains("(429)"));
    }

    void resetMidPollRecovers()
    {
        // Qt repeats a request reset before any answer once: scripted twice.
        m_tg->enqueueFault(QStringLiteral("getUpdates"), FakeTelegramFault::reset(500));
        m_tg->enqueueFault(QStringLiteral("getUpdates"), FakeTelegramFault::reset(500));
        QVERIFY2(startDaemon(m_tg->apiUrl(), m_tg->token()), m_daemon->output().constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->output().contains("getUpdates failed"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            metric(*m_daemon, QStringLiteral("blufio_dependency_up{name=\"telegram\"}")), 1.0, 15000);
        m_tg->pushTextMessage(kChat, QStringLiteral("still there?"));
        QTRY_COMPARE_WITH_TIMEOUT(lastTextTo(kChat), FakeLlmBehaviour().reply, 15000);
    }

    void crashBetweenReceiveAndReply_data()
    {
        QTest::addColumn<int>("holdAfter");
        QTest::newRow("before any reply text") << 0;
        QTest::newRow("after the first delta was sent") << 1;
    }

    void crashBetweenReceiveAndReply()
    {
        QFETCH(int, holdAfter);
        FakeLlmBehaviour held;
        held.holdAfterDeltas = holdAfter;
        m_llm.setBehaviour(held);
        QVERIFY2(startDaemon(m_tg->apiUrl(), m_tg->token()), m_daemon->output().constData());
        const qint64 id = m_tg->pushTextMessage(kChat, QStringLiteral("answer me once"));
        QTRY_VERIFY_WITH_TIMEOUT(m_llm.heldStreams() >= 1, 15000);
        if (holdAfter > 0) // the chat has the start of the reply, and the daemon knows which message
            QTRY_VERIFY_WITH_TIMEOUT(number(dbPath(),
                                            QStringLiteral("SELECT COUNT(*) FROM telegram_updates WHERE "
                                                           "sent_message_id IS NOT NULL"))
                                         == 1,
                                     10000);
        QCOMPARE(sentTo(kChat).size(), holdAfter > 0 ? 1 : 0);
        ::kill(pid_t(m_daemon->pid()), SIGKILL);
        QVERIFY(m_daemon->waitForExit(5000));
        m_llm.setBehaviour({});
        m_llm.release();

        // The same data directory and configuration.
        QVERIFY2(m_daemon->start(), m_daemon->output().constData());
        QTRY_VERIFY_WITH_TIMEOUT(number(dbPath(),
                                        QStringLiteral("SELECT COUNT(*) FROM telegram_updates WHERE "
                                                       "delivered = 1"))
                                     == 1,
                                 20000);
        QCOMPARE(lastTextTo(kChat), FakeLlmBehaviour().reply);
        // Answered once: one message in the chat (the interrupted one edited to the whole reply).
        QCOMPARE(sentTo(kChat).size(), 1);
        QCOMPARE(number(dbPath(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE role = 'user'")), 1.0);
        QCOMPARE(number(dbPath(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE role = 'assistant'")),
                 1.0);
        // The offset is past it, and the restarted daemon asked from there.
        QCOMPARE(number(dbPath(),
                        QStringLiteral("SELECT position FROM channel_cursors WHERE channel = 'telegram'")),
                 double(id));
        QTRY_VERIFY_WITH_TIMEOUT(offsets().last() == id + 1, 10000);
    }
};

QTEST_GUILESS_MAIN(TestTelegramChannel)
#include "tst_telegramchannel.moc"
