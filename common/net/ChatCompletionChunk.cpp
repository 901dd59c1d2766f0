#include "ChatCompletionChunk.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace blufio {

namespace {
const QString kChoices = QStringLiteral("choices");
const QString kContent = QStringLiteral("content");
const QString kDelta = QStringLiteral("delta");
const QString kFinishReason = QStringLiteral("finish_reason");
const QString kRole = QStringLiteral("role");
const QString kUsage = QStringLiteral("usage");
} // namespace

QJsonObject ChatCompletionChunk::toJson() const
{
    QJsonObject o {{QStringLiteral("id"), id},
                   {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                   {QStringLiteral("created"), created},
                   {QStringLiteral("model"), model}};
    if (kind == Kind::Usage) {
        o.insert(kChoices, QJsonArray());
        o.insert(kUsage, usage.toJson());
        return o;
    }
    QJsonObject delta;
    QJsonValue finish = QJsonValue::Null;
    switch (kind) {
    case Kind::Role:
        // OpenAI's first chunk: the role, and an empty content that clients append to.
        delta.insert(kRole, QStringLiteral("assistant"));
        delta.insert(kContent, QString());
        break;
    case Kind::Content:
        delta.insert(kContent, content);
        break;
    case Kind::Finish:
        finish = finishReason;
        break;
    case Kind::Usage:
        break;
    }
    o.insert(
        kChoices,
        QJsonArray {QJsonObject {{QStringLiteral("index"), 0}, {kDelta, delta}, {kFinishReason, finish}}});
    return o;
}

ChatCompletionChunk ChatCompletionChunk::fromJson(const QJsonObject &object)
{
    ChatCompletionChunk c;
    c.id = object.value(QStringLiteral("id")).toString();
    c.created = object.value(QStringLiteral("created")).toInteger();
    c.model = object.value(QStringLiteral("model")).toString();
    const QJsonArray choices = object.value(kChoices).toArray();
    if (choices.isEmpty() && object.value(kUsage).isObject()) {
        c.kind = Kind::Usage;
        c.usage = ChatUsage::fromJson(object.value(kUsage).toObject());
        return c;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject delta = choice.value(kDelta).toObject();
    if (choice.value(kFinishReason).isString()) {
        c.kind = Kind::Finish;
        c.finishReason = choice.value(kFinishReason).toString();
    } else if (delta.contains(kRole)) {
        c.kind = Kind::Role;
    } else {
        c.kind = Kind::Content;
        c.content = delta.value(kContent).toString();
    }
    return c;
}

QByteArray ChatCompletionChunk::toEvent() const
{
    return QByteArrayLiteral("data: ") + QJsonDocument(toJson()).toJson(QJsonDocument::Compact)
        + QByteArrayLiteral("\n\n");
}

} // namespace blufio
