#pragma once

#include "LlmProvider.h"
#include "ProviderError.h"

#include <memory>

namespace blufio {

class Config;

// Either a provider or the reason there is none (Kind::NotConfigured, naming the key to set).
struct ProviderSetup
{
    std::unique_ptr<LlmProvider> provider;
    ProviderError error;

    bool ok() const { return provider != nullptr; }
};

// Builds the provider agent.provider names from providers.<name>.*. API keys must already be
// resolved: a value still reading "vault:NAME" is reported as not configured, never sent.
ProviderSetup createProvider(const Config &config, NetworkPool *network);

} // namespace blufio
