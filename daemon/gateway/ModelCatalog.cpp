#include "ModelCatalog.h"

namespace blufio {

ModelCatalog::ModelCatalog(QString model, QString ownedBy, qint64 created)
    : m_model(std::move(model)), m_ownedBy(std::move(ownedBy)), m_created(created)
{ }

QList<ModelInfo> ModelCatalog::models() const
{
    QList<ModelInfo> list;
    if (!m_model.isEmpty() && m_model != kAlias)
        list.append({m_model, m_created, m_ownedBy});
    list.append({kAlias.toString(), m_created, QStringLiteral("blufio")});
    return list;
}

std::optional<ModelInfo> ModelCatalog::find(const QString &id) const
{
    for (const ModelInfo &model : models()) {
        if (model.id == id)
            return model;
    }
    return std::nullopt;
}

} // namespace blufio
