#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace blufio {

struct SessionInfo;

// One row of GET /v1/sessions: {"id", "created_at", "updated_at", "message_count"}.
struct SessionSummary
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 messageCount = 0;

    static SessionSummary fromStorage(const SessionInfo &info);
    QJsonObject toJson() const;
    static SessionSummary fromJson(const QJsonObject &object);
};

// One page of GET /v1/sessions: {"sessions": [...], "next_cursor": "..." | null}; nextCursor is
// empty on the last page.
struct SessionList
{
    QList<SessionSummary> sessions;
    QString nextCursor;

    QJsonObject toJson() const;
    static SessionList fromJson(const QJsonObject &object);
};

} // namespace blufio

Q_DECLARE_METATYPE(blufio::SessionSummary)
Q_DECLARE_METATYPE(blufio::SessionList)
