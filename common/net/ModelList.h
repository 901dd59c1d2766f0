#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace blufio {

// One model of GET /v1/models in OpenAI's shape: {"id", "object": "model", "created", "owned_by"}; also
// the body of GET /v1/models/{id}.
struct ModelInfo
{
    QString id;
    qint64 created = 0; // unix seconds
    QString ownedBy;

    QJsonObject toJson() const;
    static ModelInfo fromJson(const QJsonObject &object);
};

// GET /v1/models: {"object": "list", "data": [ModelInfo...]}.
struct ModelList
{
    QList<ModelInfo> models;

    QJsonObject toJson() const;
    static ModelList fromJson(const QJsonObject &object);
};

} // namespace blufio
