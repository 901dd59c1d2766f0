#include "ProviderCall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcProvider, "blufio.provider")

namespace blufio {

namespace {

// Error bodies are short JSON documents; anything beyond this is not worth keeping.
constexpr qsizetype maxErrorBody = qsizetype(64) * 1024;
// After a reply's terminal event the connection normally ends at once; this bounds a server that
// keeps it open, so the reply does not linger.
constexpr int drainGraceMs = 5000;

QDateTime parseHttpDate(const QByteArray &value)
{
    // RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    date.setTimeSpec(Qt::UTC);
    return date;
}

int parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.trimmed().toDouble(&ok);
    if (ok && seconds >= 0)
        return seconds > 86400 ? 86400 : int(seconds + 0.999);
    const QDateTime when = parseHttpDate(value);
    if (!when.isValid())
        return -1;
    return int(qBound<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when), qint64(86400)));
}

} // namespace

ProviderCall::ProviderCall(QNetworkReply *reply, int idleTimeoutMs, QObject *parent)
    : QObject(parent), m_reply(reply), m_idleMs(idleTimeoutMs)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &ProviderCall::onIdleTimeout);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail(ProviderError::deadline(m_maxMs)); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ProviderCall::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ProviderCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ProviderCall::onFinished);
    m_idleTimer.start();
}

ProviderCall::~ProviderCall()
{
    finishReply(true);
}

void ProviderCall::setMaxDurationMs(int ms)
{
    if (m_done)
        return;
    m_maxMs = ms;
    if (ms <= 0)
        m_deadline.stop();
    else
        m_deadline.start(ms);
}

void ProviderCall::cancel()
{
    if (m_done)
        return;
    fail(ProviderError::cancelled());
}

void ProviderCall::emitDelta(const QString &text)
{
    if (!m_done && !text.isEmpty())
        Q_EMIT textDelta(text);
}

void ProviderCall::complete(ProviderResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    m_deadline.stop();
    result.serverDate = m_serverDate;
    // The terminal event came; let the connection end on its own so it can be reused.
    finishReply(false);
    Q_EMIT finished(result);
    deleteLater();
}

void ProviderCall::fail(const ProviderError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    m_deadline.stop();
    finishReply(true);
    ProviderError out = error;
    if (out.httpStatus == 0)
        out.httpStatus = m_status;
    qCDebug(lcProvider).noquote() << "provider call failed:" << out.code() << out.httpStatus << out.message;
    Q_EMIT failed(out);
    deleteLater();
}

void ProviderCall::finishReply(bool abort)
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    if (reply->isFinished()) {
        reply->deleteLater();
        return;
    }
    if (abort) {
        reply->abort();
        reply->deleteLater();
        return;
    }
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QTimer::singleShot(drainGraceMs, reply, [reply] {
        if (!reply->isFinished())
            reply->abort();
    });
}

void ProviderCall::onMetaData()
{
    if (!m_reply || m_headersChecked)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_headersChecked = true;
    m_idleTimer.start();
    m_status = status.toInt();
    m_serverDate = parseHttpDate(m_reply->rawHeader("date"));
    m_success = m_status >= 200 && m_status < 300;
    if (!m_success)
        return;
    const QByteArray expected = expectedContentType();
    const QByteArray contentType
        = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    // A missing type is tolerated (some compatible servers omit it); a different one is a proxy,
    // a captive portal or the wrong base URL, and parsing it as events would only confuse.
    if (!expected.isEmpty() && !contentType.isEmpty() && !contentType.startsWith(expected)) {
        fail(ProviderError::badResponse(
            tr("expected %1 but got %2")
                .arg(QString::fromLatin1(expected), QString::fromLatin1(contentType.left(100)))));
    }
}

void ProviderCall::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    if (!m_headersChecked)
        onMetaData();
    if (m_done)
        return;
    m_idleTimer.start();
    if (!m_success) {
        const QByteArray chunk = m_reply->read(qMax<qint64>(0, maxErrorBody - m_errorBody.size()));
        m_errorBody.append(chunk);
        m_reply->skip(m_reply->bytesAvailable()); // discard what is beyond the cap
        return;
    }
    // Keep a reference: handleBody() may end the call, which detaches and deletes the reply.
    QPointer<QNetworkReply> reply = m_reply;
    while (reply && !m_done && reply->bytesAvailable() > 0)
        handleBody(reply->read(qint64(64) * 1024));
}

void ProviderCall::onFinished()
{
    if (!m_reply || m_done)
        return;
    if (!m_headersChecked)
        onMetaData();
    if (m_done)
        return;
    onReadyRead();
    if (m_done || !m_reply)
        return;
    if (m_headersChecked && !m_success) {
        fail(httpError());
        return;
    }
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error == QNetworkReply::NoError) {
        handleEnd();
        if (!m_done)
            fail(ProviderError::truncated());
        return;
    }
    if (m_headersChecked && m_success) {
        // The stream started and then broke: a reset, or a chunked body cut short.
        fail(ProviderError::truncated());
        return;
    }
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        fail(ProviderError::timeout(m_idleMs));
        return;
    }
    fail(ProviderError::network(m_reply->errorString()));
}

void ProviderCall::onIdleTimeout()
{
    if (!m_done)
        fail(ProviderError::timeout(m_idleMs));
}

ProviderError ProviderCall::httpError() const
{
    // Both APIs answer errors with {"error": {"type", "message"}} (Anthropic adds a top-level
    // "type": "error"); OpenAI-compatible servers sometimes put a plain string in "error".
    QString type;
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(m_errorBody);
    if (doc.isObject()) {
        const QJsonValue error = doc.object().value(QLatin1String("error"));
        if (error.isObject()) {
            const QJsonObject object = error.toObject();
            type = object.value(QLatin1String("type")).toString();
            if (type.isEmpty())
                type = object.value(QLatin1String("code")).toString();
            message = object.value(QLatin1String("message")).toString();
        } else if (error.isString()) {
            message = error.toString();
        } else {
            message = doc.object().value(QLatin1String("message")).toString();
        }
    } else if (!m_errorBody.isEmpty()) {
        message = QString::fromUtf8(m_errorBody.left(200));
    }
    const int retryAfter = m_reply ? parseRetryAfter(m_reply->rawHeader("retry-after")) : -1;
    return ProviderError::fromHttp(m_status, type.left(100), message, retryAfter);
}

} // namespace blufio
