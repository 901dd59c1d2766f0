#include "FakeLlmResponder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace blufio::test {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray anthropicEvent(const char *name, const QJsonObject &data)
{
    return QByteArrayLiteral("event: ") + name + QByteArrayLiteral("\ndata: ") + compact(data)
        + QByteArrayLiteral("\n\n");
}

QByteArray openAiEvent(const QJsonObject &data)
{
    return QByteArrayLiteral("data: ") + compact(data) + QByteArrayLiteral("\n\n");
}

FakeLlmScript streamHead(FakeLlmResponder::Api api, const FakeLlmBehaviour &behaviour, int sequence)
{
    FakeLlmScript script;
    script.streamed = true;
    script.closeDelimited = behaviour.closeDelimited;
    script.headers = {
        {"Content-Type", "text/event-stream; charset=utf-8"},
        {"Cache-Control", "no-cache"},
    };
    if (api == FakeLlmResponder::Api::Anthropic)
        script.headers.append({"request-id", "req_fake_" + QByteArray::number(sequence)});
    else
        script.headers.append({"x-request-id", "req_fake_" + QByteArray::number(sequence)});
    return script;
}

void addStep(FakeLlmScript &script, const QByteArray &bytes, int delayMs, bool isDelta = false)
{
    FakeLlmScript::Step step;
    step.bytes = bytes;
    step.delayMs = delayMs;
    step.isDelta = isDelta;
    script.steps.append(step);
}

// Marks the step after the n-th delta as held until release().
void applyHold(FakeLlmScript &script, int holdAfterDeltas)
{
    if (holdAfterDeltas < 0)
        return;
    int seen = 0;
    for (qsizetype i = 0; i < script.steps.size(); ++i) {
        if (seen == holdAfterDeltas) {
            script.steps[i].holdBefore = true;
            return;
        }
        if (script.steps[i].isDelta)
            ++seen;
    }
}

QString modelOf(const FakeLlmRequest &request, const char *fallback)
{
    const QString model = request.json().value(QLatin1String("model")).toString();
    return model.isEmpty() ? QString::fromLatin1(fallback) : model;
}

} // namespace

QByteArray FakeLlmResponder::httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QStringList FakeLlmResponder::deltas(const QString &reply)
{
    // Words with their leading whitespace, so the deltas concatenate back to the reply exactly.
    static const QRegularExpression word(QStringLiteral("\\s*\\S+|\\s+$"));
    QStringList out;
    auto it = word.globalMatch(reply);
    while (it.hasNext())
        out.append(it.next().captured());
    return out;
}

qint64 FakeLlmResponder::estimateInputTokens(const QJsonObject &body)
{
    qint64 bytes = body.value(QLatin1String("system")).toString().toUtf8().size();
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &message : messages)
        bytes += message.toObject().value(QLatin1String("content")).toString().toUtf8().size();
    return qMax<qint64>(1, (bytes + 3) / 4);
}

FakeLlmScript FakeLlmResponder::json(int status, const QJsonObject &body)
{
    FakeLlmScript script;
    script.status = status;
    script.reason = status == 200 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Error");
    script.headers = {{"Content-Type", "application/json"}};
    addStep(script, compact(body), 0);
    return script;
}

FakeLlmScript FakeLlmResponder::error(Api api, int status, const QByteArray &type, const QString &message,
                                      int retryAfterSecs)
{
    QJsonObject body;
    if (api == Api::Anthropic) {
        body = {
            {QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("error"),
             QJsonObject {{QStringLiteral("type"), QString::fromLatin1(type)},
                          {QStringLiteral("message"), message}}},
            {QStringLiteral("request_id"), QStringLiteral("req_fake_error")},
        };
    } else {
        body = {{QStringLiteral("error"),
                 QJsonObject {{QStringLiteral("message"), message},
                              {QStringLiteral("type"), QString::fromLatin1(type)},
                              {QStringLiteral("param"), QJsonValue::Null},
                              {QStringLiteral("code"), QString::fromLatin1(type)}}}};
    }
    FakeLlmScript script = json(status, body);
    if (retryAfterSecs >= 0)
        script.headers.append({"retry-after", QByteArray::number(retryAfterSecs)});
    return script;
}

