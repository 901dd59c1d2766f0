#pragma once

#include <QString>

namespace blufio {

// Where blufio keeps things when the configuration does not say.
namespace Paths {
// "~/x" -> "$HOME/x"; other paths unchanged.
QString expandHome(const QString &path);
// $STATE_DIRECTORY (set by systemd's StateDirectory=), else $XDG_DATA_HOME/blufio, else
// ~/.local/share/blufio.
QString defaultDataDir();
// The lock a running blufiod holds inside the data directory.
QString lockFileName();
} // namespace Paths

} // namespace blufio
