#include "OpenAiCall.h"

#include "StreamLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace blufio {

OpenAiCall::OpenAiCall(QNetworkReply *reply, int idleTimeoutMs, QObject *parent)
    : SseCall(reply, idleTimeoutMs, parent)
{ }

void OpenAiCall::handleEnd()
{
    if (eventCount() == 0) {
        fail(ProviderError::malformed(tr("no events in the reply")));
        return;
    }
    // Some compatible servers end the body after the finish_reason chunk without "[DONE]"; the
    // reply is whole then. Without a finish_reason it was cut off.
    if (!m_result.stopReason.isEmpty())
        complete(m_result);
    else
        fail(ProviderError::truncated());
}

void OpenAiCall::handleEvent(const SseEvent &event)
{
    if (event.data.trimmed() == "[DONE]") {
        complete(m_result);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(ProviderError::malformed(tr("an event that is not a JSON object")));
        return;
    }
    const QJsonObject chunk = doc.object();
    const QJsonValue error = chunk.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        QString type = object.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            type = object.value(QLatin1String("code")).toString();
        fail(ProviderError::fromStreamError(type.left(100),
                                            object.value(QLatin1String("message")).toString()));
        return;
    }
    if (m_result.id.isEmpty())
        m_result.id = chunk.value(QLatin1String("id")).toString().left(200);
    const QString model = chunk.value(QLatin1String("model")).toString();
    if (!model.isEmpty())
        m_result.model = model.left(200);

    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        const QString text
            = choice.value(QLatin1String("delta")).toObject().value(QLatin1String("content")).toString();
        if (!text.isEmpty()) {
            if (m_result.text.size() + text.size() > StreamLimits::maxReplyChars) {
                fail(ProviderError::badResponse(
                    tr("the reply exceeds %1 characters").arg(StreamLimits::maxReplyChars)));
                return;
            }
            m_result.text += text;
            emitDelta(text);
        }
        const QString finish = choice.value(QLatin1String("finish_reason")).toString();
        if (!finish.isEmpty())
            m_result.stopReason = finish.left(100);
    }

    const QJsonValue usageValue = chunk.value(QLatin1String("usage"));
    if (usageValue.isObject()) {
        const QJsonObject usage = usageValue.toObject();
        const qint64 prompt = qMax<qint64>(0, usage.value(QLatin1String("prompt_tokens")).toInteger());
        const qint64 completion
            = qMax<qint64>(0, usage.value(QLatin1String("completion_tokens")).toInteger());
        const qint64 cached = qBound<qint64>(0,
                                             usage.value(QLatin1String("prompt_tokens_details"))
                                                 .toObject()
                                                 .value(QLatin1String("cached_tokens"))
                                                 .toInteger(),
                                             prompt);
        m_result.usage.inputTokens = prompt - cached;
        m_result.usage.cacheReadTokens = cached;
        m_result.usage.outputTokens = completion;
    }
}

} // namespace blufio
