#include "TelegramReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace blufio {

namespace {

// What the server said about an error, quoted in our messages: bounded, one line, no control bytes.
QString quoted(const QString &text)
{
    QString out;
    for (const QChar c : text.left(300)) {
        if (c.isPrint())
            out += c;
        else if (c.isSpace())
            out += u' ';
    }
    return out.trimmed();
}

Error failure(ErrorCode code, const QString &message, int retryAfterSecs = -1)
{
    return Error {code, message, retryAfterSecs};
}

std::optional<QString> optionalString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}

int boundedRetryAfter(std::optional<qint64> secs)
{
    if (!secs || *secs < 0)
        return -1;
    return int(std::min<qint64>(*secs, TelegramReply::MaxRetryAfterSecs));
}

// Maps an error answer to a code and a message that names the status and quotes the server.
Error classify(int code, const QString &description, int retryAfterSecs, bool fromBotApi)
{
    const QString said = description.isEmpty() ? QString() : QStringLiteral(": ") + quoted(description);
    switch (code) {
    case 401:
        return failure(ErrorCode::Unauthorized,
                       TelegramReply::tr("the Bot API refused the bot token (401%1)").arg(said));
    case 404:
        // The Bot API answers 404 for a token that is not one (wrong format); any other server's 404
        // means api_url does not point at a Bot API.
        if (fromBotApi)
            return failure(ErrorCode::Unauthorized,
                           TelegramReply::tr("the Bot API does not know this bot token (404%1)").arg(said));
        return failure(ErrorCode::Malformed, TelegramReply::tr("no Bot API at this address (HTTP 404)"));
    case 409:
        return failure(ErrorCode::Conflict,
                       TelegramReply::tr("the Bot API refused to deliver updates (409%1)").arg(said));
    case 429:
        if (retryAfterSecs >= 0)
            return failure(ErrorCode::RateLimited,
                           TelegramReply::tr("rate limited by the Bot API, retry after %n s (429%1)", nullptr,
                                             retryAfterSecs)
                               .arg(said),
                           retryAfterSecs);
        return failure(ErrorCode::RateLimited,
                       TelegramReply::tr("rate limited by the Bot API (429%1)").arg(said));
    default:
        break;
    }
    if (code >= 500 && code <= 599)
        return failure(ErrorCode::Unavailable,
                       TelegramReply::tr("the Bot API is unavailable (%1%2)").arg(code).arg(said));
    if (code >= 400 && code <= 499)
        return failure(ErrorCode::InvalidArgument,
                       TelegramReply::tr("the Bot API refused the request (%1%2)").arg(code).arg(said));
    return failure(
        ErrorCode::Malformed,
        TelegramReply::tr("the Bot API answered an error without a usable code (%1%2)").arg(code).arg(said));
}

} // namespace

std::optional<qint64> TelegramReply::integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() falls back to its argument when the number is not an exact integer: two different
    // fallbacks agree only on a real value.
    const qint64 a = value.toInteger(0);
    const qint64 b = value.toInteger(1);
    if (a != b)
        return std::nullopt;
    return a;
}

Result<QJsonValue> TelegramReply::envelope(int httpStatus, const QByteArray &body,
                                           const QByteArray &retryAfterHeader)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Not the Bot API's JSON: a proxy, a load balancer or another server. Its status still says
        // what kind of trouble this is when it is one of the meaningful ones.
        if (httpStatus == 401 || httpStatus == 409 || httpStatus == 429
            || (httpStatus >= 500 && httpStatus <= 599)) {
            bool ok = false;
            const qint64 header = retryAfterHeader.trimmed().toLongLong(&ok);
            return classify(httpStatus, {},
                            boundedRetryAfter(ok ? std::optional<qint64>(header) : std::nullopt), false);
        }
        return failure(ErrorCode::Malformed,
                       tr("not a Bot API answer (HTTP %1, %n byte(s) that are not a JSON object)", nullptr,
                          int(body.size()))
                           .arg(httpStatus));
    }
    const QJsonObject o = doc.object();
    const QJsonValue okValue = o.value(QStringLiteral("ok"));
    if (!okValue.isBool())
        return failure(ErrorCode::Malformed,
                       tr("not a Bot API answer (HTTP %1, no boolean \"ok\")").arg(httpStatus));
    if (okValue.toBool()) {
        if (httpStatus < 200 || httpStatus > 299)
            return failure(ErrorCode::Malformed,
                           tr("not a Bot API answer (HTTP %1 with \"ok\": true)").arg(httpStatus));
        if (!o.contains(QStringLiteral("result")))
            return failure(ErrorCode::Malformed, tr("a Bot API answer without \"result\""));
        return o.value(QStringLiteral("result"));
    }
    const std::optional<qint64> errorCode = integer(o.value(QStringLiteral("error_code")));
    const int code = errorCode && *errorCode >= 100 && *errorCode <= 599 ? int(*errorCode) : httpStatus;
    const QString description = optionalString(o, QStringLiteral("description")).value_or(QString());
    std::optional<qint64> retryAfter;
    if (const QJsonValue parameters = o.value(QStringLiteral("parameters")); parameters.isObject())
        retryAfter = integer(parameters.toObject().value(QStringLiteral("retry_after")));
    if (!retryAfter) {
        bool ok = false;
        const qint64 header = retryAfterHeader.trimmed().toLongLong(&ok);
        if (ok)
            retryAfter = header;
    }
    return classify(code, description, boundedRetryAfter(retryAfter), true);
}

