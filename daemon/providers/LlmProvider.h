#pragma once

#include "ProviderCall.h"
#include "ProviderRequest.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

namespace blufio {

// A configured LLM API. Calls are children of the provider, so destroying it aborts them all.
// The QNetworkAccessManager is shared and must outlive the provider.
class LlmProvider : public QObject
{
    Q_OBJECT

public:
    ~LlmProvider() override;

    // "anthropic" or "openai", as agent.provider names them.
    virtual QString name() const = 0;
    // Starts a streaming completion.
    virtual ProviderCall *start(const ProviderRequest &request) = 0;
    // Starts a minimal authenticated request: reachable, key accepted, the upstream's Date header.
    virtual ProviderCall *probe() = 0;

    QUrl baseUrl() const { return m_baseUrl; }
    // Bounds the wait for the response headers and then any silence within the stream.
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }
    int idleTimeoutMs() const { return m_idleTimeoutMs; }
    void setProbeTimeoutMs(int ms) { m_probeTimeoutMs = ms; }
    int probeTimeoutMs() const { return m_probeTimeoutMs; }

protected:
    LlmProvider(QNetworkAccessManager *network, const QUrl &baseUrl, const QByteArray &apiKey,
                QObject *parent);

    // baseUrl with path appended, avoiding a doubled or missing '/'.
    QUrl endpoint(const QString &path) const;
    // Common settings: no redirects off the origin (they would carry the key), no caching.
    QNetworkRequest baseRequest(const QUrl &url) const;

    QNetworkAccessManager *network() const { return m_network; }
    const QByteArray &apiKey() const { return m_apiKey; }

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    int m_idleTimeoutMs = 60000;
    int m_probeTimeoutMs = 10000;
};

} // namespace blufio
