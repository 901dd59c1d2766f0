#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

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

struct ProviderResult
{
    QString id; // upstream message id, when the API gives one
    QString model; // the model that answered (may be a dated id of the one requested)
    QString text; // the whole reply, identical to the concatenated textDelta()s
    QString stopReason; // "end_turn", "max_tokens", "stop", "length", ...; "probe" for probe()
    ProviderUsage usage;
    QDateTime serverDate; // the upstream's Date header (UTC), invalid when absent
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::ProviderUsage)
Q_DECLARE_METATYPE(blufio::ProviderResult)
