#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace blufio {

// Token counts as billed. inputTokens excludes cached prompt tokens on both APIs (OpenAI's
// prompt_tokens includes them, so the OpenAI call subtracts cached_tokens) so that the price
// table can charge each class of token once.
struct ProviderUsage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;

    qint64 total() const { return inputTokens + outputTokens + cacheReadTokens + cacheWriteTokens; }
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::ProviderUsage)
