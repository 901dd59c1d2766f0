#include "ModelsController.h"

#include "ErrorTable.h"

namespace blufio {

ModelsController::ModelsController(ModelCatalog catalog) : m_catalog(std::move(catalog)) { }

HttpResponse ModelsController::list() const
{
    return HttpResponse::json(200, ModelList {m_catalog.models()}.toJson());
}

HttpResponse ModelsController::get(const HttpRequest &request) const
{
    const QString id = request.params.value(QStringLiteral("id"));
    if (const std::optional<ModelInfo> model = m_catalog.find(id))
        return HttpResponse::json(200, model->toJson());
    return notFound(id);
}

HttpResponse ModelsController::notFound(const QString &model)
{
    OpenAiError error = ErrorTable::openAiShape(
        404,
        ApiError {QStringLiteral("model_not_found"),
                  tr("the model %1 does not exist; GET /v1/models lists those there are").arg(model),
                  {}});
    error.param = QStringLiteral("model");
    return ErrorTable::openAiResponse(404, error);
}

} // namespace blufio
