#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace blufio::test {

// One request the fake received.
struct FakeTelegramRequest
{
    QByteArray httpMethod; // GET or POST
    QByteArray token; // from /bot{token}/{method}
    QString method; // getMe, getUpdates, ...
    QByteArray rawBody;
    QJsonObject body; // the JSON body; empty when there was none or it was not an object
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

// What the fake does with the next call of a method instead of answering it.
struct FakeTelegramFault
{
    enum class Kind {
        Error, // {"ok": false, ...} with this status
        Reset, // after delayMs, the connection is reset (RST) without an answer
        Hang, // never answers (the client's deadline has to end it)
        Raw, // these bytes as the whole HTTP answer, then close
    };
    Kind kind = Kind::Error;
    int status = 500;
    QString description;
    int retryAfterSecs = -1; // Error: parameters.retry_after when >= 0
    int delayMs = 0; // Reset: held this long first (a long poll reset in its middle)
    QByteArray raw;

    static FakeTelegramFault error(int status, const QString &description, int retryAfterSecs = -1);
    // The Bot API's own words for the usual faults.
    static FakeTelegramFault unauthorized();
    static FakeTelegramFault webhookActive();
    static FakeTelegramFault otherPoller();
    static FakeTelegramFault tooManyRequests(int retryAfterSecs);
    static FakeTelegramFault reset(int delayMs = 0);
    static FakeTelegramFault hang();
    static FakeTelegramFault rawAnswer(const QByteArray &bytes);
};

// A message the bot sent (sendMessage), as edited since (editMessageText).
struct FakeTelegramSent
{
    qint64 chatId = 0;
    qint64 messageId = 0;
    QString text;
    int edits = 0;
};

// The project's own fake of the Telegram Bot API, for faults that telegram-test-api cannot play: a
// QTcpServer speaking HTTP/1.1 (Content-Length bodies, keep-alive) at /bot{token}/{method}.
//   getMe            the bot's user
//   getUpdates       a real long poll: answers at once when an update with id >= offset waits, else
//                    holds the request until one is pushed or `timeout` seconds pass (then []);
//                    updates below offset are confirmed and forgotten, as Telegram does
//   sendMessage      records the message and answers it as a Message
//   editMessageText  edits a recorded message and answers the edited Message
//   getWebhookInfo   the webhook's url ("" unless setWebhookUrl()) and the pending updates
// A request with another token gets 401; a fault queued for a method replaces its next answer.
class FakeTelegramServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeTelegramServer(QObject *parent = nullptr);
    ~FakeTelegramServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    // telegram.api_url for this server.
    QString apiUrl() const;

    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    // A webhook as `setWebhook` would leave it: getWebhookInfo shows it and getUpdates gets 409.
    void setWebhookUrl(const QString &url) { m_webhookUrl = url; }
    // The next call of method gets this fault (first in, first out per method).
    void enqueueFault(const QString &method, const FakeTelegramFault &fault);

    // A user writes to the bot: returns the update_id given to it.
    qint64 pushTextMessage(qint64 chatId, const QString &text, qint64 fromId = 0);
    // Any update object; update_id is added.
    qint64 pushUpdate(QJsonObject update);

    QList<FakeTelegramRequest> requests() const { return m_requests; }
    QList<FakeTelegramRequest> requests(const QString &method) const;
    QList<FakeTelegramSent> sent() const { return m_sent; }
    // getUpdates requests being held right now.
    int heldPolls() const { return int(m_polls.size()); }
    int openConnections() const { return int(m_buffers.size()); }

Q_SIGNALS:
    void requestReceived(const blufio::test::FakeTelegramRequest &request);
    void pollHeld();

private:
    struct Poll
    {
        QPointer<QTcpSocket> socket;
        qint64 offset = 0;
        bool longPoll = false; // getUpdates waiting for updates; otherwise a fault being played
        QTimer *timer = nullptr;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const FakeTelegramRequest &request);
    void play(QTcpSocket *socket, const FakeTelegramFault &fault);
    void answerPolls();
    void endPoll(QTcpSocket *socket, bool answer);
    QJsonArray pending(qint64 offset);
    static void reply(QTcpSocket *socket, int status, const QJsonObject &body);
    static void resetConnection(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_token = QByteArrayLiteral("123456:fake-telegram-token");
    QString m_webhookUrl;
    QHash<QString, QList<FakeTelegramFault>> m_faults;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Poll> m_polls;
    QList<QJsonObject> m_updates; // pushed and not yet confirmed
    QList<FakeTelegramRequest> m_requests;
    QList<FakeTelegramSent> m_sent;
    qint64 m_nextUpdateId = 100;
    qint64 m_nextMessageId = 1;
};

} // namespace blufio::test
