// libFuzzer target: RequestFramer (daemon/http), the first parser every byte from a client meets.
// The same bytes are framed whole, split at a point taken from the input, and byte by byte; every
// way must see the same heads, completions and refusal (a request is framed the same however the
// network cuts it), and nothing may crash or read out of bounds.
#include "FuzzInput.h"

#include "daemon/http/RequestFramer.h"

#include <QList>

#include <cstdlib>

using blufio::RequestFramer;
using namespace blufio::fuzz;

namespace {

QList<QByteArray> frame(qint64 maxHeader, qint64 maxBody, const QList<QByteArrayView> &pieces)
{
    QList<QByteArray> events;
    RequestFramer framer(maxHeader, maxBody);
    framer.onHead = [&events, maxBody](const RequestFramer::Head &head) {
        if (head.contentLength < 0 || head.contentLength > maxBody)
            std::abort(); // a head over the body limit must have been refused before this
        events.append("head " + head.method + ' ' + head.target + ' ' + head.version + ' '
                      + QByteArray::number(head.contentLength) + (head.chunked ? " chunked" : ""));
        // Hand upgrades over, as the connection guard does: framing stops there.
        return !head.wantsWebSocket();
    };
    framer.onComplete = [&events] {
        events.append("complete");
    };
    for (QByteArrayView piece : pieces) {
        if (framer.stopped())
            break;
        if (const auto error = framer.feed(piece)) {
            events.append("error " + QByteArray::number(error->status) + ' ' + error->code);
            break;
        }
    }
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 limits = input.byte();
    const quint8 split = input.byte();
    // Small limits, so the fuzzer reaches 431 and 413 with short inputs.
    const qint64 maxHeader = 32 + (limits & 0x0F) * 64;
    const qint64 maxBody = (limits >> 4) * 16;
    const QByteArrayView bytes = input.rest();

    const QList<QByteArray> whole = frame(maxHeader, maxBody, {bytes});
    const qsizetype cut = splitPoint(split, bytes.size());
    if (frame(maxHeader, maxBody, {bytes.first(cut), bytes.sliced(cut)}) != whole)
        std::abort();
    if (bytes.size() <= 512) {
        QList<QByteArrayView> single;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            single.append(bytes.sliced(i, 1));
        if (frame(maxHeader, maxBody, single) != whole)
            std::abort();
    }
    return 0;
}
