#include "ApiClient.h"

#include "ApiError.h"

#include "common/config/Config.h"
#include "common/vault/SecretResolver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace blufio {

ApiClient::ApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, ApiCredentials credentials,
                     QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(baseUrl), m_credentials(std::move(credentials))
{
    qRegisterMetaType<SessionList>();
    qRegisterMetaType<SessionTranscript>();
}

ApiClient::~ApiClient()
{
    abort();
}

Result<ApiCredentials> ApiClient::credentialsFrom(const Config &config, const QProcessEnvironment &env)
{
    ApiCredentials credentials;
    const QString fromEnv = env.value(QStringLiteral("BLUFIO_GATEWAY_BEARER_TOKEN"));
    const QString fromConfig = config.settings().gateway.bearerToken;
    // A "vault:NAME" reference is for the daemon, which unlocks the vault at start; the CLI does not
    // ask for the vault passphrase just to open a shell.
    const bool vaultReference = SecretResolver::isReference(fromConfig);
    if (!fromEnv.isEmpty())
        credentials.bearerToken = fromEnv.toUtf8();
    else if (!fromConfig.isEmpty() && !vaultReference)
        credentials.bearerToken = fromConfig.toUtf8();
    if (!credentials.bearerToken.isEmpty())
        return credentials;

    const QString keyPath = QDir(config.dataDir()).filePath(DeviceKey::defaultFileName());
    if (QFile::exists(keyPath)) {
        Result<DeviceKey> key = DeviceKey::load(keyPath);
        if (!key)
            return Error {key.code(),
                          tr("cannot read the device key %1: %2").arg(keyPath, key.errorMessage())};
        credentials.deviceKey = std::move(*key);
        return credentials;
    }
    QString message
        = tr("no credentials for the daemon: set gateway.bearer_token (or "
             "BLUFIO_GATEWAY_BEARER_TOKEN) to the "
             "daemon's token, or run 'blufio keygen' and add the printed public key to the daemon's "
             "gateway.device_keys (the key is looked for at %1).")
              .arg(keyPath);
    if (vaultReference)
        message += u' '
            + tr("gateway.bearer_token refers to the vault, which only the daemon unlocks; set "
                 "BLUFIO_GATEWAY_BEARER_TOKEN for the CLI.");
    return Error {ErrorCode::Failed, message};
}

void ApiClient::sendMessage(const QString &content, const QString &sessionId)
{
    QJsonObject body;
    body.insert(QStringLiteral("content"), content);
    if (!sessionId.isEmpty())
        body.insert(QStringLiteral("session_id"), sessionId);
    m_call = Call::Message;
    start("POST", "/v1/messages", QJsonDocument(body).toJson(QJsonDocument::Compact), true);
}

void ApiClient::listSessions(int limit, const QString &cursor)
{
    m_call = Call::Sessions;
    QByteArray query;
    if (limit > 0)
        query += "limit=" + QByteArray::number(limit);
    if (!cursor.isEmpty())
        query += (query.isEmpty() ? "" : "&") + QByteArray("cursor=") + QUrl::toPercentEncoding(cursor);
    start("GET", "/v1/sessions" + (query.isEmpty() ? QByteArray() : "?" + query), {}, false);
}

void ApiClient::getSession(const QString &id, int lastMessages)
{
    m_call = Call::Session;
    QByteArray path = "/v1/sessions/" + QUrl::toPercentEncoding(id);
    if (lastMessages > 0)
        path += "?limit=" + QByteArray::number(lastMessages);
    start("GET", path, {}, false);
}

void ApiClient::abort()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
    m_call = Call::None;
}

QNetworkReply *ApiClient::start(const QByteArray &method, const QByteArray &pathAndQuery,
                                const QByteArray &body, bool streaming)
{
    // The previous reply may still be draining after its message_stop; it owes us nothing more.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        if (m_reply->isFinished())
            m_reply->deleteLater();
        else
            connect(m_reply, &QNetworkReply::finished, m_reply, &QObject::deleteLater);
    }
    m_buffer.clear();
    m_streaming = false;
    m_done = false;

    QByteArray prefix = m_baseUrl.path(QUrl::FullyEncoded).toUtf8();
    while (prefix.endsWith('/'))
        prefix.chop(1);
    QUrl url = m_baseUrl;
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    url = QUrl::fromEncoded(url.toEncoded() + prefix + pathAndQuery, QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", streaming ? "text/event-stream" : "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_credentials.bearerToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_credentials.bearerToken);
    } else if (m_credentials.deviceKey) {
        // Sign the path and query exactly as QUrl will put them on the request line, after its own
        // normalisation of the percent-encoding, so that the daemon checks the same bytes.
        QByteArray signedPath
            = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (signedPath.isEmpty())
            signedPath = "/";
        const auto headers = RequestSigning::headers(*m_credentials.deviceKey, method, signedPath, body,
                                                     QDateTime::currentSecsSinceEpoch());
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
    }

    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &ApiClient::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiClient::onFinished);
    return reply;
}

