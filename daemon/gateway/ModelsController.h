#pragma once

#include "ModelCatalog.h"

#include "daemon/http/HttpRequest.h"
#include "daemon/http/HttpResponse.h"

#include <QCoreApplication>

namespace blufio {

// GET /v1/models and GET /v1/models/{id}, in OpenAI's shapes.
class ModelsController
{
    Q_DECLARE_TR_FUNCTIONS(ModelsController)

public:
    explicit ModelsController(ModelCatalog catalog);

    HttpResponse list() const;
    HttpResponse get(const HttpRequest &request) const;

    // 404 model_not_found naming the model, in OpenAI's shape; also for a chat completion's model.
    static HttpResponse notFound(const QString &model);

private:
    ModelCatalog m_catalog;
};

} // namespace blufio