Result<TelegramUser> TelegramReply::user(const QJsonValue &value)
{
    if (!value.isObject())
        return failure(ErrorCode::Malformed, tr("a Bot API user that is not an object"));
    const QJsonObject o = value.toObject();
    const std::optional<qint64> id = integer(o.value(QStringLiteral("id")));
    if (!id)
        return failure(ErrorCode::Malformed, tr("a Bot API user without an integer \"id\""));
    TelegramUser user;
    user.id = *id;
    user.isBot = o.value(QStringLiteral("is_bot")).toBool(false);
    user.firstName = optionalString(o, QStringLiteral("first_name")).value_or(QString());
    user.username = optionalString(o, QStringLiteral("username")).value_or(QString());
    return user;
}

Result<TelegramMessage> TelegramReply::message(const QJsonValue &value)
{
    if (!value.isObject())
        return failure(ErrorCode::Malformed, tr("a Bot API message that is not an object"));
    const QJsonObject o = value.toObject();
    const std::optional<qint64> messageId = integer(o.value(QStringLiteral("message_id")));
    if (!messageId)
        return failure(ErrorCode::Malformed, tr("a Bot API message without an integer \"message_id\""));
    const QJsonValue chatValue = o.value(QStringLiteral("chat"));
    const std::optional<qint64> chatId
        = chatValue.isObject() ? integer(chatValue.toObject().value(QStringLiteral("id"))) : std::nullopt;
    if (!chatId)
        return failure(ErrorCode::Malformed, tr("a Bot API message without a chat with an integer \"id\""));
    TelegramMessage message;
    message.messageId = *messageId;
    message.chatId = *chatId;
    message.chatType = optionalString(chatValue.toObject(), QStringLiteral("type")).value_or(QString());
    // Optional fields of the wrong type count as absent: they decide nothing that a missing one would not.
    if (const QJsonValue from = o.value(QStringLiteral("from")); from.isObject()) {
        if (Result<TelegramUser> parsed = user(from))
            message.from = std::move(parsed).value();
    }
    message.date = integer(o.value(QStringLiteral("date"))).value_or(0);
    if (const std::optional<QString> text = optionalString(o, QStringLiteral("text"))) {
        message.isText = true;
        message.text = *text;
    }
    return message;
}

Result<QList<TelegramUpdate>> TelegramReply::updates(const QJsonValue &value)
{
    if (!value.isArray())
        return failure(ErrorCode::Malformed, tr("getUpdates answered something other than an array"));
    const QJsonArray array = value.toArray();
    QList<TelegramUpdate> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const std::optional<qint64> updateId
            = item.isObject() ? integer(item.toObject().value(QStringLiteral("update_id"))) : std::nullopt;
        // Without its id an update cannot be confirmed, so the server would send it again forever:
        // the whole answer is refused rather than half of it taken.
        if (!updateId || *updateId < 0)
            return failure(
                ErrorCode::Malformed,
                tr("getUpdates answered an update without an integer \"update_id\" (item %1)").arg(i));
        TelegramUpdate update;
        update.updateId = *updateId;
        const QJsonObject o = item.toObject();
        if (o.contains(QStringLiteral("message"))) {
            if (Result<TelegramMessage> parsed = message(o.value(QStringLiteral("message")))) {
                update.kind = parsed->isText ? TelegramUpdate::Kind::Text : TelegramUpdate::Kind::NonText;
                update.chatId = parsed->chatId;
                update.messageId = parsed->messageId;
                update.chatType = parsed->chatType;
                update.from = parsed->from;
                update.text = parsed->text;
            }
        }
        out.append(std::move(update));
    }
    return out;
}

Result<TelegramWebhookInfo> TelegramReply::webhookInfo(const QJsonValue &value)
{
    const QJsonValue url = value.isObject() ? value.toObject().value(QStringLiteral("url")) : QJsonValue();
    if (!url.isString())
        return failure(ErrorCode::Malformed, tr("getWebhookInfo answered without a string \"url\""));
    const QJsonObject o = value.toObject();
    TelegramWebhookInfo info;
    info.url = url.toString();
    info.pendingUpdateCount = integer(o.value(QStringLiteral("pending_update_count"))).value_or(0);
    info.lastErrorMessage = optionalString(o, QStringLiteral("last_error_message")).value_or(QString());
    return info;
}

Result<std::optional<TelegramMessage>> TelegramReply::editResult(const QJsonValue &value)
{
    if (value.isNull() || (value.isBool() && value.toBool()))
        return std::optional<TelegramMessage>();
    Result<TelegramMessage> parsed = message(value);
    if (!parsed)
        return parsed.error();
    return std::optional<TelegramMessage>(std::move(parsed).value());
}

} // namespace blufio
