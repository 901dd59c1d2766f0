#pragma once

#include "daemon/auth/Caller.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace blufio {

// What a route handler sees of a request.
struct HttpRequest
{
    QByteArray method;
    QString path;
    QByteArray pathAndQuery; // as sent, for signatures
    QHash<QString, QString> params; // {id} and friends from the route template
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    QHostAddress peer;
    Caller caller; // who sent it, as the auth guard found (admin when nothing checked)

    QByteArray header(QByteArrayView name) const;
};

} // namespace blufio
