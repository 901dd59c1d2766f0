#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace blufio {

// The few Bot API objects blufio reads (https://core.telegram.org/bots/api#available-types), with
// only the fields it uses. Ids are 64-bit: chat ids need up to 52 bits and are negative for groups.
struct TelegramUser
{
    qint64 id = 0;
    bool isBot = false;
    QString firstName;
    QString username; // empty when the user has none
};

struct TelegramMessage
{
    qint64 messageId = 0;
    qint64 chatId = 0;
    QString chatType; // "private", "group", "supergroup", "channel"; empty when not said
    std::optional<TelegramUser> from; // absent in channels and in some servers' echoes of our messages
    qint64 date = 0; // as the server sent it (unix seconds on Telegram); 0 when absent
    bool isText = false; // it had a "text" field (photos, stickers, voice... have none)
    QString text;
};

// getWebhookInfo: while a webhook is set, Telegram refuses getUpdates with 409.
struct TelegramWebhookInfo
{
    QString url; // empty: no webhook, long polling works
    qint64 pendingUpdateCount = 0;
    QString lastErrorMessage;
};

// One element of getUpdates' result, flattened to what a channel decides on.
struct TelegramUpdate
{
    enum class Kind {
        Text, // a new message with text
        NonText, // a new message without text (photo, sticker, voice, ...): it can be answered
        Other, // anything else (edits, callbacks, member changes), or a message without a usable chat
    };

    qint64 updateId = 0; // the next getUpdates offset is the largest of these + 1, whatever the kind
    Kind kind = Kind::Other;
    qint64 chatId = 0; // Text and NonText only
    qint64 messageId = 0; // Text and NonText only
    QString chatType;
    std::optional<TelegramUser> from;
    QString text; // Text only

    bool isText() const { return kind == Kind::Text; }
    bool isMessage() const { return kind != Kind::Other; }
};

} // namespace blufio
