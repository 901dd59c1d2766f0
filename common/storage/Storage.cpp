#include "Storage.h"

#include <QDateTime>

namespace blufio {

Storage::~Storage() = default;

qint64 Storage::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 Storage::startOfUtcDay(qint64 nowMs)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 Storage::startOfUtcMonth(qint64 nowMs)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    return QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace blufio