FakeLlmScript FakeLlmResponder::failureFor(Api api, const FakeLlmBehaviour &behaviour)
{
    const bool anthropic = api == Api::Anthropic;
    switch (behaviour.mode) {
    case FakeLlmBehaviour::Mode::Unauthorized:
        return anthropic ? error(api, 401, "authentication_error", QStringLiteral("invalid x-api-key"))
                         : error(api, 401, "invalid_api_key",
                                 QStringLiteral("Incorrect API key provided. You can find your API key at "
                                                "https://platform.openai.com/account/api-keys."));
    case FakeLlmBehaviour::Mode::RateLimited:
        return error(api, 429, anthropic ? "rate_limit_error" : "rate_limit_exceeded",
                     QStringLiteral("Number of requests has exceeded your per-minute rate limit"),
                     behaviour.retryAfterSecs);
    case FakeLlmBehaviour::Mode::ServerError:
        return error(api, 500, anthropic ? "api_error" : "server_error",
                     QStringLiteral("Internal server error"));
    case FakeLlmBehaviour::Mode::Overloaded:
        return anthropic
            ? error(api, 529, "overloaded_error", QStringLiteral("Overloaded"))
            : error(api, 503, "server_error", QStringLiteral("The engine is currently overloaded"));
    case FakeLlmBehaviour::Mode::Hang: {
        FakeLlmScript script;
        script.sendHead = false;
        script.end = FakeLlmScript::End::Hang;
        return script;
    }
    default:
        return {};
    }
}

FakeLlmScript FakeLlmResponder::models(Api api, const FakeLlmBehaviour &behaviour)
{
    FakeLlmScript failure = failureFor(api, behaviour);
    if (failure.status != 200 || failure.end == FakeLlmScript::End::Hang)
        return failure;
    if (api == Api::Anthropic) {
        const QJsonObject model {{QStringLiteral("type"), QStringLiteral("model")},
                                 {QStringLiteral("id"), QStringLiteral("claude-sonnet-4-5-20250929")},
                                 {QStringLiteral("display_name"), QStringLiteral("Claude Sonnet 4.5")},
                                 {QStringLiteral("created_at"), QStringLiteral("2025-09-29T00:00:00Z")}};
        return json(200,
                    {{QStringLiteral("data"), QJsonArray {model}},
                     {QStringLiteral("has_more"), false},
                     {QStringLiteral("first_id"), model.value(QLatin1String("id"))},
                     {QStringLiteral("last_id"), model.value(QLatin1String("id"))}});
    }
    const QJsonObject model {{QStringLiteral("id"), QStringLiteral("gpt-4o-mini")},
                             {QStringLiteral("object"), QStringLiteral("model")},
                             {QStringLiteral("created"), 1721172741},
                             {QStringLiteral("owned_by"), QStringLiteral("system")}};
    return json(
        200,
        {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), QJsonArray {model}}});
}

FakeLlmScript FakeLlmResponder::messages(Api api, const FakeLlmRequest &request,
                                         const FakeLlmBehaviour &behaviour, int sequence)
{
    FakeLlmScript failure = failureFor(api, behaviour);
    if (failure.status != 200 || failure.end == FakeLlmScript::End::Hang)
        return failure;
    if (!request.json().value(QLatin1String("stream")).toBool())
        return error(api, 400, "invalid_request_error",
                     QStringLiteral("the fake only streams: set stream: true"));
    if (behaviour.mode == FakeLlmBehaviour::Mode::Html) {
        FakeLlmScript script;
        script.headers = {{"Content-Type", "text/html; charset=utf-8"}};
        addStep(script, QByteArrayLiteral("<html><body>Please log in to the network.</body></html>"), 0);
        return script;
    }
    if (behaviour.mode == FakeLlmBehaviour::Mode::Oversized) {
        FakeLlmScript script = streamHead(api, behaviour, sequence);
        addStep(script, QByteArrayLiteral("data: ") + QByteArray(2 << 20, 'x'), 0);
        addStep(script, QByteArrayLiteral("\n\n"), 0);
        return script;
    }
    FakeLlmScript script = api == Api::Anthropic ? anthropicStream(request, behaviour, sequence)
                                                 : openAiStream(request, behaviour, sequence);
    applyHold(script, behaviour.holdAfterDeltas);
    return script;
}

