// TelegramBotApi (common/telegram) against telegram-test-api for the happy paths and against the
// project's own fake (tests/faketelegram) for the faults, plus TelegramReply on hostile answers.
#include "TelegramTestApi.h"
#include "common/telegram/TelegramBotApi.h"
#include "common/telegram/TelegramReply.h"
#include "faketelegram/FakeTelegramServer.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace blufio;
using namespace blufio::test;

namespace {
constexpr int WaitMs = 15000;
// telegram-test-api accepts any token; this one has the shape of a real one (id:secret).
const QByteArray EmulatorToken = QByteArrayLiteral("7000001:AAH-emulator-token_secret");

// Runs one call and waits for its single answer.
template<typename T, typename Start> std::optional<Result<T>> await(Start start, int timeoutMs = WaitMs)
{
    std::optional<Result<T>> result;
    int calls = 0;
    start([&](Result<T> r) {
        ++calls;
        result.emplace(std::move(r));
    });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    // Exactly once: a second answer would show up during a short extra spin.
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (calls > 1)
        qFatal("a call answered %d times", calls);
    return result;
}

// A whole HTTP/1.1 answer with the right Content-Length.
QByteArray rawHttp(const QByteArray &statusLine, const QByteArray &body, const QByteArray &headers = {})
{
    return "HTTP/1.1 " + statusLine + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}

QString codeName(ErrorCode code)
{
    return QString::number(int(code));
}
} // namespace

Q_DECLARE_METATYPE(blufio::test::FakeTelegramFault)
Q_DECLARE_METATYPE(blufio::ErrorCode)

class TestTelegramApi : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager *m_network = nullptr;
    TelegramTestApi *m_emulator = nullptr;
    QString m_emulatorMissing; // why telegram-test-api could not start, when it is not installed

    std::unique_ptr<TelegramBotApi> emulatorApi()
    {
        return std::make_unique<TelegramBotApi>(m_network, QUrl(m_emulator->apiUrl()), EmulatorToken);
    }

    // The token must not be in an error message, raw or percent-encoded.
    static void verifyNoToken(const QString &message, const QByteArray &token)
    {
        QVERIFY2(!message.contains(QString::fromUtf8(token)), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromUtf8(token.split(':').last())), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(token)))),
                 qPrintable(message));
    }

