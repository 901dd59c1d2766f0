#include "TrayIconPainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace blufio::tray {

namespace {

const QColor kOutline(0x1a, 0x1a, 0x1a);
const QColor kGreen(0x2e, 0xa0, 0x43);
const QColor kAmber(0xf5, 0xb8, 0x00);
const QColor kRed(0xd9, 0x30, 0x25);
const QColor kGrey(0xd0, 0xd0, 0xd0);
const QColor kMarkLight(0xff, 0xff, 0xff);

// Widths grow with the size but never drop below what stays visible at 16 px.
qreal outlineWidth(int size)
{
    return qMax(1.0, std::round(size / 16.0));
}

qreal markWidth(int size)
{
    return qMax(2.0, std::round(size / 9.0));
}

void drawHealthy(QPainter &p, const QRectF &box, int size)
{
    p.setPen(QPen(kOutline, outlineWidth(size)));
    p.setBrush(kGreen);
    p.drawEllipse(box);
    QPainterPath check;
    const qreal w = box.width();
    check.moveTo(box.left() + w * 0.26, box.top() + w * 0.53);
    check.lineTo(box.left() + w * 0.43, box.top() + w * 0.70);
    check.lineTo(box.left() + w * 0.75, box.top() + w * 0.32);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(kMarkLight, markWidth(size), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(check);
}

void drawDegraded(QPainter &p, const QRectF &box, int size)
{
    QPolygonF triangle;
    triangle << QPointF(box.center().x(), box.top()) << QPointF(box.right(), box.bottom())
             << QPointF(box.left(), box.bottom());
    p.setPen(QPen(kOutline, outlineWidth(size), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(kAmber);
    p.drawPolygon(triangle);
    // The "!" is dark: white on amber would vanish at 16 px.
    const qreal w = box.width();
    const qreal x = box.center().x();
    p.setPen(QPen(kOutline, markWidth(size), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(x, box.top() + w * 0.36), QPointF(x, box.top() + w * 0.64));
    p.drawPoint(QPointF(x, box.top() + w * 0.83));
}

void drawUnhealthy(QPainter &p, const QRectF &box, int size)
{
    p.setPen(QPen(kOutline, outlineWidth(size), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.setBrush(kRed);
    const QRectF square
        = box.adjusted(box.width() * 0.06, box.width() * 0.06, -box.width() * 0.06, -box.width() * 0.06);
    p.drawRect(square);
    const qreal inset = square.width() * 0.28;
    const QRectF cross = square.adjusted(inset, inset, -inset, -inset);
    p.setPen(QPen(kMarkLight, markWidth(size), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(cross.topLeft(), cross.bottomRight());
    p.drawLine(cross.topRight(), cross.bottomLeft());
}

void drawUnreachable(QPainter &p, const QRectF &box, int size)
{
    // A hollow ring of separate arcs: "nothing there". Drawn twice, dark and wide under light and
    // narrow, so the dashes show on any panel colour.
    const QRectF ring
        = box.adjusted(markWidth(size) / 2, markWidth(size) / 2, -markWidth(size) / 2, -markWidth(size) / 2);
    // Fewer, longer dashes when small: eight dashes at 16 px blur into a grey ring.
    const int arcs = size < 24 ? 4 : size < 40 ? 6 : 8;
    const int span = 16 * 360 / arcs;
    const int dash = span * 3 / 5;
    const qreal light = markWidth(size) - (size < 24 ? 0.0 : 1.0);
    for (const auto &[colour, width] :
         {std::pair {kOutline, light + 2 * outlineWidth(size)}, std::pair {kGrey, light}}) {
        p.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
        p.setBrush(Qt::NoBrush);
        for (int i = 0; i < arcs; ++i)
            p.drawArc(ring, 16 * 45 + i * span + (span - dash) / 2, dash);
    }
}

} // namespace

QImage TrayIconPainter::render(State state, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // Half-pixel inset keeps the outline inside the image and on pixel centres.
    const qreal margin = outlineWidth(size) / 2 + (size >= 32 ? 1.0 : 0.0);
    const QRectF box(margin, margin, size - 2 * margin, size - 2 * margin);
    switch (state) {
    case State::Healthy:
        drawHealthy(p, box, size);
        break;
    case State::Degraded:
        drawDegraded(p, box, size);
        break;
    case State::Unhealthy:
        drawUnhealthy(p, box, size);
        break;
    case State::Unreachable:
        drawUnreachable(p, box, size);
        break;
    }
    p.end();
    return image;
}

QList<int> TrayIconPainter::sizes()
{
    return {16, 22, 24, 32, 48, 64};
}

QIcon TrayIconPainter::icon(State state)
{
    QIcon icon;
    for (int size : sizes())
        icon.addPixmap(QPixmap::fromImage(render(state, size)));
    return icon;
}

} // namespace blufio::tray
