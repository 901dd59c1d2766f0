#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace blufio::test {

// telegram-test-api (an npm package: a Telegram Bot API emulator written outside this project) run
// by tests/telegram/start.js under node, on a free port, for the happy paths. It plays the user
// through its client routes:
//   POST /sendMessage        a user's message to the bot (the bot reads it with getUpdates)
//   POST /getUpdates         the bot's messages to one chat not yet read by the user
//   POST /getUpdatesHistory  every message of a bot, both ways, as edited since
// Known differences from Telegram: getUpdates answers at once (no long poll) and ignores offset
// (an update is delivered once, when first asked for), editMessageText answers a null result,
// sendMessage's Message has date in milliseconds and no "from".
class TelegramTestApi
{
public:
    TelegramTestApi() = default;
    ~TelegramTestApi();
    TelegramTestApi(const TelegramTestApi &) = delete;
    TelegramTestApi &operator=(const TelegramTestApi &) = delete;

    // Starts node with the script (tests/telegram/start.js); false with error() when node, the
    // installed package or the port is missing.
    bool start(const QString &startScript, int timeoutMs = 20000);
    // start() failed because node or the npm package is absent (setup.sh could not reach the npm
    // registry), not because the emulator misbehaved: tests skip then, naming why.
    bool notInstalled() const { return m_notInstalled; }
    void stop();
    QString error() const { return m_error; }
    // telegram.api_url for it.
    QString apiUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }

    // A user with this id writes text in the private chat of the same id; false when not accepted.
    bool sendUserMessage(const QByteArray &botToken, qint64 chatId, const QString &text);
    // The bot's messages to chatId that the user has not read yet (each message object has chat_id and text).
    QJsonArray unreadBotMessages(const QByteArray &botToken, qint64 chatId);
    // Everything of this bot, oldest first, with edits applied.
    QJsonArray history(const QByteArray &botToken);

private:
    QJsonObject call(const QString &route, const QJsonObject &body);

    QProcess m_process;
    QString m_error;
    quint16 m_port = 0;
    bool m_notInstalled = false;
};

} // namespace blufio::test
