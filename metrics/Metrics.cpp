#include "Metrics.h"

#include <prometheus/text_serializer.h>

namespace blufio {

using namespace prometheus;

namespace {
std::string s(const QString &text)
{
    return text.toStdString();
}

Histogram::BucketBoundaries responseBuckets()
{
    // LLM replies take seconds to minutes: extend past the request timeout's default.
    return {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300};
}
// 1 ms to 10 s like every latency here, and a tail for long LLM replies.
Histogram::BucketBoundaries providerBuckets()
{
    return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300};
}
// Tokens of one call's context: from a short first message to the largest windows.
Histogram::BucketBoundaries contextBuckets()
{
    return {100, 250, 500, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 1000000};
}
// Registered once: the registry merges a second registration of the same name and labels.
Family<Counter> &summaryFamily(Registry &registry)
{
    return BuildCounter()
        .Name("blufio_summaries_total")
        .Help("Context summaries the agent asked the provider for, by result (ok, failed)")
        .Register(registry);
}
} // namespace

Histogram::BucketBoundaries Metrics::latencyBuckets()
{
    return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

Metrics::Metrics(const QString &version)
    : m_registry(std::make_shared<Registry>()),
      activeSessions(BuildGauge()
                         .Name("blufio_active_sessions")
                         .Help("Sessions with a reply in progress or used in the last few minutes")
                         .Register(*m_registry)
                         .Add({})),
      memoryHeap(BuildGauge()
                     .Name("blufio_memory_heap_bytes")
                     .Help("Heap bytes allocated (jemalloc stats.allocated)")
                     .Register(*m_registry)
                     .Add({})),
      memoryRss(BuildGauge()
                    .Name("blufio_memory_rss_bytes")
                    .Help("Resident set size from /proc/self/statm")
                    .Register(*m_registry)
                    .Add({})),
      memoryResident(BuildGauge()
                         .Name("blufio_memory_resident_bytes")
                         .Help("Bytes in physically resident allocator pages (jemalloc stats.resident)")
                         .Register(*m_registry)
                         .Add({})),
      memoryPressure(BuildGauge()
                         .Name("blufio_memory_pressure")
                         .Help("Memory pressure: 0 normal, 1 above warn, 2 above limit")
                         .Register(*m_registry)
                         .Add({})),
      queueDepth(BuildGauge()
                     .Name("blufio_queue_depth")
                     .Help("Inbound messages waiting for or receiving a reply")
                     .Register(*m_registry)
                     .Add({})),
      healthStatus(BuildGauge()
                       .Name("blufio_health_status")
                       .Help("Overall health: 1 healthy, 0.5 degraded, 0 unhealthy")
                       .Register(*m_registry)
                       .Add({})),
      responseLatency(BuildHistogram()
                          .Name("blufio_response_latency_seconds")
                          .Help("Time from a message's arrival to its complete reply")
                          .Register(*m_registry)
                          .Add({}, responseBuckets())),
      providerLatency(BuildHistogram()
                          .Name("blufio_provider_request_duration_seconds")
                          .Help("Duration of LLM provider calls")
                          .Register(*m_registry)
                          .Add({}, providerBuckets())),
      storageWriteLatency(BuildHistogram()
                              .Name("blufio_storage_write_duration_seconds")
                              .Help("Duration of storage write transactions")
                              .Register(*m_registry)
                              .Add({}, latencyBuckets())),
      authLockouts(BuildCounter()
                       .Name("blufio_auth_lockouts_total")
                       .Help("Peers locked out after too many failed authentications")
                       .Register(*m_registry)
                       .Add({})),
      contextTokens(BuildHistogram()
                        .Name("blufio_context_tokens")
                        .Help("Tokens sent per LLM provider call (estimated; summary calls included)")
                        .Register(*m_registry)
                        .Add({}, contextBuckets())),
      summariesOk(summaryFamily(*m_registry).Add({{"result", "ok"}})),
      summariesFailed(summaryFamily(*m_registry).Add({{"result", "failed"}})),
      telegramIgnored(
          BuildCounter()
              .Name("blufio_telegram_ignored_total")
              .Help("Telegram updates from chats not in telegram.allowed_chat_ids, left unanswered")
              .Register(*m_registry)
              .Add({})),
      m_messages(BuildCounter()
                     .Name("blufio_messages_total")
                     .Help("Messages received, by channel")
                     .Register(*m_registry)),
      m_tokens(BuildCounter()
                   .Name("blufio_tokens_total")
                   .Help("LLM tokens used, by model and type")
                   .Register(*m_registry)),
      m_budget(BuildGauge()
                   .Name("blufio_budget_remaining_usd")
                   .Help("Budget left in the current period, in USD")
                   .Register(*m_registry)),
      m_errors(BuildCounter().Name("blufio_errors_total").Help("Errors, by type").Register(*m_registry)),
      m_httpRequests(BuildCounter()
                         .Name("blufio_http_requests_total")
                         .Help("HTTP requests answered, by route template and status code")
                         .Register(*m_registry)),
      m_httpDuration(BuildHistogram()
                         .Name("blufio_http_request_duration_seconds")
                         .Help("HTTP request duration, by route template")
                         .Register(*m_registry)),
      m_rejected(BuildCounter()
                     .Name("blufio_sessions_rejected_total")
                     .Help("New sessions refused, by reason")
                     .Register(*m_registry)),
      m_dependencyUp(BuildGauge()
                         .Name("blufio_dependency_up")
                         .Help("Whether a dependency is usable (1) or not (0)")
                         .Register(*m_registry)),
      m_tlsFailures(BuildCounter()
                        .Name("blufio_tls_handshake_failures_total")
                        .Help("Failed TLS handshakes on the metrics listener, by reason")
                        .Register(*m_registry)),
      m_authFailures(BuildCounter()
                         .Name("blufio_auth_failures_total")
                         .Help("Refused authentications on /v1 and /ws, by reason")
                         .Register(*m_registry)),
      m_keyRequests(BuildCounter()
                        .Name("blufio_key_requests_total")
                        .Help("Authenticated requests, by API key name")
                        .Register(*m_registry)),
      m_keyCost(BuildCounter()
                    .Name("blufio_key_cost_usd_total")
                    .Help("LLM cost recorded, by API key name, in USD")
                    .Register(*m_registry))
{
    BuildGauge()
        .Name("blufio_build_info")
        .Help("Build information; the value is always 1")
        .Register(*m_registry)
        .Add({{"version", s(version)}})
        .Set(1);

    // Families with labels print nothing until a child exists; start the bounded sets at zero so a
    // scrape right after start shows every metric with its HELP and TYPE.
    for (const char *channel : {"http", "ws"})
        messages(QString::fromLatin1(channel));
    for (const char *period : {"daily", "monthly"})
        budgetRemaining(QString::fromLatin1(period));
    for (const char *name : {"database", "provider"})
        dependencyUp(QString::fromLatin1(name));
    for (const char *reason : {"memory", "queue_full"})
        sessionsRejected(QString::fromLatin1(reason));
    for (const char *type : {"http", "provider", "storage"})
        error(QString::fromLatin1(type));
    m_httpRequests.Add({{"route", "/metrics"}, {"code", "200"}});
    m_httpDuration.Add({{"route", "/metrics"}}, latencyBuckets());
    for (const char *type : {"input", "output", "cache_read", "cache_write"})
        m_tokens.Add({{"model", "none"}, {"type", type}});
    m_tlsFailures.Add({{"reason", "none"}});
    // The fixed set of daemon/auth/AuthResult.h (tst_authenticator checks that the two agree).
    for (const char *reason :
         {"missing", "malformed", "bad_token", "bad_signature", "stale", "replay", "unknown_key", "locked"})
        authFailures(QString::fromLatin1(reason));
}

QByteArray Metrics::render() const
{
    const TextSerializer serializer;
    const std::string text = serializer.Serialize(m_registry->Collect());
    return QByteArray(text.data(), qsizetype(text.size()));
}

QByteArray Metrics::contentType()
{
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

void Metrics::observeHttp(const QString &route, int code, double seconds)
{
    auto it = m_httpRoutes.find(route);
    if (it == m_httpRoutes.end())
        it = m_httpRoutes.insert(
            route, RouteMetrics {&m_httpDuration.Add({{"route", s(route)}}, latencyBuckets()), {}});
    auto counter = it->byCode.constFind(code);
    if (counter == it->byCode.constEnd())
        counter = it->byCode.insert(
            code, &m_httpRequests.Add({{"route", s(route)}, {"code", std::to_string(code)}}));
    (*counter)->Increment();
    it->duration->Observe(seconds);
}

namespace {
template<typename T>
T &cached(QHash<QString, T *> &cache, Family<T> &family, const char *label, const QString &value)
{
    const QString key = QString::fromStdString(family.GetName()) + u'\n' + value;
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, &family.Add({{label, s(value)}}));
    return **it;
}
} // namespace

Counter &Metrics::error(const QString &type)
{
    return cached(m_counterCache, m_errors, "type", type);
}

Counter &Metrics::sessionsRejected(const QString &reason)
{
    return cached(m_counterCache, m_rejected, "reason", reason);
}

Counter &Metrics::messages(const QString &channel)
{
    return cached(m_counterCache, m_messages, "channel", channel);
}

Counter &Metrics::tokens(const QString &model, const QString &type)
{
    const QString key = QStringLiteral("tokens\n") + model + u'\n' + type;
    auto it = m_counterCache.constFind(key);
    if (it == m_counterCache.constEnd())
        it = m_counterCache.insert(key, &m_tokens.Add({{"model", s(model)}, {"type", s(type)}}));
    return **it;
}

Gauge &Metrics::budgetRemaining(const QString &period)
{
    return cached(m_gaugeCache, m_budget, "period", period);
}

Gauge &Metrics::dependencyUp(const QString &name)
{
    return cached(m_gaugeCache, m_dependencyUp, "name", name);
}

Counter &Metrics::tlsHandshakeFailure(const QString &reason)
{
    return cached(m_counterCache, m_tlsFailures, "reason", reason);
}

Counter &Metrics::authFailures(const QString &reason)
{
    return cached(m_counterCache, m_authFailures, "reason", reason);
}

Counter &Metrics::keyRequests(const QString &key)
{
    return cached(m_counterCache, m_keyRequests, "key", key);
}

Counter &Metrics::keyCost(const QString &key)
{
    return cached(m_counterCache, m_keyCost, "key", key);
}

} // namespace blufio
