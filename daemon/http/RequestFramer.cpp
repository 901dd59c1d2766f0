#include "RequestFramer.h"

#include <QCoreApplication>

namespace blufio {

namespace {
constexpr qint64 kMaxChunkLine = 1024;

} // namespace

QByteArray RequestFramer::Head::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first == name)
            return h.second;
    }
    return {};
}

bool RequestFramer::Head::expectsContinue() const
{
    return header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
}

bool RequestFramer::Head::wantsWebSocket() const
{
    return header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

RequestFramer::RequestFramer(qint64 maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeader(maxHeaderBytes)
    , m_maxBody(maxBodyBytes)
{
}

std::optional<RequestFramer::Error> RequestFramer::feed(QByteArrayView data)
{
    qsizetype i = 0;
    while (i < data.size() && m_state != State::Stopped) {
        switch (m_state) {
        case State::Start:
            // Stray CRLFs between pipelined requests are allowed (RFC 9112, 2.2).
            if (data[i] == '\r' || data[i] == '\n') {
                ++i;
                break;
            }
            m_state = State::Head;
            m_line.clear();
            [[fallthrough]];
        case State::Head: {
            const qsizetype end = data.indexOf('\n', i);
            const qsizetype take = (end < 0 ? data.size() : end + 1) - i;
            m_line.append(data.data() + i, take);
            i += take;
            if (m_line.size() > m_maxHeader)
                return Error{431, "headers_too_large", QCoreApplication::translate("RequestFramer", "request headers exceed daemon.max_header_bytes")};
            if (m_line.endsWith("\r\n\r\n") || m_line.endsWith("\n\n")) {
                if (auto error = parseHead())
                    return error;
                if (auto error = completeHead())
                    return error;
            }
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, data.size() - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                finishRequest();
            break;
        }
        case State::ChunkSize:
        case State::Trailer: {
            const qsizetype end = data.indexOf('\n', i);
            const qsizetype take = (end < 0 ? data.size() : end + 1) - i;
            m_line.append(data.data() + i, take);
            i += take;
            if (m_line.size() > (m_state == State::ChunkSize ? kMaxChunkLine : m_maxHeader))
                return Error{400, "bad_request", QCoreApplication::translate("RequestFramer", "malformed chunked body")};
            if (end < 0)
                break;
            const QByteArray line = m_line.trimmed();
            m_line.clear();
            if (m_state == State::Trailer) {
                if (line.isEmpty())
                    finishRequest();
                break;
            }
            bool ok = false;
            const qint64 size = line.left(line.indexOf(';') < 0 ? line.size() : line.indexOf(';')).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return Error{400, "bad_request", QCoreApplication::translate("RequestFramer", "malformed chunk size")};
            if (size == 0) {
                m_state = State::Trailer;
                break;
            }
            m_bodyTotal += size;
            if (m_bodyTotal > m_maxBody)
                return Error{413, "payload_too_large", QCoreApplication::translate("RequestFramer", "request body exceeds daemon.max_body_bytes")};
            m_remaining = size;
            m_state = State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, data.size() - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0) {
                m_state = State::ChunkDataEnd;
                m_remaining = 2;
            }
            break;
        }
        case State::ChunkDataEnd:
            // The CRLF after chunk data; tolerate a bare LF.
            if (data[i] == '\n') {
                m_state = State::ChunkSize;
                m_line.clear();
            }
            ++i;
            break;
        case State::Stopped:
            break;
        }
    }
    return std::nullopt;
}

std::optional<RequestFramer::Error> RequestFramer::parseHead()
{
    m_head = Head{};
    const QList<QByteArray> lines = m_line.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return Error{400, "bad_request", QCoreApplication::translate("RequestFramer", "malformed request line")};
    m_head.method = requestLine.at(0);
    m_head.target = requestLine.at(1);
    m_head.version = requestLine.at(2);
    bool haveLength = false;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Error{400, "bad_request", QCoreApplication::translate("RequestFramer", "malformed header line")};
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (haveLength && length != m_head.contentLength))
                return Error{400, "bad_request", QCoreApplication::translate("RequestFramer", "invalid Content-Length")};
            m_head.contentLength = length;
            haveLength = true;
        } else if (name == "transfer-encoding") {
            if (value.toLower().trimmed() != "chunked")
                return Error{400, "bad_request", QCoreApplication::translate("RequestFramer", "unsupported Transfer-Encoding")};
            m_head.chunked = true;
        }
        m_head.headers.append({name, value});
    }
    // Both framings at once is how requests are smuggled past proxies: refuse it.
    if (haveLength && m_head.chunked)
        return Error{400, "bad_request", QCoreApplication::translate("RequestFramer", "both Content-Length and Transfer-Encoding given")};
    if (m_head.contentLength > m_maxBody)
        return Error{413, "payload_too_large", QCoreApplication::translate("RequestFramer", "request body exceeds daemon.max_body_bytes")};
    return std::nullopt;
}

std::optional<RequestFramer::Error> RequestFramer::completeHead()
{
    m_line.clear();
    m_bodyTotal = 0;
    if (onHead && !onHead(m_head)) {
        m_state = State::Stopped;
        return std::nullopt;
    }
    if (m_head.chunked) {
        m_state = State::ChunkSize;
    } else if (m_head.contentLength > 0) {
        m_remaining = m_head.contentLength;
        m_state = State::Body;
    } else {
        finishRequest();
    }
    return std::nullopt;
}

void RequestFramer::finishRequest()
{
    m_state = State::Start;
    m_line.clear();
    if (onComplete)
        onComplete();
}

} // namespace blufio
