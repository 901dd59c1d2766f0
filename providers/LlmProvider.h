#pragma once

#include "ProviderCall.h"
#include "ProviderRequest.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QNetworkRequest;

namespace blufio {

class Metrics;
class NetworkPool;

// A configured LLM API. Calls are children of the provider, so destroying it aborts them all.
// The NetworkPool is shared and must outlive the provider.
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
    // Bounds a whole completion however steadily it streams; 0: no bound.
    void setMaxDurationMs(int ms) { m_maxDurationMs = ms; }
    int maxDurationMs() const { return m_maxDurationMs; }
    void setProbeTimeoutMs(int ms) { m_probeTimeoutMs = ms; }
    int probeTimeoutMs() const { return m_probeTimeoutMs; }
    // Optional (must outlive the provider): each call that ends observes
    // blufio_provider_request_duration_seconds (completions only) and sets
    // blufio_dependency_up{name="provider"}: 1 after a reply, a rate limit or a refused request (the upstream
    // works), 0 after a network error, a timeout, a 5xx, a rejected key or a broken stream; a cancel changes
    // nothing. Counting blufio_errors_total and blufio_tokens_total is left to the caller.
    void setMetrics(Metrics *metrics) { m_metrics = metrics; }
    // TLS settings for every request (trusted CAs); unset: Qt's defaults.
    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }

protected:
    LlmProvider(NetworkPool *network, const QUrl &baseUrl, const QByteArray &apiKey, QObject *parent);

    // baseUrl with path appended, avoiding a doubled or missing '/'.
    QUrl endpoint(const QString &path) const;
    // Common settings: no redirects off the origin (they would carry the key), no caching, HTTP/2
    // where a TLS upstream offers it (one connection then carries every call).
    QNetworkRequest baseRequest(const QUrl &url) const;

    // Subclasses pass every new call through this so the metrics see it.
    ProviderCall *track(ProviderCall *call, bool isCompletion);

    NetworkPool *network() const { return m_network; }
    const QByteArray &apiKey() const { return m_apiKey; }

private:
    NetworkPool *m_network;
    Metrics *m_metrics = nullptr;
    std::optional<QSslConfiguration> m_tls;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    int m_idleTimeoutMs = 60000;
    int m_maxDurationMs = 600000;
    int m_probeTimeoutMs = 10000;
};

} // namespace blufio
