#include "fakellm/FakeLlmServer.h"
#include "storage/StorageTestUtil.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace blufio;
using namespace blufio::test;

namespace {
const QByteArray kToken = "test-token-0123456789abcdef"; // DaemonProcess sets it
const QByteArray kApiKey = "sk-test-fake";
const QString kModel = QStringLiteral("claude-sonnet-4-5"); // agent.model's default, priced

QHash<QByteArray, QByteArray> bearer(const QByteArray &token = kToken)
{
    return {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}};
}

QByteArray chatBody(QJsonObject extra = {}, const QJsonArray &messages = {})
{
    QJsonObject o = std::move(extra);
    if (!o.contains(QStringLiteral("model")))
        o.insert(QStringLiteral("model"), kModel);
    o.insert(QStringLiteral("messages"),
             messages.isEmpty() ? QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                                                           {QStringLiteral("content"), QStringLiteral("hi")}}}
                                : messages);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject message(const QString &role, const QJsonValue &content)
{
    return {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}

QJsonObject errorOf(const HttpReply &r)
{
    return r.json().object().value(QStringLiteral("error")).toObject();
}

// The SSE events of a body: each "data: ..." line followed by a blank line, nothing else.
QList<QByteArray> sseData(const QByteArray &body, QString *problem)
{
    QList<QByteArray> events;
    const QList<QByteArray> blocks = body.split('\n');
    // Events are "data: X\n\n": lines alternate between data lines and blank separators.
    for (qsizetype i = 0; i + 1 < blocks.size(); i += 2) {
        if (!blocks.at(i).startsWith("data: ") || !blocks.at(i + 1).isEmpty()) {
            *problem = QStringLiteral("bad SSE framing at line %1: %2")
                           .arg(i)
                           .arg(QString::fromUtf8(blocks.at(i)));
            return events;
        }
        events.append(blocks.at(i).mid(6));
    }
    if (!body.endsWith("\n\n"))
        *problem = QStringLiteral("the stream does not end with a blank line");
    return events;
}
} // namespace

// POST /v1/chat/completions and GET /v1/models through a real blufiod, the fake LLM in this process
// speaking Anthropic's wire protocol, checked at the HTTP level here and with the official openai npm
// client (tests/openai/client.js, run by node) for what its users see.
class TestOpenAi : public QObject
{
    Q_OBJECT

    FakeLlmServer m_fake;
    std::unique_ptr<DaemonProcess> m_daemon; // shared by the cases that do not need a config of their own

    QByteArray config(const QByteArray &extra = {}) const
    {
        return "[providers.anthropic]\nbase_url = \"" + m_fake.anthropicBaseUrl().toUtf8()
            + "\"\napi_key = \"" + kApiKey + "\"\n" + extra;
    }

    DaemonProcess &daemon()
    {
        if (!m_daemon) {
            m_daemon = std::make_unique<DaemonProcess>();
            m_daemon->setExtraConfig(config());
            if (!m_daemon->start())
                qWarning("%s", m_daemon->output().constData());
        }
        return *m_daemon;
    }

    static QString dbPath(DaemonProcess &d)
    {
        return QDir(d.dataDir()).filePath(QStringLiteral("blufio.db"));
    }

    static QString clientScript() { return sourcePath(QStringLiteral("tests/openai/client.js")); }

