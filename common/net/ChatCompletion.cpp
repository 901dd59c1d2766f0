#include "ChatCompletion.h"

#include <QJsonArray>
#include <QUuid>

namespace blufio {

namespace {
const QString kChoices = QStringLiteral("choices");
const QString kContent = QStringLiteral("content");
const QString kFinishReason = QStringLiteral("finish_reason");
const QString kMessage = QStringLiteral("message");
} // namespace

QJsonObject ChatUsage::toJson() const
{
    return {{QStringLiteral("prompt_tokens"), promptTokens},
            {QStringLiteral("completion_tokens"), completionTokens},
            {QStringLiteral("total_tokens"), totalTokens()}};
}

ChatUsage ChatUsage::fromJson(const QJsonObject &object)
{
    ChatUsage usage;
    usage.promptTokens = object.value(QStringLiteral("prompt_tokens")).toInteger();
    usage.completionTokens = object.value(QStringLiteral("completion_tokens")).toInteger();
    return usage;
}

QJsonObject ChatCompletion::toJson() const
{
    const QJsonObject message {{QStringLiteral("role"), QStringLiteral("assistant")}, {kContent, content}};
    const QJsonObject choice {
        {QStringLiteral("index"), 0}, {kMessage, message}, {kFinishReason, finishReason}};
    return {
        {QStringLiteral("id"), id},           {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), created}, {QStringLiteral("model"), model},
        {kChoices, QJsonArray {choice}},      {QStringLiteral("usage"), usage.toJson()}};
}

ChatCompletion ChatCompletion::fromJson(const QJsonObject &object)
{
    ChatCompletion c;
    c.id = object.value(QStringLiteral("id")).toString();
    c.created = object.value(QStringLiteral("created")).toInteger();
    c.model = object.value(QStringLiteral("model")).toString();
    const QJsonObject choice = object.value(kChoices).toArray().first().toObject();
    c.content = choice.value(kMessage).toObject().value(kContent).toString();
    c.finishReason = choice.value(kFinishReason).toString();
    c.usage = ChatUsage::fromJson(object.value(QStringLiteral("usage")).toObject());
    return c;
}

QString ChatCompletion::newId()
{
    return QStringLiteral("chatcmpl-") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace blufio
