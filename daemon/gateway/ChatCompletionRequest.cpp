#include "ChatCompletionRequest.h"

#include "JsonBody.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace blufio {

namespace {
using Parsed = std::variant<ChatCompletionRequest, ChatRequestError>;

ChatRequestError fieldError(const QString &param, const QString &message)
{
    return {param, message};
}

// A string, or an array of text parts joined in order (OpenAI's content parts).
std::variant<QString, ChatRequestError> textContent(const QJsonValue &content, const QString &param)
{
    if (content.isString())
        return content.toString();
    if (!content.isArray())
        return fieldError(
            param, ChatCompletionRequest::tr("\"%1\" must be a string or an array of text parts").arg(param));
    const QJsonArray parts = content.toArray();
    if (parts.size() > ChatCompletionRequest::kMaxParts)
        return fieldError(param,
                          ChatCompletionRequest::tr("\"%1\" has more than %2 parts")
                              .arg(param)
                              .arg(ChatCompletionRequest::kMaxParts));
    QString text;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString partParam = QStringLiteral("%1[%2]").arg(param).arg(i);
        if (!parts.at(i).isObject())
            return fieldError(partParam,
                              ChatCompletionRequest::tr("\"%1\" must be an object").arg(partParam));
        const QJsonObject part = parts.at(i).toObject();
        const QJsonValue type = part.value(QStringLiteral("type"));
        if (type != QJsonValue(QStringLiteral("text")))
            return fieldError(partParam + QStringLiteral(".type"),
                              ChatCompletionRequest::tr("\"%1.type\" must be \"text\": only text content is "
                                                        "supported")
                                  .arg(partParam));
        const QJsonValue partText = part.value(QStringLiteral("text"));
        if (!partText.isString())
            return fieldError(partParam + QStringLiteral(".text"),
                              ChatCompletionRequest::tr("\"%1.text\" must be a string").arg(partParam));
        text += partText.toString();
    }
    return text;
}

// An integer in [1, INT_MAX] given as a JSON number (2.0 is fine, 2.5 is not).
std::variant<int, ChatRequestError> positiveInt(const QJsonValue &value, const QString &param)
{
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d < 1 || d > double(std::numeric_limits<int>::max()) || d != double(qint64(d)))
        return fieldError(param, ChatCompletionRequest::tr("\"%1\" must be a positive integer").arg(param));
    return int(d);
}

bool absent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}
} // namespace

Parsed ChatCompletionRequest::parse(QByteArrayView body)
{
    auto json = JsonBody::parse(body);
    if (const auto *error = std::get_if<JsonBodyError>(&json))
        return ChatRequestError {{}, error->message};
    const QJsonDocument doc = std::get<QJsonDocument>(std::move(json));
    if (!doc.isObject())
        return ChatRequestError {{}, tr("the body must be a JSON object")};
    const QJsonObject o = doc.object();
    ChatCompletionRequest request;

    const QJsonValue model = o.value(QStringLiteral("model"));
    if (!model.isString() || model.toString().isEmpty())
        return fieldError(QStringLiteral("model"), tr("\"model\" must be a non-empty string"));
    request.model = model.toString();

    const QJsonValue messages = o.value(QStringLiteral("messages"));
    if (!messages.isArray() || messages.toArray().isEmpty())
        return fieldError(QStringLiteral("messages"), tr("\"messages\" must be a non-empty array"));
    const QJsonArray list = messages.toArray();
    if (list.size() > kMaxMessages)
        return fieldError(QStringLiteral("messages"),
                          tr("\"messages\" has more than %1 messages").arg(kMaxMessages));
    QStringList system;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString param = QStringLiteral("messages[%1]").arg(i);
        if (!list.at(i).isObject())
            return fieldError(param, tr("\"%1\" must be an object").arg(param));
        const QJsonObject message = list.at(i).toObject();
        const QString role = message.value(QStringLiteral("role")).toString();
        const bool isSystem = role == u"system" || role == u"developer";
        if (!isSystem && role != u"user" && role != u"assistant")
            return fieldError(param + QStringLiteral(".role"),
                              tr("\"%1.role\" must be \"system\", \"user\" or \"assistant\"").arg(param));
        auto content
            = textContent(message.value(QStringLiteral("content")), param + QStringLiteral(".content"));
        if (auto *error = std::get_if<ChatRequestError>(&content))
            return *error;
        QString text = std::get<QString>(std::move(content));
        if (isSystem)
            system.append(text);
        else
            request.messages.append({role, std::move(text)});
    }
    if (request.messages.isEmpty() || request.messages.last().role != u"user")
        return fieldError(QStringLiteral("messages"),
                          tr("the last of \"messages\" must have the role \"user\""));
    if (request.lastUserContent().trimmed().isEmpty()) {
        const QString param = QStringLiteral("messages[%1].content").arg(list.size() - 1);
        return fieldError(param, tr("\"%1\" must not be empty: it is the message to answer").arg(param));
    }
    if (!system.isEmpty())
        request.systemPrompt = system.join(QStringLiteral("\n\n"));

    const QJsonValue stream = o.value(QStringLiteral("stream"));
    if (!absent(stream) && !stream.isBool())
        return fieldError(QStringLiteral("stream"), tr("\"stream\" must be a boolean"));
    request.stream = stream.toBool();
    const QJsonValue options = o.value(QStringLiteral("stream_options"));
    if (!absent(options)) {
        if (!options.isObject())
            return fieldError(QStringLiteral("stream_options"), tr("\"stream_options\" must be an object"));
        const QJsonValue usage = options.toObject().value(QStringLiteral("include_usage"));
        if (!absent(usage) && !usage.isBool())
            return fieldError(QStringLiteral("stream_options.include_usage"),
                              tr("\"stream_options.include_usage\" must be a boolean"));
        request.includeUsage = usage.toBool();
    }

    // max_completion_tokens is the newer name; when both are given it wins.
    for (const QString &name : {QStringLiteral("max_tokens"), QStringLiteral("max_completion_tokens")}) {
        const QJsonValue value = o.value(name);
        if (absent(value))
            continue;
        auto n = positiveInt(value, name);
        if (auto *error = std::get_if<ChatRequestError>(&n))
            return *error;
        request.maxTokens = std::get<int>(n);
    }
    const QJsonValue temperature = o.value(QStringLiteral("temperature"));
    if (!absent(temperature)) {
        if (!temperature.isDouble() || temperature.toDouble() < 0 || temperature.toDouble() > 2)
            return fieldError(QStringLiteral("temperature"),
                              tr("\"temperature\" must be a number from 0 to 2"));
        request.temperature = temperature.toDouble();
    }
    const QJsonValue n = o.value(QStringLiteral("n"));
    if (!absent(n) && n != QJsonValue(1))
        return fieldError(QStringLiteral("n"), tr("\"n\" must be 1: blufio gives one choice"));
    // A client that sends tools expects them to be called; answering as if they were not there would mislead
    // it.
    for (const QString &name : {QStringLiteral("tools"), QStringLiteral("functions")}) {
        const QJsonValue value = o.value(name);
        if (!absent(value) && !(value.isArray() && value.toArray().isEmpty()))
            return fieldError(name, tr("\"%1\" is not supported").arg(name));
    }
    return request;
}

} // namespace blufio
