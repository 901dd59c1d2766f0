#pragma once

#include "TelegramTypes.h"

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace blufio {

// Reads what a Bot API server answers, trusting none of it: every field is checked for presence and
// type, and whatever does not fit is a Malformed error (or, inside one update, an update of kind
// Other), never a crash or a default taken for a value. No network here, so tests/fuzz/fuzz_telegram
// drives it with arbitrary bytes.
class TelegramReply
{
    Q_DECLARE_TR_FUNCTIONS(TelegramReply)

public:
    // A server's retry_after is obeyed up to this: a hostile or broken one cannot park the channel.
    static constexpr int MaxRetryAfterSecs = 3600;

    // The envelope {"ok": true, "result": ...} or {"ok": false, "error_code", "description",
    // "parameters": {"retry_after"}} of an HTTP answer: the result, or an error whose code says what
    // happened (Unauthorized 401 and the Bot API's 404 for a token it does not know, Conflict 409,
    // RateLimited 429 with retryAfterSecs, Unavailable 5xx, InvalidArgument other 4xx, Malformed
    // otherwise). retryAfterHeader is the HTTP Retry-After, used when the body has no parameters.
    static Result<QJsonValue> envelope(int httpStatus, const QByteArray &body,
                                       const QByteArray &retryAfterHeader = {});

    static Result<TelegramUser> user(const QJsonValue &value);
    static Result<TelegramMessage> message(const QJsonValue &value);
    static Result<QList<TelegramUpdate>> updates(const QJsonValue &value);
    static Result<TelegramWebhookInfo> webhookInfo(const QJsonValue &value);
    // editMessageText answers a Message, or true (inline messages), or, from some servers, null.
    static Result<std::optional<TelegramMessage>> editResult(const QJsonValue &value);

    // The integer a JSON number holds exactly (no fraction, within qint64); nullopt for anything else.
    static std::optional<qint64> integer(const QJsonValue &value);
};

} // namespace blufio
