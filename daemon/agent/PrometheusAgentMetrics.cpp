#include "PrometheusAgentMetrics.h"

#include "common/storage/StorageTypes.h"
#include "metrics/Metrics.h"

namespace blufio {

void PrometheusAgentMetrics::messageAccepted(const QString &channel)
{
    m_metrics.messages(channel).Increment();
}

void PrometheusAgentMetrics::sessionRejected(const QString &reason)
{
    m_metrics.sessionsRejected(reason).Increment();
}

void PrometheusAgentMetrics::replyStored(const Usage &usage, double latencySecs)
{
    countTokens(usage);
    m_metrics.responseLatency.Observe(latencySecs);
}

void PrometheusAgentMetrics::countTokens(const Usage &usage)
{
    m_metrics.tokens(usage.model, QStringLiteral("input")).Increment(double(usage.inputTokens));
    m_metrics.tokens(usage.model, QStringLiteral("output")).Increment(double(usage.outputTokens));
    m_metrics.tokens(usage.model, QStringLiteral("cache_read")).Increment(double(usage.cacheReadTokens));
    m_metrics.tokens(usage.model, QStringLiteral("cache_write")).Increment(double(usage.cacheWriteTokens));
    // A key's spending, summaries included: its turns made them.
    if (!usage.keyName.isEmpty())
        m_metrics.keyCost(usage.keyName).Increment(usage.costUsd);
}

void PrometheusAgentMetrics::turnFailed(const QString &type)
{
    m_metrics.error(type).Increment();
}

void PrometheusAgentMetrics::queueChanged(int depth, int activeSessions)
{
    m_metrics.queueDepth.Set(depth);
    m_metrics.activeSessions.Set(activeSessions);
}

} // namespace blufio

namespace blufio {

void PrometheusAgentMetrics::contextSent(qint64 tokens)
{
    m_metrics.contextTokens.Observe(double(tokens));
}

void PrometheusAgentMetrics::summaryFinished(const Usage *usage)
{
    if (!usage) {
        m_metrics.summariesFailed.Increment();
        return;
    }
    m_metrics.summariesOk.Increment();
    countTokens(*usage);
}

} // namespace blufio
