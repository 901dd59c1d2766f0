#pragma once

#include "common/net/HealthSnapshot.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace blufio {

// What the Telegram channel reads out of a chat's text and writes into one: commands, replies cut
// to the Bot API's length, the /status answer. No network, so it is tested on its own.
class TelegramText
{
    Q_DECLARE_TR_FUNCTIONS(TelegramText)

public:
    // sendMessage and editMessageText refuse longer texts (UTF-16 code units, as Telegram counts).
    static constexpr int MaxMessageLength = 4096;

    enum class Command {
        None, // ordinary text, for the agent
        New, // /new: a new session for the chat
        Status, // /status: the daemon's state
        Start, // /start: Telegram sends it when a user first opens the bot
        ForOtherBot, // /cmd@otherbot in a group: not addressed to us, left alone
    };

    // Recognised by the text, not only by entities: "/new", "/new@botname" (this bot's username,
    // case-insensitively; any when it is unknown), then the end or whitespace. Other commands are
    // ordinary text.
    static Command command(const QString &text, const QString &botUsername);

    // Parts of at most maxLength code units, cut at the last newline, else the last space, within the
    // second half of a part (else hard, never inside a surrogate pair); the separator cut at is
    // dropped. An empty text gives no parts.
    static QStringList split(const QString &text, int maxLength = MaxMessageLength);

    // The /status answer: version, uptime, status, provider, sessions and queue.
    static QString status(const HealthSnapshot &snapshot);
};

} // namespace blufio