FakeLlmScript FakeLlmResponder::anthropicStream(const FakeLlmRequest &request,
                                                const FakeLlmBehaviour &behaviour, int sequence)
{
    FakeLlmScript script = streamHead(Api::Anthropic, behaviour, sequence);
    const int delay = behaviour.effectiveDelayMs();
    if (behaviour.mode == FakeLlmBehaviour::Mode::Garbage) {
        addStep(script, QByteArrayLiteral("\x00\xff\xfe not an event stream \x01\r\n"), delay);
        addStep(
            script,
            QByteArrayLiteral(
                "event: content_block_delta\ndata: {\"type\": \"content_block_delta\", \"delta\": {\x01\n\n"),
            delay);
        return script;
    }
    const QStringList pieces = deltas(behaviour.reply);
    const qint64 input
        = behaviour.inputTokens >= 0 ? behaviour.inputTokens : estimateInputTokens(request.json());
    const qint64 output
        = behaviour.outputTokens >= 0 ? behaviour.outputTokens : qMax<qint64>(1, pieces.size());
    const QString model = modelOf(request, "claude-sonnet-4-5-20250929");

    addStep(
        script,
        anthropicEvent(
            "message_start",
            {{QStringLiteral("type"), QStringLiteral("message_start")},
             {QStringLiteral("message"),
              QJsonObject {
                  {QStringLiteral("id"), QStringLiteral("msg_fake_%1").arg(sequence)},
                  {QStringLiteral("type"), QStringLiteral("message")},
                  {QStringLiteral("role"), QStringLiteral("assistant")},
                  {QStringLiteral("content"), QJsonArray()},
                  {QStringLiteral("model"), model},
                  {QStringLiteral("stop_reason"), QJsonValue::Null},
                  {QStringLiteral("stop_sequence"), QJsonValue::Null},
                  {QStringLiteral("usage"),
                   QJsonObject {{QStringLiteral("input_tokens"), input},
                                {QStringLiteral("cache_creation_input_tokens"), behaviour.cacheWriteTokens},
                                {QStringLiteral("cache_read_input_tokens"), behaviour.cacheReadTokens},
                                {QStringLiteral("output_tokens"), 1}}}}}}),
        0);
    const auto blockStart = [](int index, const QString &text) {
        return anthropicEvent("content_block_start",
                              {{QStringLiteral("type"), QStringLiteral("content_block_start")},
                               {QStringLiteral("index"), index},
                               {QStringLiteral("content_block"),
                                QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), text}}}});
    };
    const auto blockStop = [](int index) {
        return anthropicEvent("content_block_stop",
                              {{QStringLiteral("type"), QStringLiteral("content_block_stop")},
                               {QStringLiteral("index"), index}});
    };
    if (!behaviour.textInBlockStart)
        addStep(script, blockStart(0, QString()), delay);
    addStep(script, anthropicEvent("ping", {{QStringLiteral("type"), QStringLiteral("ping")}}), 0);
    qsizetype sent = 0;
    for (const QString &piece : pieces) {
        if (behaviour.mode == FakeLlmBehaviour::Mode::Broken && sent == 2) {
            script.end = FakeLlmScript::End::Cut;
            return script;
        }
        if (behaviour.mode == FakeLlmBehaviour::Mode::StreamError && sent == 2)
            break;
        if (behaviour.textInBlockStart) {
            // Each piece is a text block of its own whose text comes whole in content_block_start.
            addStep(script, blockStart(int(sent), piece), delay, true);
            addStep(script, blockStop(int(sent)), 0);
            ++sent;
            continue;
        }
        addStep(script,
                anthropicEvent("content_block_delta",
                               {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                                {QStringLiteral("index"), 0},
                                {QStringLiteral("delta"),
                                 QJsonObject {{QStringLiteral("type"), QStringLiteral("text_delta")},
                                              {QStringLiteral("text"), piece}}}}),
                delay, true);
        ++sent;
    }
    if (behaviour.mode == FakeLlmBehaviour::Mode::Broken) {
        script.end = FakeLlmScript::End::Cut;
        return script;
    }
    if (behaviour.mode == FakeLlmBehaviour::Mode::StreamError) {
        addStep(script,
                anthropicEvent("error",
                               {{QStringLiteral("type"), QStringLiteral("error")},
                                {QStringLiteral("error"),
                                 QJsonObject {{QStringLiteral("type"), QStringLiteral("overloaded_error")},
                                              {QStringLiteral("message"), QStringLiteral("Overloaded")}}}}),
                delay);
        return script;
    }
    if (!behaviour.textInBlockStart)
        addStep(script, blockStop(0), delay);
    addStep(
        script,
        anthropicEvent("message_delta",
                       {{QStringLiteral("type"), QStringLiteral("message_delta")},
                        {QStringLiteral("delta"),
                         QJsonObject {{QStringLiteral("stop_reason"), QStringLiteral("end_turn")},
                                      {QStringLiteral("stop_sequence"), QJsonValue::Null}}},
                        {QStringLiteral("usage"), QJsonObject {{QStringLiteral("output_tokens"), output}}}}),
        0);
    addStep(script,
            anthropicEvent("message_stop", {{QStringLiteral("type"), QStringLiteral("message_stop")}}), 0);
    return script;
}

