#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace blufio {

// Context windows (tokens a call may hold, input and output together) per model id, like the
// PriceTable: the longest entry that is the model id or a prefix of it ending at '-' or '@' wins,
// overrides (agent.context_windows) win over the built-in list. An unknown model has no window:
// only agent.context_tokens bounds what it is sent.
class ContextWindowTable
{
public:
    ContextWindowTable(); // the built-in windows

    void setOverride(const QString &model, qint64 tokens);
    // agent.context_windows entries "MODEL=TOKENS". An entry that does not parse is ErrorCode::Config
    // naming it; the entries before it stay applied.
    Result<void> applyOverrides(const QStringList &entries);

    std::optional<qint64> window(const QString &model) const;

    // The most a call for this model may be sent: agent.context_tokens, or less when the model's
    // window minus the reply's max_tokens is smaller (never below 1).
    qint64 effectiveBound(const QString &model, qint64 contextTokens, qint64 maxTokens) const;

    static QList<QPair<QString, qint64>> builtIn();

private:
    QHash<QString, qint64> m_builtIn;
    QHash<QString, qint64> m_overrides;
};

} // namespace blufio
