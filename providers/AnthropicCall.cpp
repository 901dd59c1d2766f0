#include "AnthropicCall.h"

#include "StreamLimits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace blufio {

namespace {

qint64 tokens(const QJsonObject &usage, QLatin1String key, qint64 fallback)
{
    const QJsonValue value = usage.value(key);
    return value.isDouble() ? qMax<qint64>(0, value.toInteger()) : fallback;
}

} // namespace

AnthropicCall::AnthropicCall(QNetworkReply *reply, int idleTimeoutMs, QObject *parent)
    : SseCall(reply, idleTimeoutMs, parent)
{ }

void AnthropicCall::handleEnd()
{
    // message_stop completes the call before the body ends; ending without it means we were cut off,
    // or, when not a single event came, that this never was an event stream.
    if (eventCount() == 0)
        fail(ProviderError::malformed(tr("no events in the reply")));
    else
        fail(ProviderError::truncated());
}

void AnthropicCall::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    if (m_result.text.size() + text.size() > StreamLimits::maxReplyChars) {
        fail(ProviderError::badResponse(
            tr("the reply exceeds %1 characters").arg(StreamLimits::maxReplyChars)));
        return;
    }
    m_result.text += text;
    emitDelta(text);
}

void AnthropicCall::handleEvent(const SseEvent &event)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(ProviderError::malformed(tr("an event that is not a JSON object")));
        return;
    }
    const QJsonObject data = doc.object();
    // The event: field and the payload's "type" agree on the real API; either will do.
    QString type = QString::fromUtf8(event.event);
    if (type.isEmpty() || type == QLatin1String("message"))
        type = data.value(QLatin1String("type")).toString();

    if (type == QLatin1String("content_block_delta")) {
        const QJsonObject delta = data.value(QLatin1String("delta")).toObject();
        // thinking_delta, signature_delta and input_json_delta are not reply text.
        if (delta.value(QLatin1String("type")).toString() != QLatin1String("text_delta"))
            return;
        appendText(delta.value(QLatin1String("text")).toString());
    } else if (type == QLatin1String("content_block_start")) {
        // A text block may start with text of its own (the API sends "" today, but nothing says it
        // must): it is reply text like a delta's, under the same cap.
        const QJsonObject block = data.value(QLatin1String("content_block")).toObject();
        if (block.value(QLatin1String("type")).toString() == QLatin1String("text"))
            appendText(block.value(QLatin1String("text")).toString());
    } else if (type == QLatin1String("message_start")) {
        const QJsonObject message = data.value(QLatin1String("message")).toObject();
        m_result.id = message.value(QLatin1String("id")).toString().left(200);
        m_result.model = message.value(QLatin1String("model")).toString().left(200);
        const QJsonObject usage = message.value(QLatin1String("usage")).toObject();
        ProviderUsage &u = m_result.usage;
        u.inputTokens = tokens(usage, QLatin1String("input_tokens"), u.inputTokens);
        u.cacheWriteTokens = tokens(usage, QLatin1String("cache_creation_input_tokens"), u.cacheWriteTokens);
        u.cacheReadTokens = tokens(usage, QLatin1String("cache_read_input_tokens"), u.cacheReadTokens);
        u.outputTokens = tokens(usage, QLatin1String("output_tokens"), u.outputTokens);
    } else if (type == QLatin1String("message_delta")) {
        const QJsonObject delta = data.value(QLatin1String("delta")).toObject();
        const QString stop = delta.value(QLatin1String("stop_reason")).toString();
        if (!stop.isEmpty())
            m_result.stopReason = stop.left(100);
        // Output tokens here are cumulative; newer API versions may repeat the input counts too.
        const QJsonObject usage = data.value(QLatin1String("usage")).toObject();
        ProviderUsage &u = m_result.usage;
        u.outputTokens = tokens(usage, QLatin1String("output_tokens"), u.outputTokens);
        u.inputTokens = tokens(usage, QLatin1String("input_tokens"), u.inputTokens);
        u.cacheWriteTokens = tokens(usage, QLatin1String("cache_creation_input_tokens"), u.cacheWriteTokens);
        u.cacheReadTokens = tokens(usage, QLatin1String("cache_read_input_tokens"), u.cacheReadTokens);
    } else if (type == QLatin1String("message_stop")) {
        complete(m_result);
    } else if (type == QLatin1String("error")) {
        const QJsonObject error = data.value(QLatin1String("error")).toObject();
        fail(ProviderError::fromStreamError(error.value(QLatin1String("type")).toString().left(100),
                                            error.value(QLatin1String("message")).toString()));
    }
    // ping, content_block_stop and event types added later are ignored, as the API asks.
}

} // namespace blufio
