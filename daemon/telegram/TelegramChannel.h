#pragma once

#include "common/Result.h"
#include "common/telegram/TelegramBotApi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace prometheus {
class Counter;
class Gauge;
} // namespace prometheus

namespace blufio {

class Agent;
class Storage;
class TelegramReplyStream;
struct TelegramPending;

// The Telegram channel (docs/TELEGRAM.md): long-polls getUpdates, gives each allowed chat's text to
// the agent in the chat's session and streams the reply back (TelegramReplyStream), answers /new,
// /status and non-text messages itself, and ignores chats not allowed. The offset lives in storage,
// written with each message (Storage::appendChannelMessage), so an update is processed once across
// crashes; at start it delivers what a crash left stored but unsent.
//
// Polls never spin: a poll that comes back quickly (telegram-test-api answers at once) is followed by
// the next one only after minPollIntervalMs, failures back off (401 and 409 slowly, 429 as long as
// Telegram asks, network errors 1 s doubling to 60 s with jitter).
class TelegramChannel : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl apiUrl;
        QByteArray token;
        QList<qint64> allowedChatIds; // empty: nobody
        int pollTimeoutSecs = 30;
        int editIntervalMs = 1000;
        int minPollIntervalMs = 1000;
    };

    // What /v1/health shows of the channel.
    struct State
    {
        bool up = false; // the last poll got an answer
        QString lastError; // why the last failed poll failed (token redacted); empty after a good one
        QDateTime lastPollAt; // the last good poll, UTC; invalid before the first
        QString botUsername; // from getMe; empty until known
    };

    // The text /status replies with.
    using StatusText = std::function<QString()>;

    // agent, storage and the gauges must outlive the channel.
    TelegramChannel(Settings settings, Agent &agent, Storage &storage, prometheus::Gauge &up,
                    prometheus::Counter &ignored, StatusText status, QObject *parent = nullptr);
    ~TelegramChannel() override;

    // After Agent::recover(): claims the recovered turns of its updates, delivers stored replies,
    // starts polling.
    void start();
    void stop();

    const State &state() const { return m_state; }
    qint64 offset() const { return m_offset; }

private:
    void poll();
    void onPolled(Result<QList<TelegramUpdate>> result);
    void onPollFailed(const Error &error);
    void scheduleNext(int ms);
    void handle(const TelegramUpdate &update);
    void handleText(const TelegramUpdate &update);
    void startNewSession(const TelegramUpdate &update);
    void submit(const TelegramUpdate &update, const QString &sessionId, bool retried);
    void resume(const TelegramPending &pending);
    void advance(qint64 updateId);
    bool allowed(qint64 chatId) const;
    void say(qint64 chatId, const QString &text);
    TelegramReplyStream *stream(qint64 chatId, qint64 updateId, qint64 sentMessageId);
    void fetchBotName();

    Settings m_settings;
    Agent &m_agent;
    Storage &m_storage;
    prometheus::Gauge &m_up;
    prometheus::Counter &m_ignored;
    StatusText m_status;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TelegramBotApi> m_api;
    State m_state;
    qint64 m_offset = 0; // the last update_id processed
    TelegramBotApi::Id m_poll = 0;
    QElapsedTimer m_pollStarted;
    QTimer m_timer;
    int m_backoffMs = 0;
    bool m_running = false;
    bool m_askingName = false;
    ErrorCode m_lastLogged = ErrorCode::Failed; // the failure last logged, to log an episode once
    bool m_failing = false;
    QSet<qint64> m_ignoredChats; // logged once each
};

} // namespace blufio