FakeLlmScript FakeLlmResponder::openAiStream(const FakeLlmRequest &request, const FakeLlmBehaviour &behaviour,
                                             int sequence)
{
    FakeLlmScript script = streamHead(Api::OpenAi, behaviour, sequence);
    const int delay = behaviour.effectiveDelayMs();
    if (behaviour.mode == FakeLlmBehaviour::Mode::Garbage) {
        addStep(script, QByteArrayLiteral("\x00\xff\xfe not an event stream \x01\r\n"), delay);
        addStep(script, QByteArrayLiteral("data: {\"choices\": [{\"delta\": {\x01\n\n"), delay);
        return script;
    }
    const QStringList pieces = deltas(behaviour.reply);
    const qint64 cached = behaviour.cacheReadTokens;
    const qint64 input
        = behaviour.inputTokens >= 0 ? behaviour.inputTokens : estimateInputTokens(request.json());
    const qint64 output
        = behaviour.outputTokens >= 0 ? behaviour.outputTokens : qMax<qint64>(1, pieces.size());
    const QString model = modelOf(request, "gpt-4o-mini-2024-07-18");
    const QString id = QStringLiteral("chatcmpl-fake%1").arg(sequence);
    const qint64 created = QDateTime::currentSecsSinceEpoch();

    auto chunk = [&](const QJsonObject &delta, const QJsonValue &finish) {
        return openAiEvent({{QStringLiteral("id"), id},
                            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                            {QStringLiteral("created"), created},
                            {QStringLiteral("model"), model},
                            {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake")},
                            {QStringLiteral("choices"),
                             QJsonArray {QJsonObject {{QStringLiteral("index"), 0},
                                                      {QStringLiteral("delta"), delta},
                                                      {QStringLiteral("logprobs"), QJsonValue::Null},
                                                      {QStringLiteral("finish_reason"), finish}}}},
                            {QStringLiteral("usage"), QJsonValue::Null}});
    };

    addStep(script,
            chunk({{QStringLiteral("role"), QStringLiteral("assistant")},
                   {QStringLiteral("content"), QString()},
                   {QStringLiteral("refusal"), QJsonValue::Null}},
                  QJsonValue::Null),
            0);
    qsizetype sent = 0;
    for (const QString &piece : pieces) {
        if ((behaviour.mode == FakeLlmBehaviour::Mode::Broken
             || behaviour.mode == FakeLlmBehaviour::Mode::StreamError)
            && sent == 2)
            break;
        addStep(script, chunk({{QStringLiteral("content"), piece}}, QJsonValue::Null), delay, true);
        ++sent;
    }
    if (behaviour.mode == FakeLlmBehaviour::Mode::Broken) {
        script.end = FakeLlmScript::End::Cut;
        return script;
    }
    if (behaviour.mode == FakeLlmBehaviour::Mode::StreamError) {
        addStep(
            script,
            openAiEvent({{QStringLiteral("error"),
                          QJsonObject {{QStringLiteral("message"), QStringLiteral("The server had an error")},
                                       {QStringLiteral("type"), QStringLiteral("server_error")},
                                       {QStringLiteral("param"), QJsonValue::Null},
                                       {QStringLiteral("code"), QJsonValue::Null}}}}),
            delay);
        return script;
    }
    addStep(script, chunk(QJsonObject(), QStringLiteral("stop")), delay);
    addStep(script,
            openAiEvent({{QStringLiteral("id"), id},
                         {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                         {QStringLiteral("created"), created},
                         {QStringLiteral("model"), model},
                         {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake")},
                         {QStringLiteral("choices"), QJsonArray()},
                         {QStringLiteral("usage"),
                          QJsonObject {{QStringLiteral("prompt_tokens"), input + cached},
                                       {QStringLiteral("completion_tokens"), output},
                                       {QStringLiteral("total_tokens"), input + cached + output},
                                       {QStringLiteral("prompt_tokens_details"),
                                        QJsonObject {{QStringLiteral("cached_tokens"), cached}}}}}}),
            0);
    addStep(script, QByteArrayLiteral("data: [DONE]\n\n"), 0);
    return script;
}

} // namespace blufio::test
