// The OpenAI routes' own parts in-process: the request parser on accepted and hostile bodies, the
// OpenAI dialect of ErrorTable for every kind, the rewrite of blufio-shaped refusals, the model catalog.
#include "daemon/gateway/ChatCompletionRequest.h"
#include "daemon/gateway/ErrorTable.h"
#include "daemon/gateway/ModelCatalog.h"
#include "daemon/http/HttpResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace blufio;

namespace {
std::variant<ChatCompletionRequest, ChatRequestError> parse(const QByteArray &body)
{
    return ChatCompletionRequest::parse(body);
}

QJsonObject inner(const HttpResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
}
} // namespace

class TestOpenAiGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted()
    {
        const QByteArray body = R"({"model": "m", "stream": true, "stream_options": {"include_usage": true},
            "max_tokens": 50, "max_completion_tokens": 70, "temperature": 0, "n": 1, "tools": [], "top_p": 0.3,
            "messages": [
              {"role": "system", "content": "a"},
              {"role": "user", "content": [{"type": "text", "text": "x"}, {"type": "text", "text": "y"}]},
              {"role": "assistant", "content": "z"},
              {"role": "developer", "content": [{"type": "text", "text": "b"}]},
              {"role": "user", "content": "last"}]})";
        auto parsed = parse(body);
        QVERIFY(std::holds_alternative<ChatCompletionRequest>(parsed));
        const ChatCompletionRequest r = std::get<ChatCompletionRequest>(parsed);
        QCOMPARE(r.model, QStringLiteral("m"));
        QVERIFY(r.stream);
        QVERIFY(r.includeUsage);
        QCOMPARE(r.maxTokens, 70); // max_completion_tokens wins
        QCOMPARE(r.temperature, std::optional<double>(0.0));
        QCOMPARE(r.systemPrompt, std::optional<QString>(QStringLiteral("a\n\nb")));
        QCOMPARE(r.messages.size(), 3);
        QCOMPARE(r.messages.at(0).role, QStringLiteral("user"));
        QCOMPARE(r.messages.at(0).content, QStringLiteral("xy"));
        QCOMPARE(r.messages.at(1).role, QStringLiteral("assistant"));
        QCOMPARE(r.lastUserContent(), QStringLiteral("last"));
    }

    void minimal()
    {
        auto parsed
            = parse(R"({"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": null})");
        QVERIFY(std::holds_alternative<ChatCompletionRequest>(parsed));
        const ChatCompletionRequest r = std::get<ChatCompletionRequest>(parsed);
        QVERIFY(!r.stream);
        QVERIFY(!r.includeUsage);
        QCOMPARE(r.maxTokens, 0);
        QVERIFY(!r.temperature);
        QVERIFY(!r.systemPrompt); // none given: the agent's own applies
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("param");
        const QByteArray user = R"({"role": "user", "content": "hi"})";
        auto with = [&](const QByteArray &fields) -> QByteArray {
            return "{\"model\": \"m\", \"messages\": [" + user + "], " + fields + "}";
        };
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("syntax") << QByteArray("{\"model\":") << QString();
        QTest::newRow("unpaired surrogate")
            << QByteArray(R"({"model": "\ud800", "messages": []})") << QString();
        QTest::newRow("array body") << QByteArray("[]") << QString();
        QTest::newRow("no model") << QByteArray("{\"messages\": [" + user + "]}") << QStringLiteral("model");
        QTest::newRow("model number")
            << QByteArray("{\"model\": 4, \"messages\": [" + user + "]}") << QStringLiteral("model");
        QTest::newRow("empty model") << QByteArray("{\"model\": \"\", \"messages\": [" + user + "]}")
                                     << QStringLiteral("model");
        QTest::newRow("no messages") << QByteArray(R"({"model": "m"})") << QStringLiteral("messages");
        QTest::newRow("empty messages")
            << QByteArray(R"({"model": "m", "messages": []})") << QStringLiteral("messages");
        QTest::newRow("message not object")
            << QByteArray(R"({"model": "m", "messages": ["hi"]})") << QStringLiteral("messages[0]");
        QTest::newRow("no role") << QByteArray(R"({"model": "m", "messages": [{"content": "hi"}]})")
                                 << QStringLiteral("messages[0].role");
        QTest::newRow("tool role") << QByteArray(
            R"({"model": "m", "messages": [{"role": "tool", "content": "x"}]})")
                                   << QStringLiteral("messages[0].role");
        QTest::newRow("null content")
            << QByteArray(R"({"model": "m", "messages": [{"role": "user", "content": null}]})")
            << QStringLiteral("messages[0].content");
        QTest::newRow("object content")
            << QByteArray(R"({"model": "m", "messages": [{"role": "user", "content": {}}]})")
            << QStringLiteral("messages[0].content");
        QTest::newRow("part not object")
            << QByteArray(R"({"model": "m", "messages": [{"role": "user", "content": [1]}]})")
            << QStringLiteral("messages[0].content[0]");
        QTest::newRow("image part") << QByteArray(
            R"({"model": "m", "messages": [{"role": "user", "content": [{"type": "image_url"}]}]})")
                                    << QStringLiteral("messages[0].content[0].type");
        QTest::newRow("part text number") << QByteArray(
            R"({"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": 1}]}]})")
                                          << QStringLiteral("messages[0].content[0].text");
        QTest::newRow("only system") << QByteArray(
            R"({"model": "m", "messages": [{"role": "system", "content": "x"}]})")
                                     << QStringLiteral("messages");
        QTest::newRow("last assistant") << QByteArray("{\"model\": \"m\", \"messages\": [" + user
                                                      + R"(, {"role": "assistant", "content": "x"}]})")
                                        << QStringLiteral("messages");
        QTest::newRow("blank last") << QByteArray(
            R"({"model": "m", "messages": [{"role": "user", "content": "  "}]})")
                                    << QStringLiteral("messages[0].content");
        QTest::newRow("stream string") << with(R"("stream": "yes")") << QStringLiteral("stream");
        QTest::newRow("stream_options array")
            << with(R"("stream_options": [])") << QStringLiteral("stream_options");
        QTest::newRow("include_usage number") << with(R"("stream_options": {"include_usage": 1})")
                                              << QStringLiteral("stream_options.include_usage");
        QTest::newRow("max_tokens zero") << with(R"("max_tokens": 0)") << QStringLiteral("max_tokens");
        QTest::newRow("max_tokens fraction") << with(R"("max_tokens": 2.5)") << QStringLiteral("max_tokens");
        QTest::newRow("max_tokens huge") << with(R"("max_tokens": 1e300)") << QStringLiteral("max_tokens");
        QTest::newRow("max_tokens string") << with(R"("max_tokens": "5")") << QStringLiteral("max_tokens");
        QTest::newRow("max_completion_tokens negative")
            << with(R"("max_completion_tokens": -3)") << QStringLiteral("max_completion_tokens");
        QTest::newRow("temperature high") << with(R"("temperature": 2.01)") << QStringLiteral("temperature");
        QTest::newRow("temperature string") << with(R"("temperature": "1")") << QStringLiteral("temperature");
        QTest::newRow("n two") << with(R"("n": 2)") << QStringLiteral("n");
        QTest::newRow("tools") << with(R"("tools": [{"type": "function"}])") << QStringLiteral("tools");
        QByteArray many = R"({"model": "m", "messages": [)";
        for (int i = 0; i <= ChatCompletionRequest::kMaxMessages; ++i)
            many += user + ',';
        many.chop(1);
        QTest::newRow("too many messages") << QByteArray(many + "]}") << QStringLiteral("messages");
    }

    void refused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, param);
        auto parsed = parse(body);
        QVERIFY(std::holds_alternative<ChatRequestError>(parsed));
        const ChatRequestError e = std::get<ChatRequestError>(parsed);
        QCOMPARE(e.param, param);
        QVERIFY(!e.message.isEmpty());
        if (!param.isEmpty())
            QVERIFY2(e.message.contains(param), qPrintable(e.message)); // the sentence names the field
    }

    void openAiShapeOfEveryKind()
    {
        for (AgentError::Kind kind : AgentError::allKinds()) {
            AgentError error(kind, QStringLiteral("why"));
            const HttpResponse blufio = ErrorTable::response(error);
            const HttpResponse openAi = ErrorTable::openAiResponse(error);
            // One table: the same status and Retry-After in both dialects.
            QCOMPARE(openAi.status, blufio.status);
            QCOMPARE(openAi.headers, blufio.headers);
            const QJsonObject e = inner(openAi);
            QStringList keys = e.keys();
            keys.sort();
            QCOMPARE(keys,
                     QStringList({QStringLiteral("code"), QStringLiteral("message"), QStringLiteral("param"),
                                  QStringLiteral("type")}));
            QCOMPARE(e.value(QStringLiteral("message")).toString(), QStringLiteral("why"));
            QCOMPARE(e.value(QStringLiteral("type")).toString(), ErrorTable::openAiType(openAi.status));
            QVERIFY(e.value(QStringLiteral("param")).isNull());
            // OpenAI's own code where clients test for one, blufio's otherwise.
            const QString expected = kind == AgentError::Kind::BudgetExhausted
                ? QStringLiteral("insufficient_quota")
                : kind == AgentError::Kind::ContextTooLarge ? QStringLiteral("context_length_exceeded")
                                                            : QString::fromLatin1(error.code());
            QCOMPARE(e.value(QStringLiteral("code")).toString(), expected);
        }
    }

    void openAiTypes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::newRow("400") << 400 << QStringLiteral("invalid_request_error");
        QTest::newRow("401") << 401 << QStringLiteral("authentication_error");
        QTest::newRow("402") << 402 << QStringLiteral("insufficient_quota");
        QTest::newRow("403") << 403 << QStringLiteral("permission_error");
        QTest::newRow("404") << 404 << QStringLiteral("invalid_request_error");
        QTest::newRow("413") << 413 << QStringLiteral("invalid_request_error");
        QTest::newRow("429") << 429 << QStringLiteral("rate_limit_error");
        QTest::newRow("502") << 502 << QStringLiteral("server_error");
        QTest::newRow("503") << 503 << QStringLiteral("server_error");
        QTest::newRow("504") << 504 << QStringLiteral("server_error");
    }

    void openAiTypes()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QCOMPARE(ErrorTable::openAiType(status), type);
    }

    void rewritesBlufioRefusals()
    {
        HttpResponse unauthorized = HttpResponse::error(401, "unauthorized", QStringLiteral("no"));
        unauthorized.withHeader("WWW-Authenticate", "Bearer");
        ErrorTable::toOpenAi(unauthorized);
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(unauthorized.headers.size(), 1);
        QCOMPARE(inner(unauthorized).value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_api_key"));
        QCOMPARE(inner(unauthorized).value(QStringLiteral("type")).toString(),
                 QStringLiteral("authentication_error"));

        HttpResponse locked = HttpResponse::error(429, "too_many_auth_failures", QStringLiteral("wait"));
        ErrorTable::toOpenAi(locked);
        QCOMPARE(inner(locked).value(QStringLiteral("code")).toString(),
                 QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(inner(locked).value(QStringLiteral("type")).toString(), QStringLiteral("rate_limit_error"));

        // Already OpenAI's, or no error at all: left alone.
        HttpResponse openAi = ErrorTable::openAiResponse(
            400,
            OpenAiError {QStringLiteral("m"), QStringLiteral("t"), QStringLiteral("c"), QStringLiteral("p")});
        const QByteArray before = openAi.body;
        ErrorTable::toOpenAi(openAi);
        QCOMPARE(openAi.body, before);
        HttpResponse ok = HttpResponse::json(200, {{QStringLiteral("error"), QJsonObject {}}});
        const QByteArray okBefore = ok.body;
        ErrorTable::toOpenAi(ok);
        QCOMPARE(ok.body, okBefore);
    }

    void modelCatalog()
    {
        const ModelCatalog catalog(QStringLiteral("claude-x"), QStringLiteral("anthropic"), 1700000001);
        QCOMPARE(catalog.models().size(), 2);
        QCOMPARE(catalog.find(QStringLiteral("claude-x"))->ownedBy, QStringLiteral("anthropic"));
        QCOMPARE(catalog.find(QStringLiteral("blufio"))->created, 1700000001);
        QVERIFY(!catalog.find(QStringLiteral("gpt-4o")));
        QVERIFY(!catalog.find(QString()));
        // A model configured as "blufio" is listed once.
        QCOMPARE(ModelCatalog(QStringLiteral("blufio"), QStringLiteral("openai"), 0).models().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOpenAiGateway)
#include "tst_openaigateway.moc"
