#pragma once

#include "TelegramTypes.h"

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace blufio {

// A client of the Telegram Bot API: POST {api_url}/bot{token}/{method} with a JSON body, the answer
// read by TelegramReply into typed results whose ErrorCode tells a bad token (Unauthorized), a webhook
// or a second poller (Conflict), a rate limit (RateLimited, with retryAfterSecs), a 5xx (Unavailable),
// no answer (Network) or none in time (Timeout), and an answer that is not the API's (Malformed).
//
// The token is in every URL, so it is in nothing this class says: messages show the URL as
// {api_url}/bot****/{method}, and whatever Qt or the server wrote goes through redact() first.
//
// Every call answers exactly once, from the event loop (never from inside the call), unless it is
// aborted or this object is destroyed first: then its callback never runs. The network manager is
// the caller's (the daemon's pool, a probe's own) and must outlive this object.
class TelegramBotApi : public QObject
{
    Q_OBJECT

public:
    using Id = quint64;
    template<typename T> using Callback = std::function<void(Result<T>)>;

    // getUpdates' own deadline is its long-poll timeout plus this, so that the server's empty answer
    // arrives before we give up on it.
    static constexpr int PollMarginSecs = 10;
    static constexpr int DefaultRequestTimeoutMs = 30000;
    // Larger answers are cut off as Malformed: 100 updates of 4096 characters fit many times over.
    static constexpr qint64 MaxReplyBytes = qint64(8) * 1024 * 1024;

    TelegramBotApi(QNetworkAccessManager *network, const QUrl &apiUrl, const QByteArray &token,
                   QObject *parent = nullptr);
    ~TelegramBotApi() override;

    // The deadline of every call but getUpdates.
    void setRequestTimeoutMs(int ms) { m_requestTimeoutMs = ms; }

    Id getMe(Callback<TelegramUser> done);
    // Whether a webhook is set (Telegram then answers getUpdates with 409), without disturbing a
    // poller the way a getUpdates of our own would.
    Id getWebhookInfo(Callback<TelegramWebhookInfo> done);
    // A long poll: the server holds the request up to timeoutSecs until an update with an id of at
    // least offset arrives (offset 0: the oldest unconfirmed). Asks for messages only.
    Id getUpdates(qint64 offset, int timeoutSecs, Callback<QList<TelegramUpdate>> done);
    Id sendMessage(qint64 chatId, const QString &text, Callback<TelegramMessage> done);
    // The edited Message, or nullopt when the server answered true or null instead.
    Id editMessageText(qint64 chatId, qint64 messageId, const QString &text,
                       Callback<std::optional<TelegramMessage>> done);

    // Drops a call without calling it back; unknown or finished ids are ignored.
    void abort(Id id);
    void abortAll();
    int inFlight() const { return int(m_calls.size()); }

    // The text with the token (raw or percent-encoded) replaced by ****.
    QString redact(const QString &text) const;
    // {api_url}/bot****/{method}, for messages.
    QString displayUrl(const QString &method) const;

private:
    struct Call
    {
        QPointer<QNetworkReply> reply;
        QTimer *deadline = nullptr;
        QString method;
        int timeoutMs = 0;
        bool timedOut = false;
        bool tooLarge = false;
        std::function<void(Result<QJsonValue>)> handler;
    };

    // One call whose result parse() reads; its errors, like every other, name the masked URL.
    template<typename T>
    Id call(const QString &method, const QJsonObject &params, int timeoutMs,
            Result<T> (*parse)(const QJsonValue &), Callback<T> done)
    {
        return post(method, params, timeoutMs,
                    [this, method, parse, done = std::move(done)](Result<QJsonValue> r) {
                        if (!r) {
                            done(r.error());
                            return;
                        }
                        Result<T> parsed = parse(*r);
                        done(parsed ? std::move(parsed) : Result<T>(located(method, parsed.error())));
                    });
    }
    Id post(const QString &method, const QJsonObject &params, int timeoutMs,
            std::function<void(Result<QJsonValue>)> handler);
    // The error with the masked URL in front and the token taken out of whatever else it says.
    Error located(const QString &method, Error error) const;
    void onReadyRead(Id id);
    void onFinished(Id id);
    void onDeadline(Id id);
    Result<QJsonValue> outcome(const Call &entry, QNetworkReply *reply) const;
    void drop(Call &entry);

    QNetworkAccessManager *m_network;
    QUrl m_apiUrl;
    QByteArray m_token;
    int m_requestTimeoutMs = DefaultRequestTimeoutMs;
    Id m_nextId = 1;
    QHash<Id, Call> m_calls;
};

} // namespace blufio
