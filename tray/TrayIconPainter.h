#pragma once

#include "common/net/HealthClient.h"

#include <QIcon>
#include <QImage>

namespace blufio::tray {

// Draws the tray icon for each daemon state at runtime. Each state has its own shape as well as
// its own colour (colour-blind users and monochrome panels still tell them apart), and every shape
// has a dark outline around a light or saturated fill so it reads on light and dark panels alike.
class TrayIconPainter
{
public:
    using State = HealthReport::State;

    // One size, drawn for that size (pen widths and insets snap to whole pixels).
    static QImage render(State state, int size);
    // Every size panels commonly ask for, 16 to 64 px.
    static QIcon icon(State state);
    static QList<int> sizes();
};

} // namespace blufio::tray
