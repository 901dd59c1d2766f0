#pragma once

#include "common/crypto/DeviceKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>

#include <optional>

namespace blufio {

class Config;

// How the client proves itself to the gateway: a bearer token, or else a device key that signs
// every request (docs/API.md "Device signatures").
struct ApiCredentials
{
    QByteArray bearerToken;
    std::optional<DeviceKey> deviceKey;

    bool isEmpty() const { return bearerToken.isEmpty() && !deviceKey; }
};

// One row of GET /v1/sessions.
struct SessionSummary
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 messageCount = 0;
};

// One stored message of GET /v1/sessions/{id}.
struct SessionMessage
{
    QString id;
    QString role;
    QString content;
    QDateTime createdAt;
};

// GET /v1/sessions/{id}.
struct SessionDetail
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<SessionMessage> messages;
    qint64 messageCount = 0; // in the whole session, not only in `messages`
    bool hasMore = false; // older messages exist than those in `messages` (a page was asked for)
};

// One page of GET /v1/sessions: the cursor of the next page, empty on the last one.
struct SessionList
{
    QList<SessionSummary> sessions;
    QString nextCursor;
};

// A client of the daemon's authenticated /v1 API, for `blufio shell` and anything else that talks
// to a running daemon. Every call answers asynchronously, exactly once, with its result signal or
// failed(); one call at a time is what the shell needs, so no call ids.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // Codes of failures the client detects itself (the daemon's own codes pass through).
    static QString unreachableCode() { return QStringLiteral("daemon_unreachable"); }
    static QString unauthorizedCode() { return QStringLiteral("unauthorized"); }
    static QString protocolErrorCode() { return QStringLiteral("protocol_error"); }

    ApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, ApiCredentials credentials,
              QObject *parent = nullptr);
    ~ApiClient() override;

    // gateway.bearer_token when it is a literal (the environment override BLUFIO_GATEWAY_BEARER_TOKEN
    // is already applied by the config loader), else data_dir/device.key when it exists. nullopt with
    // *error naming both remedies when there is neither.
    static std::optional<ApiCredentials> credentialsFrom(const Config &config, const QProcessEnvironment &env,
                                                         QString *error);

    QUrl baseUrl() const { return m_baseUrl; }

    // POST /v1/messages with Accept: text/event-stream. Emits messageStarted, textDelta for each
    // piece as it arrives, then completed with the full reply object, or failed.
    void sendMessage(const QString &content, const QString &sessionId = {});
    // GET /v1/sessions?limit=N[&cursor=C] → sessionsListed or failed. limit 0: the daemon's default.
    void listSessions(int limit = 0, const QString &cursor = {});
    // GET /v1/sessions/{id} → sessionFetched or failed (code "not_found" for an unknown id).
    // lastMessages > 0 asks for only that many of the newest messages (?limit=N).
    void getSession(const QString &id, int lastMessages = 0);
    // Aborts the call in flight, if any, without emitting anything.
    void abort();

Q_SIGNALS:
    void messageStarted(const QString &sessionId);
    void textDelta(const QString &text);
    void completed(const QJsonObject &reply);
    void sessionsListed(const blufio::SessionList &page);
    void sessionFetched(const blufio::SessionDetail &session);
    void failed(const QString &code, const QString &message);

private:
    enum class Call { None, Message, Sessions, Session };

    QNetworkReply *start(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &body,
                         bool streaming);
    void onReadyRead();
    void onFinished();
    void parseEvents();
    void handleEvent(const QByteArray &event, const QByteArray &data);
    void finishWithJson(const QByteArray &body);
    void fail(const QString &code, const QString &message);
    QString errorFromStatus(int status, const QByteArray &body, QString *code) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    ApiCredentials m_credentials;
    QPointer<QNetworkReply> m_reply;
    Call m_call = Call::None;
    QByteArray m_buffer; // SSE bytes not yet parsed, or a JSON body being collected
    bool m_streaming = false; // the reply turned out to be 200 text/event-stream
    bool m_done = false; // a result signal or failed() went out for this call
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::SessionSummary)
Q_DECLARE_METATYPE(blufio::SessionDetail)
