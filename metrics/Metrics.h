#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <memory>

namespace blufio {

// Every metric docs/MONITORING.md lists, registered once in one prometheus-cpp registry. Callers keep the
// references this hands out; label sets are created once and cached, never built per request.
class Metrics
{
    // Declared first: every reference member below is registered in it during construction.
    std::shared_ptr<prometheus::Registry> m_registry;

public:
    explicit Metrics(const QString &version);
    Metrics(const Metrics &) = delete;
    Metrics &operator=(const Metrics &) = delete;

    // Prometheus text exposition format 0.0.4.
    QByteArray render() const;
    static QByteArray contentType();

    // Bounded label sets: route is a route template (or "unmatched"), code an HTTP status.
    void observeHttp(const QString &route, int code, double seconds);
    prometheus::Counter &error(const QString &type);
    prometheus::Counter &sessionsRejected(const QString &reason);
    prometheus::Counter &messages(const QString &channel);
    prometheus::Counter &tokens(const QString &model, const QString &type);
    prometheus::Gauge &budgetRemaining(const QString &period);
    prometheus::Gauge &dependencyUp(const QString &name);
    prometheus::Counter &tlsHandshakeFailure(const QString &reason);
    // reason: one of daemon/auth/AuthResult.h's fixed set (missing, malformed, bad_token, ...).
    prometheus::Counter &authFailures(const QString &reason);
    // key: the name of an API key from `blufio keys add` ([12]); keys are few and named by the operator.
    prometheus::Counter &keyRequests(const QString &key);
    prometheus::Counter &keyCost(const QString &key);

    prometheus::Gauge &activeSessions;
    prometheus::Gauge &memoryHeap;
    prometheus::Gauge &memoryRss;
    prometheus::Gauge &memoryResident;
    prometheus::Gauge &memoryPressure;
    prometheus::Gauge &queueDepth;
    prometheus::Gauge &healthStatus;
    prometheus::Histogram &responseLatency;
    prometheus::Histogram &providerLatency;
    prometheus::Histogram &storageWriteLatency;
    prometheus::Counter &authLockouts; // a peer's lockout starting
    prometheus::Histogram &contextTokens; // tokens sent per provider call, summary calls included
    prometheus::Counter &summariesOk;
    prometheus::Counter &summariesFailed;
    prometheus::Counter &telegramIgnored; // an update from a chat not allowed

    // Buckets from 1 ms to 10 s, shared by the request and dependency histograms.
    static prometheus::Histogram::BucketBoundaries latencyBuckets();

private:
    prometheus::Family<prometheus::Counter> &m_messages;
    prometheus::Family<prometheus::Counter> &m_tokens;
    prometheus::Family<prometheus::Gauge> &m_budget;
    prometheus::Family<prometheus::Counter> &m_errors;
    prometheus::Family<prometheus::Counter> &m_httpRequests;
    prometheus::Family<prometheus::Histogram> &m_httpDuration;
    prometheus::Family<prometheus::Counter> &m_rejected;
    prometheus::Family<prometheus::Gauge> &m_dependencyUp;
    prometheus::Family<prometheus::Counter> &m_tlsFailures;
    prometheus::Family<prometheus::Counter> &m_authFailures;
    prometheus::Family<prometheus::Counter> &m_keyRequests;
    prometheus::Family<prometheus::Counter> &m_keyCost;

    struct RouteMetrics
    {
        prometheus::Histogram *duration = nullptr;
        QHash<int, prometheus::Counter *> byCode;
    };
    QHash<QString, RouteMetrics> m_httpRoutes;
    QHash<QString, prometheus::Counter *> m_counterCache; // "family\nlabel..."
    QHash<QString, prometheus::Gauge *> m_gaugeCache;
};

} // namespace blufio
