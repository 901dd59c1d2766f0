#pragma once

#include <QHash>
#include <QPair>
#include <QString>

#include <optional>

namespace blufio::ModelId {

// The id a model table is keyed by: case and Bedrock-style vendor prefixes
// ("us.anthropic.claude-...-v1:0" carries the family after one) do not name another model.
QString normalized(const QString &model);

// Whether `key` names the model `id` (both normalized): the id itself, or a family prefix of it that
// ends where the id goes on with '-' or '@' ("claude-opus-4" covers "claude-opus-4-1@2025...").
bool covers(const QString &key, const QString &id);

// The entry of `table` with the longest key that covers `id`.
template<typename T>
std::optional<QPair<QString, T>> longestMatch(const QHash<QString, T> &table, const QString &id)
{
    std::optional<QPair<QString, T>> best;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (covers(it.key(), id) && (!best || it.key().size() > best->first.size()))
            best = qMakePair(it.key(), it.value());
    }
    return best;
}

} // namespace blufio::ModelId
