#pragma once

#include "daemon/core/HealthContributor.h"

namespace prometheus {
class Gauge;
}

namespace blufio {

class LlmProvider;

// The LLM provider: a dependency whose failure only degrades the daemon (it still serves sessions
// and history), up while its last call got through. Not a dependency at all when no provider could
// be set up: the agent refuses messages with a clear error instead, and /v1/health says why.
class ProviderHealth : public HealthContributor
{
public:
    // name and model: agent.provider and agent.model, shown even without a provider. up: the
    // provider's blufio_dependency_up gauge, which its calls keep current.
    ProviderHealth(QString name, QString model, const LlmProvider *provider, const prometheus::Gauge *up);

    QString name() const override { return QStringLiteral("provider"); }
    Dependency dependency() const override { return m_provider ? Dependency::Degrading : Dependency::None; }
    bool isUp() const override;
    void contribute(HealthSnapshot &snapshot) const override;

private:
    QString m_name;
    QString m_model;
    const LlmProvider *m_provider;
    const prometheus::Gauge *m_up;
};

} // namespace blufio
