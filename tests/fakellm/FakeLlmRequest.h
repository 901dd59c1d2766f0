#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace blufio::test {

// One HTTP request as the fake received it.
struct FakeLlmRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray path; // without the query
    QList<QPair<QByteArray, QByteArray>> headerList; // in order, names as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names, last value wins
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace blufio::test
