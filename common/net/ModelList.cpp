#include "ModelList.h"

#include <QJsonArray>

namespace blufio {

QJsonObject ModelInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("model")},
            {QStringLiteral("created"), created},
            {QStringLiteral("owned_by"), ownedBy}};
}

ModelInfo ModelInfo::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("id")).toString(),
            object.value(QStringLiteral("created")).toInteger(),
            object.value(QStringLiteral("owned_by")).toString()};
}

QJsonObject ModelList::toJson() const
{
    QJsonArray data;
    for (const ModelInfo &model : models)
        data.append(model.toJson());
    return {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}};
}

ModelList ModelList::fromJson(const QJsonObject &object)
{
    ModelList list;
    const QJsonArray data = object.value(QStringLiteral("data")).toArray();
    for (const QJsonValue &model : data)
        list.models.append(ModelInfo::fromJson(model.toObject()));
    return list;
}

} // namespace blufio