    // Why the openai client cases cannot run here, or empty.
    static QString clientMissing()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            return QStringLiteral("no node in PATH: run scripts/setup.sh");
        const QString package
            = QFileInfo(clientScript()).dir().filePath(QStringLiteral("node_modules/openai/package.json"));
        if (!QFileInfo::exists(package))
            return QStringLiteral(
                       "the openai npm client is not installed (%1 is missing): run scripts/setup.sh, "
                       "which runs npm ci in tests/openai")
                .arg(package);
        return {};
    }

    // Runs one case of client.js without blocking the event loop (the fake LLM lives in it).
    QJsonObject runClient(const QString &testCase, DaemonProcess &d, const QByteArray &token = kToken,
                          const QString &model = kModel)
    {
        QProcess node;
        node.setProgram(QStandardPaths::findExecutable(QStringLiteral("node")));
        node.setArguments(
            {clientScript(), testCase, d.url() + QStringLiteral("/v1"), QString::fromLatin1(token), model});
        node.setWorkingDirectory(QFileInfo(clientScript()).absolutePath());
        QSignalSpy finished(&node, &QProcess::finished);
        node.start();
        if (!node.waitForStarted(5000) || !finished.wait(60000)) {
            node.kill();
            node.waitForFinished(5000);
            return {{QStringLiteral("failed"), QStringLiteral("node did not finish")}};
        }
        const QByteArray out = node.readAllStandardOutput().trimmed();
        const QJsonObject result = QJsonDocument::fromJson(out.split('\n').last()).object();
        if (result.isEmpty())
            return {{QStringLiteral("failed"), QString::fromUtf8(out + node.readAllStandardError())}};
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fake.listen());
        m_fake.setExpectedApiKey(kApiKey);
    }

    void cleanupTestCase() { m_daemon.reset(); }

    void init()
    {
        m_fake.setBehaviour(FakeLlmBehaviour {});
        m_fake.clearRequests();
    }

    void completionIsStatelessAndBilled()
    {
        DaemonProcess &d = daemon();
        const QJsonArray conversation {
            message(QStringLiteral("system"), QStringLiteral("Be brief.")),
            message(QStringLiteral("user"), QStringLiteral("first question")),
            message(QStringLiteral("assistant"), QStringLiteral("first answer")),
            message(QStringLiteral("developer"), QStringLiteral("Use English.")),
            message(QStringLiteral("user"),
                    QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), QStringLiteral("second ")}},
                                QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), QStringLiteral("question")}}}),
        };
        QStringList ledgerBefore;
        QVERIFY(sqliteExec(dbPath(d),
                           QStringLiteral("SELECT COUNT(*) FROM cost_ledger WHERE session_id IS NULL"),
                           &ledgerBefore));
        const HttpReply r
            = http("POST", d.url() + QStringLiteral("/v1/chat/completions"),
                   chatBody({{QStringLiteral("max_tokens"), 100}, {QStringLiteral("temperature"), 0.5}},
                            conversation),
                   bearer());
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        QVERIFY(!r.headers.contains("x-blufio-session"));
        const QJsonObject o = r.json().object();
        QVERIFY(o.value(QStringLiteral("id")).toString().startsWith(u"chatcmpl-"));
        QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        QVERIFY(o.value(QStringLiteral("created")).toInteger() > 1700000000);
        QVERIFY(o.value(QStringLiteral("model")).toString().startsWith(kModel));
        const QJsonObject choice = o.value(QStringLiteral("choices")).toArray().first().toObject();
        QCOMPARE(choice.value(QStringLiteral("index")).toInt(), 0);
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QCOMPARE(choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("assistant"));
        QCOMPARE(
            choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
            FakeLlmBehaviour {}.reply);
        const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
        QVERIFY(usage.value(QStringLiteral("prompt_tokens")).toInt() > 0);
        QVERIFY(usage.value(QStringLiteral("completion_tokens")).toInt() > 0);
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(),
                 usage.value(QStringLiteral("prompt_tokens")).toInt()
                     + usage.value(QStringLiteral("completion_tokens")).toInt());

        // The upstream was sent the request's conversation, not a stored one.
        QCOMPARE(m_fake.requests().size(), 1);
        const QJsonObject sent = m_fake.requests().first().json();
        QCOMPARE(sent.value(QStringLiteral("system")).toString(),
                 QStringLiteral("Be brief.\n\nUse English."));
        QCOMPARE(sent.value(QStringLiteral("max_tokens")).toInt(), 100);
        QCOMPARE(sent.value(QStringLiteral("temperature")).toDouble(), 0.5);
        const QJsonArray sentMessages = sent.value(QStringLiteral("messages")).toArray();
        QCOMPARE(sentMessages.size(), 3);
        QCOMPARE(sentMessages.at(1).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("assistant"));
        QCOMPARE(sentMessages.at(2).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("second question"));

        // Nothing stored but its cost: no session appears, one ledger row of no session does.
        const HttpReply sessions = http("GET", d.url() + QStringLiteral("/v1/sessions"), {}, bearer());
        QCOMPARE(sessions.json().object().value(QStringLiteral("sessions")).toArray().size(), 0);
        QStringList ledgerAfter;
        QVERIFY(
            sqliteExec(dbPath(d),
                       QStringLiteral("SELECT COUNT(*) || ' ' || (SUM(cost_usd) > 0) FROM cost_ledger WHERE "
                                      "session_id IS NULL"),
                       &ledgerAfter));
        QCOMPARE(ledgerAfter.value(0), QStringLiteral("%1 1").arg(ledgerBefore.value(0).toInt() + 1));
        QStringList rows;
        QVERIFY(sqliteExec(dbPath(d), QStringLiteral("SELECT COUNT(*) FROM queue"), &rows));
        QCOMPARE(rows.value(0), QStringLiteral("0"));
        QVERIFY(http("GET", d.url() + QStringLiteral("/metrics"))
                    .body.contains("blufio_messages_total{channel=\"openai\"}"));
    }

    void maxTokensIsCappedByTheConfig()
    {
        DaemonProcess &d = daemon();
        QCOMPARE(http("POST", d.url() + QStringLiteral("/v1/chat/completions"),
                      chatBody({{QStringLiteral("max_completion_tokens"), 1000000}}), bearer())
                     .status,
                 200);
        QCOMPARE(m_fake.requests().first().json().value(QStringLiteral("max_tokens")).toInt(), 1024);
        QVERIFY(!m_fake.requests().first().json().contains(QStringLiteral("temperature")));
    }

    void streamFraming()
    {
        DaemonProcess &d = daemon();
        const HttpReply r = http("POST", d.url() + QStringLiteral("/v1/chat/completions"),
                                 chatBody({{QStringLiteral("stream"), true},
                                           {QStringLiteral("stream_options"),
                                            QJsonObject {{QStringLiteral("include_usage"), true}}}}),
                                 bearer());
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/event-stream"));
        QString problem;
        const QList<QByteArray> events = sseData(r.body, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + QString::fromUtf8(r.body)));
        QVERIFY(events.size() >= 5);
        QCOMPARE(events.last(), QByteArray("[DONE]"));
        QString content;
        QSet<QString> ids;
        QList<QJsonObject> chunks;
        for (qsizetype i = 0; i + 1 < events.size(); ++i) {
            const QJsonObject chunk = QJsonDocument::fromJson(events.at(i)).object();
            QCOMPARE(chunk.value(QStringLiteral("object")).toString(),
                     QStringLiteral("chat.completion.chunk"));
            ids.insert(chunk.value(QStringLiteral("id")).toString());
            chunks.append(chunk);
        }
        QCOMPARE(ids.size(), 1);
        QVERIFY(ids.values().first().startsWith(u"chatcmpl-"));
        auto choiceOf = [](const QJsonObject &chunk) {
            return chunk.value(QStringLiteral("choices")).toArray().first().toObject();
        };
        // The role first, then content deltas, then the finish, then the usage with no choices.
        QCOMPARE(choiceOf(chunks.first())
                     .value(QStringLiteral("delta"))
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("assistant"));
        const QJsonObject usageChunk = chunks.takeLast();
        QCOMPARE(usageChunk.value(QStringLiteral("choices")).toArray().size(), 0);
        const QJsonObject usage = usageChunk.value(QStringLiteral("usage")).toObject();
        QVERIFY(usage.value(QStringLiteral("completion_tokens")).toInt() > 0);
        const QJsonObject finish = chunks.takeLast();
        QCOMPARE(choiceOf(finish).value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        for (qsizetype i = 1; i < chunks.size(); ++i) {
            QVERIFY(choiceOf(chunks.at(i)).value(QStringLiteral("finish_reason")).isNull());
            content += choiceOf(chunks.at(i))
                           .value(QStringLiteral("delta"))
                           .toObject()
                           .value(QStringLiteral("content"))
                           .toString();
        }
        QCOMPARE(content, FakeLlmBehaviour {}.reply);

        // Without include_usage there is no usage chunk.
        const HttpReply plain = http("POST", d.url() + QStringLiteral("/v1/chat/completions"),
                                     chatBody({{QStringLiteral("stream"), true}}), bearer());
        QCOMPARE(plain.status, 200);
        QVERIFY(!plain.body.contains("\"usage\""));
        QVERIFY(plain.body.endsWith("data: [DONE]\n\n"));
    }

    void errorShapes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("session");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("param");
        const QString chat = QStringLiteral("/v1/chat/completions");
        const QString invalid = QStringLiteral("invalid_request_error");
        const QByteArray user = "{\"role\":\"user\",\"content\":\"hi\"}";
        auto body = [](const QByteArray &fields) -> QByteArray {
            return "{\"model\":\"claude-sonnet-4-5\"," + fields + "}";
        };
        QTest::newRow("not json") << QByteArray("POST") << chat << QByteArray("{nope") << kToken
                                  << QByteArray() << 400 << invalid << QStringLiteral("invalid_request")
                                  << QString();
        QTest::newRow("no model") << QByteArray("POST") << chat << QByteArray("{\"messages\":[" + user + "]}")
                                  << kToken << QByteArray() << 400 << invalid
                                  << QStringLiteral("invalid_request") << QStringLiteral("model");
        QTest::newRow("messages not an array")
            << QByteArray("POST") << chat << body("\"messages\":\"hi\"") << kToken << QByteArray() << 400
            << invalid << QStringLiteral("invalid_request") << QStringLiteral("messages");
        QTest::newRow("tool role") << QByteArray(
            "POST") << chat << body("\"messages\":[{\"role\":\"tool\",\"content\":\"x\"}," + user + "]")
                                   << kToken << QByteArray() << 400 << invalid
                                   << QStringLiteral("invalid_request") << QStringLiteral("messages[0].role");
        QTest::newRow("image part") << QByteArray("POST") << chat
                                    << body("\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_"
                                            "url\",\"image_url\":{}}]}]")
                                    << kToken << QByteArray() << 400 << invalid
                                    << QStringLiteral("invalid_request")
                                    << QStringLiteral("messages[0].content[0].type");
        QTest::newRow("last is assistant")
            << QByteArray("POST") << chat
            << body("\"messages\":[" + user + ",{\"role\":\"assistant\",\"content\":\"x\"}]") << kToken
            << QByteArray() << 400 << invalid << QStringLiteral("invalid_request")
            << QStringLiteral("messages");
        QTest::newRow("temperature out of range")
            << QByteArray("POST") << chat << body("\"temperature\":3,\"messages\":[" + user + "]") << kToken
            << QByteArray() << 400 << invalid << QStringLiteral("invalid_request")
            << QStringLiteral("temperature");
        QTest::newRow("max_tokens zero")
            << QByteArray("POST") << chat << body("\"max_tokens\":0,\"messages\":[" + user + "]") << kToken
            << QByteArray() << 400 << invalid << QStringLiteral("invalid_request")
            << QStringLiteral("max_tokens");
        QTest::newRow("unknown model")
            << QByteArray("POST") << chat << QByteArray("{\"model\":\"gpt-9\",\"messages\":[" + user + "]}")
            << kToken << QByteArray() << 404 << invalid << QStringLiteral("model_not_found")
            << QStringLiteral("model");
        // About 35 000 tokens, over agent.context_tokens (32 000) but well under daemon.max_body_bytes: a
        // stateless conversation is sent whole or refused, before anything is stored or sent.
        QTest::newRow("conversation over the bound")
            << QByteArray("POST") << chat
            << body("\"messages\":[{\"role\":\"user\",\"content\":\"" + QByteArray(140000, 'a') + "\"}]")
            << kToken << QByteArray() << 413 << invalid << QStringLiteral("context_length_exceeded")
            << QString();
        QTest::newRow("unknown session")
            << QByteArray("POST") << chat << body("\"messages\":[" + user + "]") << kToken
            << QByteArray("00000000-0000-0000-0000-000000000000") << 404 << invalid
            << QStringLiteral("session_not_found") << QString();
        QTest::newRow("no credentials")
            << QByteArray("POST") << chat << body("\"messages\":[" + user + "]") << QByteArray()
            << QByteArray() << 401 << QStringLiteral("authentication_error")
            << QStringLiteral("invalid_api_key") << QString();
        QTest::newRow("wrong token") << QByteArray("GET") << QStringLiteral("/v1/models") << QByteArray()
                                     << QByteArray("wrong-token-0123456789abcdef") << QByteArray() << 401
                                     << QStringLiteral("authentication_error")
                                     << QStringLiteral("invalid_api_key") << QString();
        QTest::newRow("wrong method") << QByteArray("GET") << chat << QByteArray() << kToken << QByteArray()
                                      << 405 << invalid << QStringLiteral("method_not_allowed") << QString();
        QTest::newRow("unknown model id")
            << QByteArray("GET") << QStringLiteral("/v1/models/gpt-9") << QByteArray() << kToken
            << QByteArray() << 404 << invalid << QStringLiteral("model_not_found") << QStringLiteral("model");
    }

    void errorShapes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, session);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, code);
        QFETCH(QString, param);
        DaemonProcess &d = daemon();
        QHash<QByteArray, QByteArray> headers {{"Content-Type", "application/json"}};
        if (!token.isEmpty())
            headers.insert("Authorization", "Bearer " + token);
        if (!session.isEmpty())
            headers.insert("X-Blufio-Session", session);
        const HttpReply r = http(method, d.url() + path, body, headers);
        QCOMPARE(r.status, status);
        const QJsonObject e = errorOf(r);
        QStringList keys = e.keys();
        keys.sort();
        QCOMPARE(keys,
                 QStringList({QStringLiteral("code"), QStringLiteral("message"), QStringLiteral("param"),
                              QStringLiteral("type")}));
        QCOMPARE(e.value(QStringLiteral("type")).toString(), type);
        QCOMPARE(e.value(QStringLiteral("code")).toString(), code);
        if (param.isEmpty())
            QVERIFY(e.value(QStringLiteral("param")).isNull());
        else
            QCOMPARE(e.value(QStringLiteral("param")).toString(), param);
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
        if (!param.isEmpty() && status == 400)
            QVERIFY2(e.value(QStringLiteral("message")).toString().contains(param),
                     qPrintable(e.value(QStringLiteral("message")).toString()));
        QVERIFY(m_fake.requests().isEmpty()); // refused before any upstream call
    }

    void bodyTooLargeIs413InTheRoutesShape()
    {
        DaemonProcess &d = daemon();
        auto exchange = [&](const QByteArray &path) {
            const QByteArray reply
                = rawExchange(d.port(),
                              "POST " + path + " HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                                  + "\r\nContent-Length: 2000000\r\n\r\n{");
            const qsizetype body = reply.indexOf("\r\n\r\n");
            return std::make_pair(reply.left(reply.indexOf("\r\n")),
                                  QJsonDocument::fromJson(reply.mid(body + 4))
                                      .object()
                                      .value(QStringLiteral("error"))
                                      .toObject());
        };
        const auto [status, openAi] = exchange("/v1/chat/completions");
        QCOMPARE(status, QByteArray("HTTP/1.1 413 Content Too Large"));
        QCOMPARE(openAi.value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
        QCOMPARE(openAi.value(QStringLiteral("code")).toString(), QStringLiteral("payload_too_large"));
        const auto [blufioStatus, blufio] = exchange("/v1/messages");
        QCOMPARE(blufioStatus, status);
        QCOMPARE(blufio.value(QStringLiteral("code")).toString(), QStringLiteral("payload_too_large"));
        QVERIFY(!blufio.contains(QStringLiteral("type")));
    }

    void blufioRoutesKeepTheirShape()
    {
        const HttpReply r = http("GET", daemon().url() + QStringLiteral("/v1/sessions"));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorOf(r).value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
        QVERIFY(!errorOf(r).contains(QStringLiteral("type")));
    }

    void upstreamFailureIs502()
    {
        FakeLlmBehaviour failing;
        failing.mode = FakeLlmBehaviour::Mode::ServerError;
        m_fake.setBehaviour(failing);
        const HttpReply r
            = http("POST", daemon().url() + QStringLiteral("/v1/chat/completions"), chatBody(), bearer());
        QCOMPARE(r.status, 502);
        QCOMPARE(errorOf(r).value(QStringLiteral("type")).toString(), QStringLiteral("server_error"));
        QCOMPARE(errorOf(r).value(QStringLiteral("code")).toString(),
                 QStringLiteral("provider_server_error"));
        // Mid-stream the failure is an error event, without [DONE].
        const HttpReply s = http("POST", daemon().url() + QStringLiteral("/v1/chat/completions"),
                                 chatBody({{QStringLiteral("stream"), true}}), bearer());
        QCOMPARE(s.status, 200);
        QVERIFY2(s.body.contains("data: {\"error\":{"), s.body.constData());
        QVERIFY(!s.body.contains("[DONE]"));
    }

    void sessionHeaderStoresTheExchange()
    {
        DaemonProcess &d = daemon();
        QHash<QByteArray, QByteArray> headers = bearer();
        headers.insert("X-Blufio-Session", "new");
        const HttpReply first = http("POST", d.url() + QStringLiteral("/v1/chat/completions"),
                                     chatBody({},
                                              {message(QStringLiteral("system"), QStringLiteral("sys")),
                                               message(QStringLiteral("user"), QStringLiteral("one"))}),
                                     headers);
        QCOMPARE(first.status, 200);
        const QByteArray session = first.headers.value("x-blufio-session");
        QCOMPARE(session.size(), 36);
        headers.insert("X-Blufio-Session", session);
        const QString reply = FakeLlmBehaviour {}.reply;
        const HttpReply second = http("POST", d.url() + QStringLiteral("/v1/chat/completions"),
                                      chatBody({{QStringLiteral("stream"), true}},
                                               {message(QStringLiteral("user"), QStringLiteral("one")),
                                                message(QStringLiteral("assistant"), reply),
                                                message(QStringLiteral("user"), QStringLiteral("two"))}),
                                      headers);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.headers.value("x-blufio-session"), session);
        QVERIFY(second.body.endsWith("data: [DONE]\n\n"));
        // The session holds each exchange's last user message and its reply; no system message.
        const HttpReply transcript = http(
            "GET", d.url() + QStringLiteral("/v1/sessions/") + QString::fromLatin1(session), {}, bearer());
        QCOMPARE(transcript.status, 200);
        const QJsonArray stored = transcript.json().object().value(QStringLiteral("messages")).toArray();
        QStringList contents;
        for (const QJsonValue &m : stored)
            contents.append(m.toObject().value(QStringLiteral("role")).toString() + QLatin1Char(':')
                            + m.toObject().value(QStringLiteral("content")).toString());
        QCOMPARE(contents,
                 QStringList({QStringLiteral("user:one"), QStringLiteral("assistant:") + reply,
                              QStringLiteral("user:two"), QStringLiteral("assistant:") + reply}));
        // The second call was sent the request's three messages.
        QCOMPARE(m_fake.requests().last().json().value(QStringLiteral("messages")).toArray().size(), 3);
        QVERIFY(m_fake.requests().last().json().value(QStringLiteral("system")).toString() != u"sys");
    }

    void modelsList()
    {
        const HttpReply r = http("GET", daemon().url() + QStringLiteral("/v1/models"), {}, bearer());
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        QStringList ids;
        for (const QJsonValue &m : o.value(QStringLiteral("data")).toArray()) {
            QCOMPARE(m.toObject().value(QStringLiteral("object")).toString(), QStringLiteral("model"));
            QVERIFY(m.toObject().value(QStringLiteral("created")).toInteger() > 1700000000);
            QVERIFY(!m.toObject().value(QStringLiteral("owned_by")).toString().isEmpty());
            ids.append(m.toObject().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids, QStringList({kModel, QStringLiteral("blufio")}));
        const HttpReply one = http("GET", daemon().url() + QStringLiteral("/v1/models/blufio"), {}, bearer());
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().object().value(QStringLiteral("id")).toString(), QStringLiteral("blufio"));
        // The alias is answered by the configured model.
        QCOMPARE(http("POST", daemon().url() + QStringLiteral("/v1/chat/completions"),
                      chatBody({{QStringLiteral("model"), QStringLiteral("blufio")}}), bearer())
                     .status,
                 200);
        QCOMPARE(m_fake.requests().last().json().value(QStringLiteral("model")).toString(), kModel);
    }

    void budgetExhaustedIs402()
    {
        DaemonProcess d;
        d.setExtraConfig(config("[cost]\ndaily_budget_usd = 0.0000001\n"));
        QVERIFY2(d.start(), d.output().constData());
        QCOMPARE(http("POST", d.url() + QStringLiteral("/v1/chat/completions"), chatBody(), bearer()).status,
                 200);
        const HttpReply r
            = http("POST", d.url() + QStringLiteral("/v1/chat/completions"), chatBody(), bearer());
        QCOMPARE(r.status, 402);
        QCOMPARE(errorOf(r).value(QStringLiteral("type")).toString(), QStringLiteral("insufficient_quota"));
        QCOMPARE(errorOf(r).value(QStringLiteral("code")).toString(), QStringLiteral("insufficient_quota"));
        if (const QString missing = clientMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        const QJsonObject e
            = runClient(QStringLiteral("completion"), d).value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("class")).toString(), QStringLiteral("APIError"));
        QCOMPARE(e.value(QStringLiteral("status")).toInt(), 402);
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("insufficient_quota"));
    }

    void fullQueueIs503()
    {
        DaemonProcess d;
        d.setExtraConfig(config("[agent]\nmax_concurrent = 1\nmax_queue = 1\n"));
        QVERIFY2(d.start(), d.output().constData());
        FakeLlmBehaviour hold;
        hold.holdAfterDeltas = 1;
        m_fake.setBehaviour(hold);
        const int heldBefore = m_fake.heldStreams();
        QTcpSocket first;
        first.connectToHost(QHostAddress::LocalHost, d.port());
        QVERIFY(first.waitForConnected(3000));
        const QByteArray body = chatBody({{QStringLiteral("stream"), true}});
        first.write("POST /v1/chat/completions HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + kToken
                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.heldStreams(), heldBefore + 1, 10000);
        const HttpReply r
            = http("POST", d.url() + QStringLiteral("/v1/chat/completions"), chatBody(), bearer());
        QCOMPARE(r.status, 503);
        QCOMPARE(r.headers.value("retry-after"), QByteArray("5"));
        QCOMPARE(errorOf(r).value(QStringLiteral("type")).toString(), QStringLiteral("server_error"));
        QCOMPARE(errorOf(r).value(QStringLiteral("code")).toString(), QStringLiteral("queue_full"));
        if (const QString missing = clientMissing(); missing.isEmpty()) {
            const QJsonObject e
                = runClient(QStringLiteral("completion"), d).value(QStringLiteral("error")).toObject();
            QCOMPARE(e.value(QStringLiteral("class")).toString(), QStringLiteral("InternalServerError"));
            QCOMPARE(e.value(QStringLiteral("status")).toInt(), 503);
            QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("queue_full"));
        }
        m_fake.release();
        QByteArray rest;
        QTRY_VERIFY_WITH_TIMEOUT((rest += first.readAll()).contains("data: [DONE]"), 10000);
    }

    void openAiClient()
    {
        if (const QString missing = clientMissing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        DaemonProcess &d = daemon();
        const QString reply = FakeLlmBehaviour {}.reply;

        const QJsonObject completion = runClient(QStringLiteral("completion"), d);
        const QJsonObject c = completion.value(QStringLiteral("result")).toObject();
        QVERIFY2(!c.isEmpty(), QJsonDocument(completion).toJson().constData());
        QCOMPARE(c.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        QCOMPARE(c.value(QStringLiteral("content")).toString(), reply);
        QCOMPARE(c.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(c.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QVERIFY(c.value(QStringLiteral("usage")).toObject().value(QStringLiteral("total_tokens")).toInt()
                > 0);

        const QJsonObject stream = runClient(QStringLiteral("stream"), d);
        const QJsonObject s = stream.value(QStringLiteral("result")).toObject();
        QVERIFY2(!s.isEmpty(), QJsonDocument(stream).toJson().constData());
        QCOMPARE(s.value(QStringLiteral("content")).toString(), reply);
        QCOMPARE(s.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QCOMPARE(s.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QCOMPARE(s.value(QStringLiteral("ids")).toInt(), 1);
        QVERIFY(s.value(QStringLiteral("chunks")).toInt() >= 4);
        QVERIFY(s.value(QStringLiteral("usage")).toObject().value(QStringLiteral("completion_tokens")).toInt()
                > 0);

        const QJsonObject models = runClient(QStringLiteral("models"), d);
        const QJsonArray list
            = models.value(QStringLiteral("result")).toObject().value(QStringLiteral("models")).toArray();
        QVERIFY2(list.size() == 2, QJsonDocument(models).toJson().constData());
        QCOMPARE(list.first().toObject().value(QStringLiteral("id")).toString(), kModel);

        const QJsonObject unauthorized
            = runClient(QStringLiteral("completion"), d, "wrong-token-0123456789abcdef");
        const QJsonObject e = unauthorized.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("class")).toString(), QStringLiteral("AuthenticationError"));
        QCOMPARE(e.value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_api_key"));

        const QJsonObject unknown
            = runClient(QStringLiteral("completion"), d, kToken, QStringLiteral("gpt-9"));
        QCOMPARE(unknown.value(QStringLiteral("error")).toObject().value(QStringLiteral("class")).toString(),
                 QStringLiteral("NotFoundError"));
    }
};

QTEST_GUILESS_MAIN(TestOpenAi)
#include "tst_openai.moc"