private slots:
    void initTestCase()
    {
        m_network = new QNetworkAccessManager(this);
        m_emulator = new TelegramTestApi;
        if (!m_emulator->start(sourcePath(QStringLiteral("tests/telegram/start.js")))) {
            // The own fake's fault cases below run regardless.
            QVERIFY2(m_emulator->notInstalled(), qPrintable(m_emulator->error()));
            m_emulatorMissing = m_emulator->error();
        }
    }

    void cleanupTestCase()
    {
        delete m_emulator;
        m_emulator = nullptr;
        delete m_network;
        m_network = nullptr;
    }

    // --- telegram-test-api: the happy paths -------------------------------------------------------

    void getMeFromEmulator()
    {
        if (!m_emulatorMissing.isEmpty())
            QSKIP(qPrintable(m_emulatorMissing));
        const auto api = emulatorApi();
        const auto me = await<TelegramUser>([&](auto done) { api->getMe(done); });
        QVERIFY(me);
        QVERIFY2(me->ok(), qPrintable(me->errorMessage()));
        QCOMPARE((*me)->id, 666);
        QCOMPARE((*me)->username, QStringLiteral("TestNameBot"));
    }

    void userMessageArrivesThroughGetUpdates()
    {
        if (!m_emulatorMissing.isEmpty())
            QSKIP(qPrintable(m_emulatorMissing));
        const auto api = emulatorApi();
        QVERIFY(m_emulator->sendUserMessage(EmulatorToken, 4242, QStringLiteral("hello, bot")));
        const auto updates = await<QList<TelegramUpdate>>([&](auto done) { api->getUpdates(0, 1, done); });
        QVERIFY(updates);
        QVERIFY2(updates->ok(), qPrintable(updates->errorMessage()));
        QCOMPARE((*updates)->size(), 1);
        const TelegramUpdate &u = (*updates)->first();
        QVERIFY(u.updateId > 0);
        QCOMPARE(u.kind, TelegramUpdate::Kind::Text);
        QCOMPARE(u.chatId, 4242);
        QVERIFY(u.messageId > 0);
        QCOMPARE(u.text, QStringLiteral("hello, bot"));
        QVERIFY(u.from);
        QCOMPARE(u.from->id, 4242);
        QCOMPARE(u.from->isBot, false);

        // The emulator answers at once and delivers an update once: the next poll is empty, not a wait.
        const auto again
            = await<QList<TelegramUpdate>>([&](auto done) { api->getUpdates(u.updateId + 1, 1, done); });
        QVERIFY(again && again->ok());
        QVERIFY((*again)->isEmpty());
    }

    void sendAndEditReachTheUser()
    {
        if (!m_emulatorMissing.isEmpty())
            QSKIP(qPrintable(m_emulatorMissing));
        const auto api = emulatorApi();
        const auto sent = await<TelegramMessage>(
            [&](auto done) { api->sendMessage(4243, QStringLiteral("thinking…"), done); });
        QVERIFY(sent);
        QVERIFY2(sent->ok(), qPrintable(sent->errorMessage()));
        QCOMPARE((*sent)->chatId, 4243);
        QVERIFY((*sent)->messageId > 0);
        QCOMPARE((*sent)->text, QStringLiteral("thinking…"));

        const QJsonArray unread = m_emulator->unreadBotMessages(EmulatorToken, 4243);
        QCOMPARE(unread.size(), 1);
        QCOMPARE(unread.first()[QStringLiteral("text")].toString(), QStringLiteral("thinking…"));

        // The emulator answers editMessageText with "result": null; that is a success without a Message.
        const auto edited = await<std::optional<TelegramMessage>>([&](auto done) {
            api->editMessageText(4243, (*sent)->messageId, QStringLiteral("the full answer"), done);
        });
        QVERIFY(edited);
        QVERIFY2(edited->ok(), qPrintable(edited->errorMessage()));
        QVERIFY(!edited->value().has_value());
        bool found = false;
        for (const QJsonValue &item : m_emulator->history(EmulatorToken)) {
            const QJsonObject m = item[QStringLiteral("message")].toObject();
            if (m.value(QStringLiteral("chat_id")).toInteger() == 4243) {
                QCOMPARE(m.value(QStringLiteral("text")).toString(), QStringLiteral("the full answer"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    // --- the own fake: faults ---------------------------------------------------------------------

    void faults_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<FakeTelegramFault>("fault");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("401 bad token")
            << "getMe" << FakeTelegramFault::unauthorized() << ErrorCode::Unauthorized << -1 << "401";
        QTest::newRow("404 token not known")
            << "getMe" << FakeTelegramFault::error(404, QStringLiteral("Not Found"))
            << ErrorCode::Unauthorized << -1 << "404";
        QTest::newRow("409 webhook") << "getUpdates" << FakeTelegramFault::webhookActive()
                                     << ErrorCode::Conflict << -1 << "webhook is active";
        QTest::newRow("409 other poller") << "getUpdates" << FakeTelegramFault::otherPoller()
                                          << ErrorCode::Conflict << -1 << "other getUpdates";
        QTest::newRow("429 retry_after") << "sendMessage" << FakeTelegramFault::tooManyRequests(7)
                                         << ErrorCode::RateLimited << 7 << "retry after 7";
        QTest::newRow("429 huge retry_after")
            << "sendMessage" << FakeTelegramFault::tooManyRequests(1000000) << ErrorCode::RateLimited
            << TelegramReply::MaxRetryAfterSecs << "429";
        QTest::newRow("429 Retry-After header, no JSON")
            << "getMe"
            << FakeTelegramFault::rawAnswer(rawHttp("429 Too Many Requests", "slow", "Retry-After: 3\r\n"))
            << ErrorCode::RateLimited << 3 << "429";
        QTest::newRow("400 refused") << "sendMessage"
                                     << FakeTelegramFault::error(
                                            400, QStringLiteral("Bad Request: chat not found"))
                                     << ErrorCode::InvalidArgument << -1 << "chat not found";
        QTest::newRow("500") << "getMe"
                             << FakeTelegramFault::error(500, QStringLiteral("Internal Server Error"))
                             << ErrorCode::Unavailable << -1 << "500";
        QTest::newRow("502 html proxy")
            << "getMe" << FakeTelegramFault::rawAnswer(rawHttp("502 Bad Gateway", "<html>"))
            << ErrorCode::Unavailable << -1 << "502";
        QTest::newRow("200 not json") << "getMe" << FakeTelegramFault::rawAnswer(rawHttp("200 OK", "hello"))
                                      << ErrorCode::Malformed << -1 << "not a Bot API answer";
        QTest::newRow("200 result not a user")
            << "getMe" << FakeTelegramFault::rawAnswer(rawHttp("200 OK", R"({"ok":true,"result":[1,2]})"))
            << ErrorCode::Malformed << -1 << "user";
        QTest::newRow("200 updates without update_id")
            << "getUpdates"
            << FakeTelegramFault::rawAnswer(rawHttp("200 OK", R"({"ok":true,"result":[{"x":true}]})"))
            << ErrorCode::Malformed << -1 << "update_id";
        QTest::newRow("redirect") << "getMe"
                                  << FakeTelegramFault::rawAnswer(
                                         rawHttp("302 Found", {}, "Location: http://127.0.0.1:1/\r\n"))
                                  << ErrorCode::Malformed << -1 << "redirected";
        QTest::newRow("reset") << "getMe" << FakeTelegramFault::reset() << ErrorCode::Network << -1
                               << "getMe";
        QTest::newRow("closed mid-body")
            << "getMe"
            << FakeTelegramFault::rawAnswer("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"ok\":true,")
            << ErrorCode::Network << -1 << "getMe";
    }

    void faults()
    {
        QFETCH(QString, method);
        QFETCH(FakeTelegramFault, fault);
        QFETCH(ErrorCode, code);
        QFETCH(int, retryAfter);
        QFETCH(QString, fragment);
        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        fake.enqueueFault(method, fault);
        // Qt sends a request again, once, when its connection was reset before any byte of an answer.
        if (fault.kind == FakeTelegramFault::Kind::Reset)
            fake.enqueueFault(method, fault);
        TelegramBotApi api(m_network, QUrl(fake.apiUrl()), fake.token());
        std::optional<Error> error;
        if (method == u"getMe") {
            const auto r = await<TelegramUser>([&](auto done) { api.getMe(done); });
            QVERIFY(r && !r->ok());
            error = r->error();
        } else if (method == u"getUpdates") {
            const auto r = await<QList<TelegramUpdate>>([&](auto done) { api.getUpdates(0, 1, done); });
            QVERIFY(r && !r->ok());
            error = r->error();
        } else {
            const auto r
                = await<TelegramMessage>([&](auto done) { api.sendMessage(5, QStringLiteral("hi"), done); });
            QVERIFY(r && !r->ok());
            error = r->error();
        }
        QVERIFY2(error->code == code, qPrintable(codeName(error->code) + u' ' + error->message));
        QCOMPARE(error->retryAfterSecs, retryAfter);
        QVERIFY2(error->message.contains(fragment), qPrintable(error->message));
        // The URL is in the message, masked.
        QVERIFY2(error->message.contains(fake.apiUrl() + QStringLiteral("/bot****/") + method),
                 qPrintable(error->message));
        verifyNoToken(error->message, fake.token());
        QCOMPARE(api.inFlight(), 0);
    }

    void wrongTokenIsUnauthorized()
    {
        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        const QByteArray wrong = QByteArrayLiteral("42:not-the-right-secret");
        TelegramBotApi api(m_network, QUrl(fake.apiUrl()), wrong);
        const auto r = await<TelegramUser>([&](auto done) { api.getMe(done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->code(), ErrorCode::Unauthorized);
        verifyNoToken(r->errorMessage(), wrong);
        QCOMPARE(fake.requests().size(), 1);
        QCOMPARE(fake.requests().first().token, wrong);
    }

    void unreachableIsNetwork()
    {
        const QByteArray token = QByteArrayLiteral("99:unreachable-secret");
        TelegramBotApi api(m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort())), token);
        const auto r = await<TelegramUser>([&](auto done) { api.getMe(done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->code(), ErrorCode::Network);
        verifyNoToken(r->errorMessage(), token);
    }

    void noAnswerInTimeIsTimeout()
    {
        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        fake.enqueueFault(QStringLiteral("getMe"), FakeTelegramFault::hang());
        TelegramBotApi api(m_network, QUrl(fake.apiUrl()), fake.token());
        api.setRequestTimeoutMs(300);
        const auto r = await<TelegramUser>([&](auto done) { api.getMe(done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->code(), ErrorCode::Timeout);
        verifyNoToken(r->errorMessage(), fake.token());
    }

    void longPollReallyWaits()
    {
        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        TelegramBotApi api(m_network, QUrl(fake.apiUrl()), fake.token());
        QSignalSpy held(&fake, &FakeTelegramServer::pollHeld);
        std::optional<Result<QList<TelegramUpdate>>> result;
        api.getUpdates(0, 20, [&](Result<QList<TelegramUpdate>> r) { result.emplace(std::move(r)); });
        QVERIFY(held.wait(WaitMs));
        // Held by the server with nothing to deliver: no answer yet, whatever the event loop does.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        QVERIFY(!result);
        QCOMPARE(fake.heldPolls(), 1);
        const qint64 id = fake.pushTextMessage(77, QStringLiteral("/new"));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), WaitMs);
        QVERIFY2(result->ok(), qPrintable(result->errorMessage()));
        QCOMPARE((*result)->size(), 1);
        QCOMPARE((*result)->first().updateId, id);
        QCOMPARE((*result)->first().text, QStringLiteral("/new"));

        // The body is JSON with the poll's parameters.
        const FakeTelegramRequest request = fake.requests(QStringLiteral("getUpdates")).first();
        QCOMPARE(request.httpMethod, QByteArray("POST"));
        QVERIFY(request.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(request.body.value(QStringLiteral("timeout")).toInt(), 20);
        QCOMPARE(request.body.value(QStringLiteral("allowed_updates")).toArray(),
                 QJsonArray {QStringLiteral("message")});
        QVERIFY(!request.body.contains(QStringLiteral("offset")));

        // With offset past it the update is confirmed, and an empty poll ends with [] when the server's
        // timeout is over: a success, not an error.
        const auto empty = await<QList<TelegramUpdate>>([&](auto done) { api.getUpdates(id + 1, 1, done); });
        QVERIFY(empty);
        QVERIFY2(empty->ok(), qPrintable(empty->errorMessage()));
        QVERIFY((*empty)->isEmpty());
        QCOMPARE(fake.requests(QStringLiteral("getUpdates"))
                     .last()
                     .body.value(QStringLiteral("offset"))
                     .toInteger(),
                 id + 1);
    }

    void resetInTheMiddleOfALongPoll()
    {
        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        // Qt sends the poll again once after a reset that came before any byte of an answer; the
        // second reset is the client's.
        fake.enqueueFault(QStringLiteral("getUpdates"), FakeTelegramFault::reset(300));
        fake.enqueueFault(QStringLiteral("getUpdates"), FakeTelegramFault::reset(300));
        TelegramBotApi api(m_network, QUrl(fake.apiUrl()), fake.token());
        QSignalSpy held(&fake, &FakeTelegramServer::pollHeld);
        std::optional<Result<QList<TelegramUpdate>>> result;
        api.getUpdates(0, 30, [&](Result<QList<TelegramUpdate>> r) { result.emplace(std::move(r)); });
        QVERIFY(held.wait(WaitMs));
        QVERIFY(!result);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), WaitMs);
        QVERIFY(!result->ok());
        QCOMPARE(result->code(), ErrorCode::Network);
        QCOMPARE(fake.requests(QStringLiteral("getUpdates")).size(), 2);
        verifyNoToken(result->errorMessage(), fake.token());

        // The client goes on: the next poll works.
        fake.pushTextMessage(5, QStringLiteral("after the reset"));
        const auto next = await<QList<TelegramUpdate>>([&](auto done) { api.getUpdates(0, 5, done); });
        QVERIFY(next && next->ok());
        QCOMPARE((*next)->size(), 1);
    }

    void abortedCallsNeverAnswer()
    {
        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        QSignalSpy held(&fake, &FakeTelegramServer::pollHeld);
        int answers = 0;
        {
            TelegramBotApi api(m_network, QUrl(fake.apiUrl()), fake.token());
            const TelegramBotApi::Id id = api.getUpdates(0, 30, [&](auto) { ++answers; });
            QVERIFY(held.wait(WaitMs));
            api.abort(id);
            QCOMPARE(api.inFlight(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(fake.heldPolls(), 0, WaitMs); // the connection was closed
            // Destroyed with a call in flight: dropped as well.
            api.getUpdates(0, 30, [&](auto) { ++answers; });
            QVERIFY(held.wait(WaitMs));
        }
        QTRY_COMPARE_WITH_TIMEOUT(fake.heldPolls(), 0, WaitMs);
        fake.pushTextMessage(5, QStringLiteral("nobody listens"));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        QCOMPARE(answers, 0);
    }

    void messagesAndEditsOnTheFake()
    {
        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        TelegramBotApi api(m_network, QUrl(fake.apiUrl()), fake.token());
        const qint64 group = -1001234567890LL;
        const auto sent = await<TelegramMessage>(
            [&](auto done) { api.sendMessage(group, QStringLiteral("part"), done); });
        QVERIFY(sent && sent->ok());
        QCOMPARE((*sent)->chatId, group);
        QCOMPARE(fake.requests(QStringLiteral("sendMessage"))
                     .first()
                     .body.value(QStringLiteral("chat_id"))
                     .toInteger(),
                 group);

        // Telegram answers an edit with the edited Message.
        const auto edited = await<std::optional<TelegramMessage>>([&](auto done) {
            api.editMessageText(group, (*sent)->messageId, QStringLiteral("part and the rest"), done);
        });
        QVERIFY(edited && edited->ok());
        QVERIFY(edited->value().has_value());
        QCOMPARE(edited->value()->text, QStringLiteral("part and the rest"));
        QCOMPARE(fake.sent().first().text, QStringLiteral("part and the rest"));
        // The same text again: 400 "message is not modified", which the channel must tell apart.
        const auto same = await<std::optional<TelegramMessage>>([&](auto done) {
            api.editMessageText(group, (*sent)->messageId, QStringLiteral("part and the rest"), done);
        });
        QVERIFY(same && !same->ok());
        QCOMPARE(same->code(), ErrorCode::InvalidArgument);
        QVERIFY(same->errorMessage().contains(QStringLiteral("not modified")));
    }

    void updateKinds()
    {
        FakeTelegramServer fake;
        QVERIFY(fake.listen());
        const QJsonObject chat {{QStringLiteral("id"), 8},
                                {QStringLiteral("type"), QStringLiteral("private")}};
        fake.pushTextMessage(8, QStringLiteral("text"));
        fake.pushUpdate({{QStringLiteral("message"),
                          QJsonObject {{QStringLiteral("message_id"), 3},
                                       {QStringLiteral("chat"), chat},
                                       {QStringLiteral("sticker"),
                                        QJsonObject {{QStringLiteral("emoji"), QStringLiteral("x")}}}}}});
        fake.pushUpdate({{QStringLiteral("edited_message"),
                          QJsonObject {{QStringLiteral("message_id"), 1},
                                       {QStringLiteral("chat"), chat},
                                       {QStringLiteral("text"), QStringLiteral("e")}}}});
        fake.pushUpdate({{QStringLiteral("message"),
                          QJsonObject {{QStringLiteral("message_id"), 4},
                                       {QStringLiteral("text"), QStringLiteral("no chat")}}}});
        TelegramBotApi api(m_network, QUrl(fake.apiUrl()), fake.token());
        const auto r = await<QList<TelegramUpdate>>([&](auto done) { api.getUpdates(0, 1, done); });
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->size(), 4);
        QCOMPARE((*r)->at(0).kind, TelegramUpdate::Kind::Text);
        QCOMPARE((*r)->at(1).kind, TelegramUpdate::Kind::NonText);
        QCOMPARE((*r)->at(1).chatId, 8);
        QCOMPARE((*r)->at(1).messageId, 3);
        QCOMPARE((*r)->at(2).kind, TelegramUpdate::Kind::Other);
        QCOMPARE((*r)->at(3).kind, TelegramUpdate::Kind::Other);
        for (qsizetype i = 1; i < (*r)->size(); ++i)
            QCOMPARE((*r)->at(i).updateId, (*r)->at(i - 1).updateId + 1);
    }

    // --- TelegramReply on its own ------------------------------------------------------------------

    void hostileEnvelopes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("empty") << 200 << QByteArray() << ErrorCode::Malformed;
        QTest::newRow("array") << 200 << QByteArray("[]") << ErrorCode::Malformed;
        QTest::newRow("ok as string")
            << 200 << QByteArray(R"({"ok":"true","result":{}})") << ErrorCode::Malformed;
        QTest::newRow("ok without result") << 200 << QByteArray(R"({"ok":true})") << ErrorCode::Malformed;
        QTest::newRow("ok on a 500") << 500 << QByteArray(R"({"ok":true,"result":1})")
                                     << ErrorCode::Malformed;
        QTest::newRow("error code as string")
            << 409 << QByteArray(R"({"ok":false,"error_code":"409"})") << ErrorCode::Conflict;
        QTest::newRow("error code absurd")
            << 400 << QByteArray(R"({"ok":false,"error_code":1e300})") << ErrorCode::InvalidArgument;
        QTest::newRow("error on a 200")
            << 200 << QByteArray(R"({"ok":false,"error_code":401})") << ErrorCode::Unauthorized;
        QTest::newRow("retry_after as string")
            << 429 << QByteArray(R"({"ok":false,"error_code":429,"parameters":{"retry_after":"5"}})")
            << ErrorCode::RateLimited;
        QTest::newRow("404 not json") << 404 << QByteArray("<html>") << ErrorCode::Malformed;
    }

    void hostileEnvelopes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorCode, code);
        const Result<QJsonValue> r = TelegramReply::envelope(status, body);
        QVERIFY(!r.ok());
        QVERIFY2(r.code() == code, qPrintable(codeName(r.code()) + u' ' + r.errorMessage()));
        QVERIFY(!r.errorMessage().isEmpty());
        if (body.contains("retry_after"))
            QCOMPARE(r.error().retryAfterSecs, -1);
    }

    void hostileValues()
    {
        // Ids beyond 2^53 stay exact; fractions, strings and booleans are not ids.
        QCOMPARE(TelegramReply::integer(QJsonDocument::fromJson("[9007199254740993]").array().first()),
                 std::optional<qint64>(9007199254740993LL));
        QVERIFY(!TelegramReply::integer(QJsonValue(1.5)));
        QVERIFY(!TelegramReply::integer(QJsonValue(QStringLiteral("1"))));
        QVERIFY(!TelegramReply::integer(QJsonValue(true)));
        QVERIFY(!TelegramReply::integer(QJsonValue(1e300)));
        QCOMPARE(TelegramReply::integer(QJsonValue(-1001234567890.0)),
                 std::optional<qint64>(-1001234567890LL));

        QVERIFY(!TelegramReply::message(QJsonValue(QJsonObject {{QStringLiteral("message_id"), 1}})).ok());
        QVERIFY(!TelegramReply::message(QJsonValue(QJsonObject {{QStringLiteral("message_id"), 1.5},
                                                                {QStringLiteral("chat"),
                                                                 QJsonObject {{QStringLiteral("id"), 1}}}}))
                     .ok());
        // A "from" or "text" of the wrong type is absent, not a crash or garbage.
        const Result<TelegramMessage> odd = TelegramReply::message(
            QJsonValue(QJsonObject {{QStringLiteral("message_id"), 1},
                                    {QStringLiteral("chat"), QJsonObject {{QStringLiteral("id"), 2}}},
                                    {QStringLiteral("from"), QStringLiteral("me")},
                                    {QStringLiteral("text"), 12}}));
        QVERIFY(odd.ok());
        QVERIFY(!odd->from);
        QVERIFY(!odd->isText);
        QVERIFY(TelegramReply::editResult(QJsonValue(true)).ok());
        QVERIFY(TelegramReply::editResult(QJsonValue(QJsonValue::Null)).ok());
        QVERIFY(!TelegramReply::editResult(QJsonValue(false)).ok());
        QVERIFY(!TelegramReply::updates(QJsonValue(QJsonObject())).ok());
        QVERIFY(!TelegramReply::updates(QJsonDocument::fromJson(R"([{"update_id":-1}])").array()).ok());
    }
};

QTEST_GUILESS_MAIN(TestTelegramApi)
#include "tst_telegramapi.moc"
