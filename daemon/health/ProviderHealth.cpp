#include "ProviderHealth.h"

#include "providers/LlmProvider.h"

#include <prometheus/gauge.h>

namespace blufio {

ProviderHealth::ProviderHealth(QString name, QString model, const LlmProvider *provider,
                               const prometheus::Gauge *up)
    : m_name(std::move(name)), m_model(std::move(model)), m_provider(provider), m_up(up)
{ }

bool ProviderHealth::isUp() const
{
    return m_provider && m_up && m_up->Value() > 0;
}

void ProviderHealth::contribute(HealthSnapshot &snapshot) const
{
    if (!snapshot.details)
        return;
    HealthSnapshot::Provider &p = snapshot.details->provider;
    p.name = m_name;
    p.configured = m_provider != nullptr;
    p.model = m_model;
    if (m_provider)
        p.baseUrl = m_provider->baseUrl().toString();
    p.up = isUp();
}

} // namespace blufio
