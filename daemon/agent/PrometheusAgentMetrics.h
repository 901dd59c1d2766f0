#pragma once

#include "AgentPorts.h"

namespace blufio {

class Metrics;

// The agent's figures in the daemon's registry: blufio_messages_total{channel},
// blufio_sessions_rejected_total{reason}, blufio_tokens_total{model,type},
// blufio_response_latency_seconds, blufio_errors_total{type}, blufio_queue_depth,
// blufio_active_sessions, blufio_context_tokens and blufio_summaries_total{result}.
class PrometheusAgentMetrics final : public AgentMetrics
{
public:
    explicit PrometheusAgentMetrics(Metrics &metrics) : m_metrics(metrics) { }

    void messageAccepted(const QString &channel) override;
    void sessionRejected(const QString &reason) override;
    void replyStored(const Usage &usage, double latencySecs) override;
    void turnFailed(const QString &type) override;
    void queueChanged(int depth, int activeSessions) override;
    void contextSent(qint64 tokens) override;
    void summaryFinished(const Usage *usage) override;

private:
    void countTokens(const Usage &usage);

    Metrics &m_metrics;
};

} // namespace blufio
