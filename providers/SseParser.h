#pragma once

#include <QByteArray>
#include <QList>

namespace blufio {

struct SseEvent
{
    QByteArray event; // the "event:" field; empty means "message"
    QByteArray data; // "data:" lines joined with '\n'
};

// Incremental text/event-stream parser (WHATWG HTML "server-sent events"): feed it bytes as they
// arrive, in any split, and it returns the events completed so far. Bounded: a line or an event's
// data over maxLineBytes puts it in a sticky error state instead of buffering without end.
class SseParser
{
public:
    explicit SseParser(qsizetype maxLineBytes = 1 << 20);

    QList<SseEvent> feed(const QByteArray &bytes);

    bool hasError() const { return m_error; }
    // Events parsed so far, to tell a truncated stream from one that never was a stream.
    qsizetype eventCount() const { return m_eventCount; }
    // Bytes of an unfinished line or event still held back.
    bool hasPartialInput() const { return !m_buffer.isEmpty() || !m_data.isEmpty() || m_dataSeen; }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);

    qsizetype m_maxLine;
    QByteArray m_buffer;
    qsizetype m_scanFrom = 0;
    bool m_skipLeadingLf = false; // the previous chunk ended in '\r' that may pair with this '\n'
    bool m_bomChecked = false;
    QByteArray m_event;
    QByteArray m_data;
    bool m_dataSeen = false;
    bool m_error = false;
    qsizetype m_eventCount = 0;
};

} // namespace blufio