void ApiClient::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_streaming = m_call == Call::Message && status == 200 && type.startsWith("text/event-stream");
    m_buffer += m_reply->readAll();
    if (m_streaming)
        parseEvents();
}

void ApiClient::parseEvents()
{
    // Lines may end in \r\n; JSON data never holds a raw \r, so dropping them all is safe.
    m_buffer.replace('\r', QByteArray());
    qsizetype end;
    while (!m_done && (end = m_buffer.indexOf("\n\n")) >= 0) {
        const QByteArray block = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        QByteArray event = "message";
        QByteArray data;
        bool hasData = false;
        for (const QByteArray &line : block.split('\n')) {
            if (line.isEmpty() || line.startsWith(':'))
                continue;
            const qsizetype colon = line.indexOf(':');
            const QByteArray field = colon < 0 ? line : line.left(colon);
            QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
            if (value.startsWith(' '))
                value.remove(0, 1);
            if (field == "event") {
                event = value;
            } else if (field == "data") {
                if (hasData)
                    data += '\n';
                data += value;
                hasData = true;
            }
        }
        if (hasData)
            handleEvent(event, data);
    }
}

void ApiClient::handleEvent(const QByteArray &event, const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    if (event == "message_start") {
        Q_EMIT messageStarted(o.value(QStringLiteral("session_id")).toString());
    } else if (event == "text_delta") {
        Q_EMIT textDelta(o.value(QStringLiteral("text")).toString());
    } else if (event == "message_stop") {
        m_done = true;
        m_call = Call::None;
        Q_EMIT completed(o);
    } else if (event == "error") {
        // SSE error events carry the inner object of the error shape.
        const ApiError e = ApiError::fromJson(o);
        fail(e.code, e.message);
    }
    // Other events are for newer clients; ignoring them keeps this one working.
}

void ApiClient::onFinished()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_done)
        return;
    m_buffer += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        fail(unreachableCode(),
             tr("cannot reach the daemon at %1: %2. Is blufiod running? ('blufio status' tells.)")
                 .arg(m_baseUrl.toString(), reply->errorString()));
        return;
    }
    if (m_streaming) {
        m_buffer += "\n\n"; // a last event without its blank line still counts
        parseEvents();
        if (!m_done)
            fail(protocolErrorCode(), tr("the daemon ended the reply before it was complete"));
        return;
    }
    if (status < 200 || status > 299) {
        QString code;
        const QString message = errorFromStatus(status, m_buffer, &code);
        fail(code, message);
        return;
    }
    finishWithJson(m_buffer);
}

QString ApiClient::errorFromStatus(int status, const QByteArray &body, QString *code) const
{
    const ApiError e = ApiError::fromJson(QJsonDocument::fromJson(body).object());
    *code = e.code;
    QString message = e.message;
    if (status == 401) {
        *code = unauthorizedCode();
        return tr(
            "the daemon rejected the credentials (401). Set gateway.bearer_token (or "
            "BLUFIO_GATEWAY_BEARER_TOKEN) to the daemon's token, or run 'blufio keygen' and add the printed "
            "public key to the daemon's gateway.device_keys.");
    }
    if (code->isEmpty())
        *code = QStringLiteral("http_%1").arg(status);
    if (message.isEmpty())
        message = tr("the daemon answered HTTP %1").arg(status);
    // provider_not_configured and friends: the daemon's message already names the key to set.
    return message;
}

void ApiClient::finishWithJson(const QByteArray &body)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(protocolErrorCode(),
             tr("the daemon's reply is not a JSON object: %1").arg(parseError.errorString()));
        return;
    }
    const QJsonObject o = doc.object();
    const Call call = m_call;
    m_done = true;
    m_call = Call::None;
    switch (call) {
    case Call::Message:
        // A daemon or proxy that ignored Accept: text/event-stream still gives the whole reply.
        Q_EMIT completed(o);
        break;
    case Call::Sessions:
        Q_EMIT sessionsListed(SessionList::fromJson(o));
        break;
    case Call::Session:
        Q_EMIT sessionFetched(SessionTranscript::fromJson(o));
        break;
    case Call::None:
        break;
    }
}

void ApiClient::fail(const QString &code, const QString &message)
{
    m_done = true;
    m_call = Call::None;
    Q_EMIT failed(code, message);
}

} // namespace blufio
