#include "HealthClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace blufio {

QString HealthReport::stateName(State state)
{
    switch (state) {
    case State::Unreachable:
        return QStringLiteral("unreachable");
    case State::Healthy:
        return QStringLiteral("healthy");
    case State::Degraded:
        return QStringLiteral("degraded");
    case State::Unhealthy:
        return QStringLiteral("unhealthy");
    }
    return {};
}

HealthClient::HealthClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam) { }

HealthReport HealthClient::parse(int httpStatus, const QByteArray &body, const QString &source)
{
    HealthReport report;
    report.httpStatus = httpStatus;
    report.source = source;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (httpStatus == 0 || !doc.isObject()) {
        report.error
            = httpStatus == 0 ? QStringLiteral("no reply") : QStringLiteral("not a blufio /health reply");
        return report;
    }
    if (Result<HealthSnapshot> health = HealthSnapshot::fromJson(doc.object()))
        report.health = std::move(health).value();
    // Anything but a 200 with a healthy or degraded document is unhealthy (an error body included).
    const auto status
        = report.health && httpStatus == 200 ? report.health->status : HealthSnapshot::Status::Unhealthy;
    switch (status) {
    case HealthSnapshot::Status::Healthy:
        report.state = HealthReport::State::Healthy;
        break;
    case HealthSnapshot::Status::Degraded:
        report.state = HealthReport::State::Degraded;
        break;
    case HealthSnapshot::Status::Unhealthy:
        report.state = HealthReport::State::Unhealthy;
        break;
    }
    return report;
}

void HealthClient::fetch(const QUrl &base, int timeoutMs, const QByteArray &bearerToken)
{
    if (m_reply)
        return;
    const QString source = bearerToken.isEmpty() ? QStringLiteral("/health") : QStringLiteral("/v1/health");
    QUrl url = base;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + source);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken);
    m_reply = m_nam->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, source] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        HealthReport report = parse(status, reply->readAll(), source);
        if (status == 0)
            report.error = reply->error() == QNetworkReply::OperationCanceledError
                ? QStringLiteral("timed out")
                : reply->errorString();
        reply->deleteLater();
        m_reply = nullptr;
        Q_EMIT finished(report);
    });
}

HealthReport HealthClient::fetchAndWait(const QUrl &base, int timeoutMs, const QByteArray &bearerToken)
{
    HealthReport result;
    QEventLoop loop;
    auto connection = connect(this, &HealthClient::finished, &loop, [&](const HealthReport &report) {
        result = report;
        loop.quit();
    });
    fetch(base, timeoutMs, bearerToken);
    if (m_reply)
        loop.exec();
    disconnect(connection);
    return result;
}

} // namespace blufio
