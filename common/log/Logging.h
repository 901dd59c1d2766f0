#pragma once

#include <QString>

namespace blufio::Logging {

enum class Format { Text, Journald, Json };

// "auto" picks journald priority prefixes when stderr is connected to the journal (systemd sets
// JOURNAL_STREAM), plain text otherwise.
Format resolveFormat(const QString &configured);

// Installs the message handler: level filter (debug|info|warning|error), format, and an optional
// log file appended to instead of stderr.
bool install(const QString &level, const QString &format, const QString &file, QString *error);

// Reopens the log file after logrotate moved it (SIGHUP). No-op without a file.
bool reopen(QString *error);

} // namespace blufio::Logging
