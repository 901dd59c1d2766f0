#pragma once

#include "common/net/ModelList.h"

#include <QList>
#include <QString>

#include <optional>

namespace blufio {

// The models the OpenAI routes offer: the configured agent.model, and "blufio", an alias of whatever
// agent.model is, for clients that must name a model but should not change when the operator switches
// it. Both are answered by the configured model; another id is model_not_found.
class ModelCatalog
{
public:
    static constexpr QStringView kAlias = u"blufio";

    // ownedBy: agent.provider; created: unix seconds (when the daemon started).
    ModelCatalog(QString model, QString ownedBy, qint64 created);

    QList<ModelInfo> models() const;
    std::optional<ModelInfo> find(const QString &id) const;
    // The model that answers requests: agent.model.
    QString model() const { return m_model; }

private:
    QString m_model;
    QString m_ownedBy;
    qint64 m_created;
};

} // namespace blufio
