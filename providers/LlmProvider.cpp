#include "LlmProvider.h"

#include "metrics/Metrics.h"

#include <QElapsedTimer>
#include <QNetworkRequest>

#include <sodium.h>

namespace blufio {

LlmProvider::LlmProvider(NetworkPool *network, const QUrl &baseUrl, const QByteArray &apiKey, QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(baseUrl), m_apiKey(apiKey)
{ }

LlmProvider::~LlmProvider()
{
    // Abort in-flight calls while the key and the network manager are still valid.
    qDeleteAll(findChildren<ProviderCall *>(Qt::FindDirectChildrenOnly));
    if (!m_apiKey.isEmpty())
        sodium_memzero(m_apiKey.data(), size_t(m_apiKey.size()));
}

ProviderCall *LlmProvider::track(ProviderCall *call, bool isCompletion)
{
    call->setMaxDurationMs(isCompletion ? m_maxDurationMs : m_probeTimeoutMs);
    if (!m_metrics)
        return call;
    Metrics *metrics = m_metrics;
    QElapsedTimer timer;
    timer.start();
    connect(call, &ProviderCall::finished, this, [metrics, timer, isCompletion] {
        if (isCompletion)
            metrics->providerLatency.Observe(double(timer.nsecsElapsed()) / 1e9);
        metrics->dependencyUp(QStringLiteral("provider")).Set(1);
    });
    connect(call, &ProviderCall::failed, this, [metrics](const ProviderError &error) {
        switch (error.kind) {
        case ProviderError::Kind::Cancelled:
        case ProviderError::Kind::NotConfigured:
            return;
        case ProviderError::Kind::RateLimited:
        case ProviderError::Kind::InvalidRequest:
            metrics->dependencyUp(QStringLiteral("provider")).Set(1);
            return;
        default:
            metrics->dependencyUp(QStringLiteral("provider")).Set(0);
        }
    });
    return call;
}

QUrl LlmProvider::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QNetworkRequest LlmProvider::baseRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Qt 6 allows it by default; said here because agent.max_concurrent over TLS relies on it.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("blufio/" BLUFIO_VERSION));
    if (m_tls)
        request.setSslConfiguration(*m_tls);
    return request;
}

} // namespace blufio
