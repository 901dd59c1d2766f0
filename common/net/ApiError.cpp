#include "ApiError.h"

namespace blufio {

namespace {
const QString kCode = QStringLiteral("code");
const QString kMessage = QStringLiteral("message");
const QString kError = QStringLiteral("error");
} // namespace

QJsonObject ApiError::toJson() const
{
    QJsonObject inner = details;
    // code and message are the shape's own: a detail of the same name must not replace them.
    inner.insert(kCode, code);
    inner.insert(kMessage, message);
    return inner;
}

QJsonObject ApiError::toBody() const
{
    QJsonObject body;
    body.insert(kError, toJson());
    return body;
}

ApiError ApiError::fromJson(const QJsonObject &object)
{
    const QJsonObject inner = object.value(kError).isObject() ? object.value(kError).toObject() : object;
    ApiError error;
    error.code = inner.value(kCode).toString();
    error.message = inner.value(kMessage).toString();
    error.details = inner;
    error.details.remove(kCode);
    error.details.remove(kMessage);
    return error;
}

} // namespace blufio
