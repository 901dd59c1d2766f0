#pragma once

#include "common/Result.h"

#include <QString>

namespace blufio::Logging {

enum class Format { Text, Journald, Json };

// "auto" picks journald priority prefixes when stderr is connected to the journal (systemd sets
// JOURNAL_STREAM), plain text otherwise.
Format resolveFormat(const QString &configured);

// Installs the message handler: level filter (debug|info|warning|error), format, and an optional
// log file appended to instead of stderr. A file that cannot be opened is ErrorCode::Config (log.file
// names it), with the system's reason as the message.
Result<void> install(const QString &level, const QString &format, const QString &file);

// Reopens the log file after logrotate moved it (SIGHUP). No-op without a file.
Result<void> reopen();

} // namespace blufio::Logging
