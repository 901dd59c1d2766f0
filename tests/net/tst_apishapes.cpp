// The /v1 API's JSON shapes (common/net/): what the daemon writes is what ApiClient reads back, field
// for field, and the wire names are docs/API.md's.
#include "common/net/ApiError.h"
#include "common/net/ChatCompletion.h"
#include "common/net/ChatCompletionChunk.h"
#include "common/net/MessageReply.h"
#include "common/net/ModelList.h"
#include "common/net/OpenAiError.h"
#include "common/net/SessionList.h"
#include "common/net/SessionTranscript.h"
#include "common/storage/StorageTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace blufio;

class TestApiShapes : public QObject
{
    Q_OBJECT

    static QStringList keys(const QJsonObject &o)
    {
        QStringList k = o.keys();
        k.sort();
        return k;
    }

private Q_SLOTS:
    void messageReply()
    {
        MessageReply r;
        r.id = QStringLiteral("42");
        r.sessionId = QStringLiteral("s");
        r.content = QStringLiteral("hello");
        r.createdAtMs = 1767323045678; // 2026-01-02T03:04:05.678Z
        r.inputTokens = 3;
        r.outputTokens = 4;
        r.costUsd = 0.25;
        const QJsonObject o = r.toJson();
        QCOMPARE(
            keys(o),
            QStringList({QStringLiteral("content"), QStringLiteral("cost_usd"), QStringLiteral("created_at"),
                         QStringLiteral("id"), QStringLiteral("session_id"), QStringLiteral("usage")}));
        QCOMPARE(o.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-01-02T03:04:05.678Z"));
        QCOMPARE(o.value(QStringLiteral("usage")).toObject().value(QStringLiteral("output_tokens")).toInt(),
                 4);
        const MessageReply back = MessageReply::fromJson(o);
        QCOMPARE(back.toJson(), o);
        QCOMPARE(back.createdAtMs, r.createdAtMs);
    }

    void sessionList()
    {
        SessionInfo info {QStringLiteral("a"), 1000, 2000, 7};
        SessionList page;
        page.sessions.append(SessionSummary::fromStorage(info));
        QJsonObject o = page.toJson();
        QVERIFY(o.value(QStringLiteral("next_cursor")).isNull()); // the last page says so explicitly
        const QJsonObject row = o.value(QStringLiteral("sessions")).toArray().first().toObject();
        QCOMPARE(keys(row),
                 QStringList({QStringLiteral("created_at"), QStringLiteral("id"),
                              QStringLiteral("message_count"), QStringLiteral("updated_at")}));
        QCOMPARE(row.value(QStringLiteral("updated_at")).toString(),
                 QStringLiteral("1970-01-01T00:00:02.000Z"));
        page.nextCursor = QStringLiteral("c");
        o = page.toJson();
        const SessionList back = SessionList::fromJson(o);
        QCOMPARE(back.nextCursor, QStringLiteral("c"));
        QCOMPARE(back.sessions.size(), 1);
        QCOMPARE(back.sessions.first().messageCount, 7LL);
        QCOMPARE(back.toJson(), o);
    }

    void sessionTranscript()
    {
        SessionDetail detail;
        detail.info = {QStringLiteral("s"), 1000, 3000, 2};
        StoredMessage m;
        m.id = 9;
        m.role = MessageRole::Assistant;
        m.content = QStringLiteral("hi");
        m.createdAtMs = 2000;
        detail.messages.append(m);
        SessionTranscript t = SessionTranscript::fromStorage(detail);
        QJsonObject o = t.toJson();
        QVERIFY(!o.contains(QStringLiteral("has_more"))); // only when a page was asked for
        const QJsonObject message = o.value(QStringLiteral("messages")).toArray().first().toObject();
        QCOMPARE(message.value(QStringLiteral("id")).toString(), QStringLiteral("9"));
        QCOMPARE(message.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        t.hasMore = false;
        o = t.toJson();
        QCOMPARE(o.value(QStringLiteral("has_more")), QJsonValue(false));
        const SessionTranscript back = SessionTranscript::fromJson(o);
        QCOMPARE(back.hasMore, std::optional<bool>(false));
        QCOMPARE(back.messageCount, 2LL);
        QCOMPARE(back.toJson(), o);
    }

    void sessionTranscriptSummary()
    {
        SessionDetail detail;
        detail.info = {QStringLiteral("s"), 1000, 3000, 40};
        SessionTranscript t = SessionTranscript::fromStorage(detail);
        QJsonObject o = t.toJson();
        // Always present: null until the agent made one.
        QVERIFY(o.contains(QStringLiteral("summary")));
        QVERIFY(o.value(QStringLiteral("summary")).isNull());
        QVERIFY(!SessionTranscript::fromJson(o).summary);

        StoredSummary stored;
        stored.sessionId = QStringLiteral("s");
        stored.text = QStringLiteral("The user likes tea.");
        stored.coversThroughSeq = 31;
        stored.tokens = 6;
        detail.summary = stored;
        o = SessionTranscript::fromStorage(detail).toJson();
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.keys(), QStringList({QStringLiteral("covers_through_seq"), QStringLiteral("text")}));
        QCOMPARE(summary.value(QStringLiteral("text")).toString(), QStringLiteral("The user likes tea."));
        QCOMPARE(summary.value(QStringLiteral("covers_through_seq")).toInteger(), 31);
        const SessionTranscript back = SessionTranscript::fromJson(o);
        QCOMPARE(back.summary, std::optional<TranscriptSummary>(TranscriptSummary {stored.text, 31}));
        QCOMPARE(back.toJson(), o);
    }

    void apiError()
    {
        ApiError e {QStringLiteral("budget_exhausted"), QStringLiteral("spent"), {}};
        e.details.insert(QStringLiteral("resets_at"), QStringLiteral("2026-01-03T00:00:00Z"));
        e.details.insert(QStringLiteral("code"), QStringLiteral("not this")); // the shape's own field wins
        const QJsonObject body = e.toBody();
        const QJsonObject inner = body.value(QStringLiteral("error")).toObject();
        QCOMPARE(inner.value(QStringLiteral("code")).toString(), QStringLiteral("budget_exhausted"));
        QCOMPARE(inner.value(QStringLiteral("resets_at")).toString(), QStringLiteral("2026-01-03T00:00:00Z"));
        // Bodies and inner objects (SSE events) read alike.
        for (const QJsonObject &o : {body, inner}) {
            const ApiError back = ApiError::fromJson(o);
            QCOMPARE(back.code, QStringLiteral("budget_exhausted"));
            QCOMPARE(back.message, QStringLiteral("spent"));
            QCOMPARE(back.details.value(QStringLiteral("resets_at")).toString(),
                     QStringLiteral("2026-01-03T00:00:00Z"));
        }
    }

    // The OpenAI routes' shapes (docs/API.md "OpenAI-compatible API").
    void chatCompletion()
    {
        const ChatCompletion c {QStringLiteral("chatcmpl-1"), 1700000000,
                                QStringLiteral("m"),          QStringLiteral("hi"),
                                QStringLiteral("length"),     ChatUsage {3, 4}};
        const QJsonObject o = c.toJson();
        QCOMPARE(keys(o),
                 QStringList({QStringLiteral("choices"), QStringLiteral("created"), QStringLiteral("id"),
                              QStringLiteral("model"), QStringLiteral("object"), QStringLiteral("usage")}));
        QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        const QJsonObject choice = o.value(QStringLiteral("choices")).toArray().first().toObject();
        QCOMPARE(keys(choice),
                 QStringList(
                     {QStringLiteral("finish_reason"), QStringLiteral("index"), QStringLiteral("message")}));
        QCOMPARE(keys(choice.value(QStringLiteral("message")).toObject()),
                 QStringList({QStringLiteral("content"), QStringLiteral("role")}));
        QCOMPARE(keys(o.value(QStringLiteral("usage")).toObject()),
                 QStringList({QStringLiteral("completion_tokens"), QStringLiteral("prompt_tokens"),
                              QStringLiteral("total_tokens")}));
        QCOMPARE(o.value(QStringLiteral("usage")).toObject().value(QStringLiteral("total_tokens")).toInt(),
                 7);
        QCOMPARE(ChatCompletion::fromJson(o).toJson(), o);
        QVERIFY(ChatCompletion::newId().startsWith(u"chatcmpl-"));
        QCOMPARE(ChatCompletion::newId().size(), 9 + 32);
        QVERIFY(ChatCompletion::newId() != ChatCompletion::newId());
    }

    void chatCompletionChunks()
    {
        using Kind = ChatCompletionChunk::Kind;
        for (Kind kind : {Kind::Role, Kind::Content, Kind::Finish, Kind::Usage}) {
            const ChatCompletionChunk c {kind,
                                         QStringLiteral("chatcmpl-1"),
                                         5,
                                         QStringLiteral("m"),
                                         QStringLiteral("text"),
                                         QStringLiteral("stop"),
                                         ChatUsage {1, 2}};
            const QJsonObject o = c.toJson();
            QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
            const ChatCompletionChunk back = ChatCompletionChunk::fromJson(o);
            QCOMPARE(int(back.kind), int(kind));
            QCOMPARE(back.toJson(), o);
            const QByteArray event = c.toEvent();
            QVERIFY(event.startsWith("data: {"));
            QVERIFY(event.endsWith("}\n\n"));
            QCOMPARE(event.count('\n'), 2); // one line of compact JSON
        }
        const QJsonObject usage
            = ChatCompletionChunk {Kind::Usage, {}, 0, {}, {}, {}, ChatUsage {1, 2}}.toJson();
        QCOMPARE(usage.value(QStringLiteral("choices")).toArray().size(), 0);
        const QJsonObject finish
            = ChatCompletionChunk {Kind::Finish, {}, 0, {}, {}, QStringLiteral("stop"), {}}.toJson();
        const QJsonObject choice = finish.value(QStringLiteral("choices")).toArray().first().toObject();
        QCOMPARE(choice.value(QStringLiteral("delta")).toObject(), QJsonObject());
        const QJsonObject content
            = ChatCompletionChunk {Kind::Content, {}, 0, {}, QStringLiteral("x"), {}, {}}.toJson();
        QVERIFY(content.value(QStringLiteral("choices"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("finish_reason"))
                    .isNull());
        QCOMPARE(ChatCompletionChunk::doneEvent(), QByteArray("data: [DONE]\n\n"));
    }

    void modelList()
    {
        const ModelList list {{{QStringLiteral("m"), 7, QStringLiteral("anthropic")}}};
        const QJsonObject o = list.toJson();
        QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        const QJsonObject model = o.value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(keys(model),
                 QStringList({QStringLiteral("created"), QStringLiteral("id"), QStringLiteral("object"),
                              QStringLiteral("owned_by")}));
        QCOMPARE(model.value(QStringLiteral("object")).toString(), QStringLiteral("model"));
        QCOMPARE(ModelList::fromJson(o).toJson(), o);
    }

    void openAiError()
    {
        OpenAiError e {QStringLiteral("bad"),
                       QStringLiteral("invalid_request_error"),
                       QStringLiteral("invalid_request"),
                       {}};
        QJsonObject body = e.toBody();
        QJsonObject inner = body.value(QStringLiteral("error")).toObject();
        QCOMPARE(keys(inner),
                 QStringList({QStringLiteral("code"), QStringLiteral("message"), QStringLiteral("param"),
                              QStringLiteral("type")}));
        QVERIFY(inner.value(QStringLiteral("param")).isNull());
        QCOMPARE(OpenAiError::fromJson(body).toBody(), body);
        e.param = QStringLiteral("messages[0].role");
        QCOMPARE(OpenAiError::fromJson(e.toJson()).param, e.param);
    }
};

QTEST_GUILESS_MAIN(TestApiShapes)
#include "tst_apishapes.moc"
