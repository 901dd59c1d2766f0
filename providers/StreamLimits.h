#pragma once

#include <QtGlobal>

namespace blufio::StreamLimits {

// One SSE line or event's data; real events are a few hundred bytes.
inline constexpr qsizetype maxLineBytes = 1 << 20;
// The accumulated reply text; max_tokens keeps real replies far below it.
inline constexpr qsizetype maxReplyChars = 8 << 20;

} // namespace blufio::StreamLimits
