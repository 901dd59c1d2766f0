#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace blufio {

// A complete reply, serialised by HttpServer. Errors always carry the body of docs/API.md "Errors".
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }

    static HttpResponse json(int status, const QJsonObject &object);
    // {"error": {"code": code, "message": message}}
    static HttpResponse error(int status, const QByteArray &code, const QString &message);
    static QByteArray reasonPhrase(int status);
    // Status line, headers (Content-Length, Connection) and body as bytes for the socket. For a
    // HEAD request (headOnly) everything but the body, Content-Length included.
    QByteArray serialize(bool keepAlive, bool headOnly = false) const;
};

} // namespace blufio
