#include "OpenAiError.h"

namespace blufio {

namespace {
const QString kError = QStringLiteral("error");
} // namespace

QJsonObject OpenAiError::toJson() const
{
    return {{QStringLiteral("message"), message},
            {QStringLiteral("type"), type},
            {QStringLiteral("code"), code},
            {QStringLiteral("param"), param.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(param)}};
}

QJsonObject OpenAiError::toBody() const
{
    return {{kError, toJson()}};
}

OpenAiError OpenAiError::fromJson(const QJsonObject &object)
{
    const QJsonObject inner = object.value(kError).isObject() ? object.value(kError).toObject() : object;
    return {inner.value(QStringLiteral("message")).toString(), inner.value(QStringLiteral("type")).toString(),
            inner.value(QStringLiteral("code")).toString(), inner.value(QStringLiteral("param")).toString()};
}

} // namespace blufio
