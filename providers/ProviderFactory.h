#pragma once

#include "LlmProvider.h"
#include "ProviderError.h"

#include "common/Result.h"

#include <memory>

namespace blufio {

class Config;

// Builds the provider agent.provider names from providers.<name>.*. API keys must already be
// resolved: a value still reading "vault:NAME" is reported as not configured, never sent.
// Without a usable provider: ErrorCode::Config, its one detail naming the key to set (the agent
// answers requests with ProviderError::notConfigured(error)).
Result<std::unique_ptr<LlmProvider>> createProvider(const Config &config, NetworkPool *network);

} // namespace blufio
