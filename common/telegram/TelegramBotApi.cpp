#include "TelegramBotApi.h"

#include "TelegramReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <sodium.h>

namespace blufio {

namespace {
constexpr auto Mask = "****";

// Qt's network-layer and proxy errors (1-199): no HTTP answer to read. Content, protocol and server
// errors (200 and up) come with a status and a body, which the envelope reads.
bool transportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}
} // namespace

TelegramBotApi::TelegramBotApi(QNetworkAccessManager *network, const QUrl &apiUrl, const QByteArray &token,
                               QObject *parent)
    : QObject(parent), m_network(network), m_apiUrl(apiUrl), m_token(token)
{ }

TelegramBotApi::~TelegramBotApi()
{
    abortAll();
    if (!m_token.isEmpty())
        sodium_memzero(m_token.data(), size_t(m_token.size()));
}

QString TelegramBotApi::redact(const QString &text) const
{
    if (m_token.isEmpty())
        return text;
    QString out = text;
    out.replace(QString::fromUtf8(m_token), QLatin1String(Mask));
    out.replace(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(m_token))),
                QLatin1String(Mask));
    out.replace(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(m_token), ":")),
                QLatin1String(Mask));
    return out;
}

QString TelegramBotApi::displayUrl(const QString &method) const
{
    QString base = m_apiUrl.toString(QUrl::RemoveUserInfo);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + QStringLiteral("/bot") + QLatin1String(Mask) + u'/' + method;
}

TelegramBotApi::Id TelegramBotApi::getMe(Callback<TelegramUser> done)
{
    return call(QStringLiteral("getMe"), {}, m_requestTimeoutMs, &TelegramReply::user, std::move(done));
}

TelegramBotApi::Id TelegramBotApi::getWebhookInfo(Callback<TelegramWebhookInfo> done)
{
    return call(QStringLiteral("getWebhookInfo"), {}, m_requestTimeoutMs, &TelegramReply::webhookInfo,
                std::move(done));
}

TelegramBotApi::Id TelegramBotApi::getUpdates(qint64 offset, int timeoutSecs,
                                              Callback<QList<TelegramUpdate>> done)
{
    QJsonObject params {{QStringLiteral("timeout"), timeoutSecs},
                        {QStringLiteral("allowed_updates"), QJsonArray {QStringLiteral("message")}}};
    if (offset > 0)
        params.insert(QStringLiteral("offset"), offset);
    const int deadlineMs = (std::max(timeoutSecs, 0) + PollMarginSecs) * 1000;
    return call(QStringLiteral("getUpdates"), params, deadlineMs, &TelegramReply::updates, std::move(done));
}

TelegramBotApi::Id TelegramBotApi::sendMessage(qint64 chatId, const QString &text,
                                               Callback<TelegramMessage> done)
{
    const QJsonObject params {{QStringLiteral("chat_id"), chatId}, {QStringLiteral("text"), text}};
    return call(QStringLiteral("sendMessage"), params, m_requestTimeoutMs, &TelegramReply::message,
                std::move(done));
}

TelegramBotApi::Id TelegramBotApi::editMessageText(qint64 chatId, qint64 messageId, const QString &text,
                                                   Callback<std::optional<TelegramMessage>> done)
{
    const QJsonObject params {{QStringLiteral("chat_id"), chatId},
                              {QStringLiteral("message_id"), messageId},
                              {QStringLiteral("text"), text}};
    return call(QStringLiteral("editMessageText"), params, m_requestTimeoutMs, &TelegramReply::editResult,
                std::move(done));
}

TelegramBotApi::Id TelegramBotApi::post(const QString &method, const QJsonObject &params, int timeoutMs,
                                        std::function<void(Result<QJsonValue>)> handler)
{
    QUrl url = m_apiUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/bot") + QString::fromUtf8(m_token) + u'/' + method);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // A redirect would carry the token to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    const Id id = m_nextId++;
    Call entry;
    entry.method = method;
    entry.timeoutMs = timeoutMs;
    entry.handler = std::move(handler);
    entry.reply = m_network->post(request, QJsonDocument(params).toJson(QJsonDocument::Compact));
    entry.deadline = new QTimer(this);
    entry.deadline->setSingleShot(true);
    connect(entry.deadline, &QTimer::timeout, this, [this, id] { onDeadline(id); });
    entry.deadline->start(timeoutMs);
    connect(entry.reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(entry.reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    m_calls.insert(id, entry);
    return id;
}

void TelegramBotApi::onReadyRead(Id id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || !it->reply)
        return;
    // The body stays in the reply's buffer until finished; past the cap nothing more is wanted.
    if (it->reply->bytesAvailable() > MaxReplyBytes) {
        it->tooLarge = true;
        it->reply->abort();
    }
}

void TelegramBotApi::onDeadline(Id id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || !it->reply)
        return;
    it->timedOut = true;
    it->reply->abort(); // finished follows, from abort() itself
}

Error TelegramBotApi::located(const QString &method, Error error) const
{
    error.message = displayUrl(method) + QStringLiteral(": ") + redact(error.message);
    return error;
}

Result<QJsonValue> TelegramBotApi::outcome(const Call &entry, QNetworkReply *reply) const
{
    if (entry.timedOut)
        return located(entry.method,
                       {ErrorCode::Timeout, tr("no answer within %1 s").arg(entry.timeoutMs / 1000.0)});
    if (entry.tooLarge)
        return located(
            entry.method,
            {ErrorCode::Malformed, tr("the answer is larger than %1 MiB").arg(MaxReplyBytes >> 20)});
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || transportError(reply->error()))
        return located(entry.method, {ErrorCode::Network, reply->errorString()});
    if (status >= 300 && status <= 399)
        return located(entry.method,
                       {ErrorCode::Malformed,
                        tr("redirected (HTTP %1); set telegram.api_url to the final address").arg(status)});
    Result<QJsonValue> parsed
        = TelegramReply::envelope(status, reply->readAll(), reply->rawHeader("Retry-After"));
    if (parsed)
        return parsed;
    return located(entry.method, parsed.error());
}

void TelegramBotApi::onFinished(Id id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call entry = std::move(*it);
    m_calls.erase(it);
    QNetworkReply *reply = entry.reply;
    Result<QJsonValue> result = reply
        ? outcome(entry, reply)
        : Result<QJsonValue>(located(entry.method, {ErrorCode::Network, tr("the request was lost")}));
    const auto handler = std::move(entry.handler);
    drop(entry);
    // Last: the handler may start the next call or destroy this object.
    handler(std::move(result));
}

void TelegramBotApi::drop(Call &entry)
{
    if (entry.deadline) {
        entry.deadline->stop();
        entry.deadline->deleteLater();
        entry.deadline = nullptr;
    }
    if (entry.reply) {
        QNetworkReply *reply = entry.reply;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

void TelegramBotApi::abort(Id id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call entry = std::move(*it);
    m_calls.erase(it);
    drop(entry);
}

void TelegramBotApi::abortAll()
{
    const QList<Id> ids = m_calls.keys();
    for (const Id id : ids)
        abort(id);
}

} // namespace blufio
