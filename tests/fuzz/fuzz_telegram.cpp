// libFuzzer target: TelegramReply (common/telegram), which reads every answer of a Bot API server
// (the daemon's long poll and blufio doctor). Input: a little-endian HTTP status word, then the body.
// Whatever the bytes, an answer is a value or an error with a message, never both; retry_after is
// only on a rate limit and within its cap; parsed updates are consistent with their kind; and the
// parsers (user, message, updates, webhook info, edit result) take any JSON value, the envelope's result or
// the whole body, without crashing.
#include "FuzzInput.h"

#include "common/telegram/TelegramReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

using namespace blufio;

namespace {

void check(const Error &error)
{
    if (error.message.isEmpty())
        std::abort();
    if (error.retryAfterSecs < -1 || error.retryAfterSecs > TelegramReply::MaxRetryAfterSecs)
        std::abort();
    if (error.retryAfterSecs >= 0 && error.code != ErrorCode::RateLimited)
        std::abort();
}

void parseAll(const QJsonValue &value)
{
    if (const Result<TelegramUser> user = TelegramReply::user(value); !user)
        check(user.error());
    if (const Result<TelegramMessage> message = TelegramReply::message(value); !message) {
        check(message.error());
    } else if (!message->isText && !message->text.isEmpty()) {
        std::abort();
    }
    if (const Result<TelegramWebhookInfo> webhook = TelegramReply::webhookInfo(value); !webhook)
        check(webhook.error());
    if (const Result<std::optional<TelegramMessage>> edit = TelegramReply::editResult(value); !edit)
        check(edit.error());
    const Result<QList<TelegramUpdate>> updates = TelegramReply::updates(value);
    if (!updates) {
        check(updates.error());
        return;
    }
    for (const TelegramUpdate &u : *updates) {
        if (u.updateId < 0)
            std::abort();
        if (u.kind == TelegramUpdate::Kind::Other && (u.chatId != 0 || u.messageId != 0 || !u.text.isEmpty()))
            std::abort();
        if (u.kind == TelegramUpdate::Kind::NonText && !u.text.isEmpty())
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::FuzzInput input(data, size);
    const int status = input.word() % 600;
    const QByteArray body = input.rest().toByteArray();
    const Result<QJsonValue> envelope = TelegramReply::envelope(status, body, body.left(4));
    if (envelope) {
        if (status < 200 || status > 299)
            std::abort();
        parseAll(*envelope);
    } else {
        check(envelope.error());
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray())
        parseAll(doc.array());
    else if (doc.isObject())
        parseAll(doc.object());
    return 0;
}
