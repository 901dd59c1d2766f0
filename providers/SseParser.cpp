#include "SseParser.h"

namespace blufio {

SseParser::SseParser(qsizetype maxLineBytes) : m_maxLine(maxLineBytes) { }

QList<SseEvent> SseParser::feed(const QByteArray &bytes)
{
    QList<SseEvent> out;
    if (m_error || bytes.isEmpty())
        return out;
    m_buffer.append(bytes);
    if (!m_bomChecked) {
        const QByteArrayView bom("\xEF\xBB\xBF");
        // A byte-order mark split across reads: wait for the rest before deciding.
        if (m_buffer.size() < bom.size() && bom.startsWith(m_buffer))
            return out;
        if (m_buffer.startsWith(bom)) {
            m_buffer.remove(0, bom.size());
            m_scanFrom = 0;
        }
        m_bomChecked = true;
    }

    qsizetype lineStart = 0;
    if (m_skipLeadingLf && !m_buffer.isEmpty()) {
        if (m_buffer.at(0) == '\n')
            lineStart = 1;
        m_skipLeadingLf = false;
    }
    // Only the newly arrived bytes are scanned, so a long line trickling in stays linear.
    qsizetype i = qMax(m_scanFrom, lineStart);
    const qsizetype size = m_buffer.size();
    const char *data = m_buffer.constData();
    while (i < size) {
        const char c = data[i];
        if (c != '\n' && c != '\r') {
            ++i;
            continue;
        }
        processLine(QByteArrayView(data + lineStart, i - lineStart), out);
        if (m_error)
            return out;
        if (c == '\r') {
            if (i + 1 < size) {
                if (data[i + 1] == '\n')
                    ++i;
            } else {
                m_skipLeadingLf = true;
            }
        }
        ++i;
        lineStart = i;
    }
    m_buffer.remove(0, lineStart);
    m_scanFrom = m_buffer.size();
    if (m_buffer.size() > m_maxLine)
        m_error = true;
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        if (m_dataSeen) {
            out.append({m_event, m_data});
            ++m_eventCount;
        }
        m_event.clear();
        m_data.clear();
        m_dataSeen = false;
        return;
    }
    if (line.at(0) == ':')
        return; // comment, used as keep-alive
    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.at(0) == ' ')
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_maxLine) {
            m_error = true;
            return;
        }
        if (m_dataSeen)
            m_data.append('\n');
        m_data.append(value.data(), value.size());
        m_dataSeen = true;
    } else if (field == "event") {
        m_event = value.first(qMin<qsizetype>(value.size(), 256)).toByteArray();
    }
    // "id", "retry" and unknown fields are ignored, as the specification says.
}

} // namespace blufio
