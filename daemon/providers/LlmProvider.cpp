#include "LlmProvider.h"

#include <QNetworkRequest>

#include <sodium.h>

namespace blufio {

LlmProvider::LlmProvider(QNetworkAccessManager *network, const QUrl &baseUrl, const QByteArray &apiKey,
                         QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(baseUrl), m_apiKey(apiKey)
{ }

LlmProvider::~LlmProvider()
{
    // Abort in-flight calls while the key and the network manager are still valid.
    qDeleteAll(findChildren<ProviderCall *>(Qt::FindDirectChildrenOnly));
    if (!m_apiKey.isEmpty())
        sodium_memzero(m_apiKey.data(), size_t(m_apiKey.size()));
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
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("blufio/" BLUFIO_VERSION));
    return request;
}

} // namespace blufio
