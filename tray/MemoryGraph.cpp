#include "MemoryGraph.h"

#include "common/term/TerminalOutput.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace blufio::tray {

namespace {
const QColor kHeap(0x1f, 0x6f, 0xd1);
const QColor kRss(0x8e, 0x44, 0xad);
const QColor kWarn(0xe0, 0x9b, 0x00);
const QColor kLimit(0xd9, 0x30, 0x25);
} // namespace

MemoryGraph::MemoryGraph(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Memory history"));
}

void MemoryGraph::setSamples(const QList<HealthPoller::Sample> &samples, const QDateTime &now)
{
    m_samples = samples;
    m_now = now;
    update();
}

void MemoryGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));

    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(QStringLiteral("000.0 MiB")) + 8;
    const int top = fm.height() + 6; // room for the legend
    const int bottom = fm.height() + 6; // room for the time labels
    const QRectF plot(left, top, qMax(10, width() - left - 8), qMax(10, height() - top - bottom));

    quint64 maxBytes = 1;
    for (const auto &s : m_samples)
        maxBytes = std::max({maxBytes, s.heapBytes, s.rssBytes, s.limitBytes});
    const double yMax = double(maxBytes) * 1.1;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    // The time axis covers the history there is, from one minute up to the whole window: a tray
    // started a few minutes ago still shows a readable line rather than a dot at the right edge.
    const qint64 spanSecs = m_samples.isEmpty()
        ? m_windowSecs
        : qBound<qint64>(qMin<qint64>(60, m_windowSecs), m_samples.first().time.secsTo(now), m_windowSecs);
    const auto xFor = [&](const QDateTime &t) {
        const double age = double(t.msecsTo(now)) / 1000.0;
        return plot.right() - plot.width() * qBound(0.0, age / double(spanSecs), 1.0);
    };
    const auto yFor = [&](quint64 bytes) {
        return plot.bottom() - plot.height() * (double(bytes) / yMax);
    };

    // Grid and axis labels.
    p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    p.drawRect(plot);
    if (m_samples.isEmpty()) {
        // No scale to show yet: a bare frame says "nothing measured" better than a 0..1 B axis.
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No memory samples yet"));
        return;
    }
    p.setPen(pal.color(QPalette::Text));
    for (int i = 0; i <= 4; ++i) {
        const quint64 bytes = quint64(yMax * i / 4);
        const double y = yFor(bytes);
        p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(0, y - fm.height() / 2.0, left - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   TerminalOutput::bytes(bytes));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 3, plot.width() / 2, fm.height()), Qt::AlignLeft,
               tr("%1 ago").arg(TerminalOutput::duration(spanSecs)));
    p.drawText(QRectF(plot.center().x(), plot.bottom() + 3, plot.width() / 2, fm.height()), Qt::AlignRight,
               tr("now"));

    // Legend.
    const struct
    {
        QColor colour;
        Qt::PenStyle style;
        QString label;
    } legend[] = {{kHeap, Qt::SolidLine, tr("heap")},
                  {kRss, Qt::SolidLine, tr("RSS")},
                  {kWarn, Qt::DashLine, tr("warn")},
                  {kLimit, Qt::DashLine, tr("limit")}};
    int x = left;
    for (const auto &entry : legend) {
        p.setPen(QPen(entry.colour, 2, entry.style));
        p.drawLine(QPointF(x, fm.height() / 2.0 + 2), QPointF(x + 18, fm.height() / 2.0 + 2));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPointF(x + 22, fm.ascent() + 2), entry.label);
        x += 30 + fm.horizontalAdvance(entry.label);
    }

    p.save();
    p.setClipRect(plot.adjusted(-1, -1, 1, 1));
    // Thresholds as steps: they can change when the configuration is reloaded.
    const auto drawSeries = [&](auto value, const QColor &colour, Qt::PenStyle style, bool step) {
        QPainterPath path;
        for (qsizetype i = 0; i < m_samples.size(); ++i) {
            const QPointF point(xFor(m_samples[i].time), yFor(value(m_samples[i])));
            if (i == 0)
                path.moveTo(point);
            else if (step) {
                path.lineTo(QPointF(point.x(), path.currentPosition().y()));
                path.lineTo(point);
            } else {
                path.lineTo(point);
            }
        }
        if (step)
            path.lineTo(QPointF(plot.right(), path.currentPosition().y()));
        p.setPen(QPen(colour, 2, style));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    };
    drawSeries([](const HealthPoller::Sample &s) { return s.limitBytes; }, kLimit, Qt::DashLine, true);
    drawSeries([](const HealthPoller::Sample &s) { return s.warnBytes; }, kWarn, Qt::DashLine, true);
    drawSeries([](const HealthPoller::Sample &s) { return s.rssBytes; }, kRss, Qt::SolidLine, false);
    drawSeries([](const HealthPoller::Sample &s) { return s.heapBytes; }, kHeap, Qt::SolidLine, false);
    p.restore();
}

} // namespace blufio::tray
