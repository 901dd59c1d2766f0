#pragma once

#include "common/net/HealthPoller.h"

#include <QWidget>

namespace blufio::tray {

// The last hour of heap and RSS, with the warn and limit lines that applied, drawn with QPainter.
// Time runs left (oldest sample, at most an hour ago) to right (now); the vertical scale always shows the
// limit line so the distance to it is visible at a glance.
class MemoryGraph : public QWidget
{
    Q_OBJECT

public:
    explicit MemoryGraph(QWidget *parent = nullptr);

    void setSamples(const QList<HealthPoller::Sample> &samples,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    void setWindowSecs(qint64 secs) { m_windowSecs = secs; }

    QSize sizeHint() const override { return {480, 200}; }
    QSize minimumSizeHint() const override { return {240, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<HealthPoller::Sample> m_samples;
    QDateTime m_now;
    qint64 m_windowSecs = 3600;
};

} // namespace blufio::tray
