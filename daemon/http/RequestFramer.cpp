#include "RequestFramer.h"

#include <QCoreApplication>

namespace blufio {

namespace {

bool isTchar(char c)
{
    // RFC 9110 token characters; also exactly what QHttpHeaderParser accepts in a field name.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isUnreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

// Field values: visible ASCII, SP, HTAB and obs-text; no other control characters.
bool isFieldValueChar(char c)
{
    const auto u = uchar(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

QByteArrayView trimOws(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

bool isDigits(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Host as QUrl::setAuthority takes it without change: a reg-name or IPv4 of letters, digits,
// dots and dashes, or a bracketed IPv6 literal, and an optional port.
bool isPlainHost(QByteArrayView host)
{
    if (host.isEmpty())
        return true;
    qsizetype i = 0;
    if (host.front() == '[') {
        const qsizetype close = host.indexOf(']');
        if (close < 2)
            return false;
        for (char c : host.sliced(1, close - 1)) {
            if (!isHex(c) && c != ':' && c != '.')
                return false;
        }
        i = close + 1;
    } else {
        while (i < host.size() && host[i] != ':') {
            const char c = host[i];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                  || c == '-'))
                return false;
            ++i;
        }
        if (i == 0)
            return false;
    }
    if (i == host.size())
        return true;
    if (host[i] != ':')
        return false;
    const QByteArrayView port = host.sliced(i + 1);
    return isDigits(port) && port.size() <= 5;
}

const QByteArrayList &knownMethods()
{
    // The methods Qt 6.4's request-line parser knows; any other becomes "Unknown" there.
    static const QByteArrayList methods {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"};
    return methods;
}

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

bool RequestFramer::Head::keepAlive() const
{
    QByteArray connection;
    for (const auto &h : headers) {
        if (h.first == "connection")
            connection += ',' + h.second.toLower();
    }
    const QByteArrayList tokens = connection.split(',');
    auto has = [&tokens](QByteArrayView token) {
        for (const QByteArray &t : tokens) {
            if (t.trimmed() == token)
                return true;
        }
        return false;
    };
    if (version == "HTTP/1.0")
        return has("keep-alive");
    return !has("close");
}

RequestFramer::RequestFramer(qint64 maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeader(maxHeaderBytes), m_maxBody(maxBodyBytes)
{ }

RequestFramer::Error RequestFramer::badRequest(const char *why)
{
    return Error {400, "bad_request", QCoreApplication::translate("RequestFramer", why)};
}

bool RequestFramer::isCanonicalTarget(QByteArrayView target)
{
    // origin-form only, and nothing QUrl::fromEncoded would decode, re-encode or read as an
    // authority: the signed target, the routed target and Qt's view stay the same bytes.
    if (target.isEmpty() || target.front() != '/' || target.startsWith("//"))
        return false;
    bool inQuery = false;
    for (qsizetype i = 0; i < target.size(); ++i) {
        const char c = target[i];
        if (c == '?')
            inQuery = true;
        if (c == '%') {
            if (i + 2 >= target.size() || !isHex(target[i + 1]) || !isHex(target[i + 2]))
                return false;
            const char a = target[i + 1];
            const char b = target[i + 2];
            if ((a >= 'a' && a <= 'f') || (b >= 'a' && b <= 'f'))
                return false; // QUrl upper-cases escapes
            const auto hexValue = [](char h) {
                return h <= '9' ? h - '0' : h - 'A' + 10;
            };
            const int decoded = hexValue(a) * 16 + hexValue(b);
            if (isUnreserved(char(decoded)))
                return false; // QUrl decodes these
            // The router matches the decoded path: an escaped slash would cross segments
            // (/v1%2Fsessions routing as /v1/sessions) and a control byte has no place in one.
            if (!inQuery && (decoded == '/' || decoded < 0x20 || decoded == 0x7F))
                return false;
            i += 2;
            continue;
        }
        if (isUnreserved(c) || QByteArrayView("!$&'()*+,;=:@/?").contains(c))
            continue;
        return false;
    }
    return true;
}

std::optional<RequestFramer::Error> RequestFramer::feed(QByteArrayView data)
{
    qsizetype i = 0;
    m_consumed = 0;
    m_justFinished = false;
    while (i < data.size() && m_state != State::Stopped) {
        if (m_justFinished) {
            m_justFinished = false;
            if (pauseAfterRequest && pauseAfterRequest())
                break;
        }
        switch (m_state) {
        case State::Start: {
            // Only CRLF may stand between pipelined requests (RFC 9112, 2.2). Qt skips any
            // whitespace there; a request starting with SP, HTAB or a bare LF is refused.
            const char c = data[i];
            if (m_pendingCr) {
                if (c != '\n')
                    return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "bare CR between requests"));
                m_pendingCr = false;
                ++i;
                break;
            }
            if (c == '\r') {
                m_pendingCr = true;
                ++i;
                break;
            }
            if (!isTchar(c))
                return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "malformed request line"));
            m_state = State::Head;
            m_line.clear();
            break;
        }
        case State::Head:
            // Byte by byte: a bare LF or CR must be refused where it stands, because Qt would
            // take "\n\n" as the end of the head while we wait for "\r\n\r\n".
            while (i < data.size()) {
                const char c = data[i++];
                if (m_pendingCr && c != '\n')
                    return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "bare CR in the request head"));
                if (c == '\n' && !m_pendingCr)
                    return badRequest(QT_TRANSLATE_NOOP("RequestFramer",
                                                        "bare LF in the request head (lines end with CRLF)"));
                m_pendingCr = c == '\r';
                m_line.append(c);
                if (m_line.size() > m_maxHeader)
                    return Error {431, "headers_too_large",
                                  QCoreApplication::translate(
                                      "RequestFramer", "request headers exceed daemon.max_header_bytes")};
                if (c == '\n' && m_line.endsWith("\r\n\r\n")) {
                    if (auto error = parseHead())
                        return error;
                    if (auto error = completeHead())
                        return error;
                    break;
                }
            }
            break;
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, data.size() - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0)
                finishRequest();
            break;
        }
        case State::ChunkSize:
            while (i < data.size()) {
                const char c = data[i++];
                if (m_pendingCr && c != '\n')
                    return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "bare CR in chunked framing"));
                if (c == '\n' && !m_pendingCr)
                    return badRequest(QT_TRANSLATE_NOOP("RequestFramer",
                                                        "bare LF in chunked framing (lines end with CRLF)"));
                m_pendingCr = c == '\r';
                if (c == '\n') {
                    if (auto error = parseChunkSize())
                        return error;
                    break;
                }
                m_line.append(c);
                if (m_line.size() > kMaxChunkSizeDigits + 1)
                    return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "malformed chunk size"));
            }
            break;
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
        case State::LastChunkEnd: {
            // Exactly CRLF: after chunk data, and after the last chunk (no trailer fields).
            const char expected = m_remaining == 2 ? '\r' : '\n';
            if (data[i] != expected)
                return badRequest(
                    m_state == State::LastChunkEnd
                        ? QT_TRANSLATE_NOOP("RequestFramer", "trailer fields are not accepted")
                        : QT_TRANSLATE_NOOP("RequestFramer", "chunk data not followed by CRLF"));
            ++i;
            if (--m_remaining > 0)
                break;
            if (m_state == State::LastChunkEnd) {
                finishRequest();
            } else {
                m_state = State::ChunkSize;
                m_line.clear();
            }
            break;
        }
        case State::Stopped:
            break;
        }
    }
    m_consumed = i;
    return std::nullopt;
}

std::optional<RequestFramer::Error> RequestFramer::parseChunkSize()
{
    // m_line holds the size line without its CRLF (the CR is still at its end).
    QByteArrayView line(m_line);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty() || line.size() > kMaxChunkSizeDigits)
        return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "malformed chunk size"));
    qint64 size = 0;
    for (char c : line) {
        if (!isHex(c))
            return badRequest(c == ';'
                                  ? QT_TRANSLATE_NOOP("RequestFramer", "chunk extensions are not accepted")
                                  : QT_TRANSLATE_NOOP("RequestFramer", "malformed chunk size"));
        if (size > (m_maxBody >> 4) + 1) {
            size = m_maxBody + 1; // no overflow: already too large
            continue;
        }
        size = size * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    m_line.clear();
    m_pendingCr = false;
    if (size == 0) {
        m_state = State::LastChunkEnd;
        m_remaining = 2;
        return std::nullopt;
    }
    m_bodyTotal += size;
    if (m_bodyTotal > m_maxBody)
        return Error {
            413, "payload_too_large",
            QCoreApplication::translate("RequestFramer", "request body exceeds daemon.max_body_bytes")};
    m_remaining = size;
    m_state = State::ChunkData;
    return std::nullopt;
}

std::optional<RequestFramer::Error> RequestFramer::parseHead()
{
    m_head = Head {};
    // Every line ends with CRLF here (checked as the bytes arrived); drop the final empty line.
    QByteArrayView rest(m_line);
    rest.chop(2);
    QList<QByteArrayView> lines;
    while (!rest.isEmpty()) {
        const qsizetype end = rest.indexOf("\r\n");
        lines.append(rest.first(end));
        rest = rest.sliced(end + 2);
    }
    if (lines.isEmpty())
        return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "malformed request line"));

    const QByteArrayView requestLine = lines.first();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "malformed request line"));
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!knownMethods().contains(method))
        return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "unsupported request method"));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "unsupported HTTP version"));
    if (!isCanonicalTarget(target))
        return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "malformed request target"));
    m_head.method = method.toByteArray();
    m_head.target = target.toByteArray();
    m_head.version = version.toByteArray();

    if (lines.size() - 1 > kMaxHeaderFields)
        return Error {
            431, "headers_too_large",
            QCoreApplication::translate("RequestFramer", "more than %1 header fields").arg(kMaxHeaderFields)};
    bool haveLength = false;
    bool haveEncoding = false;
    int hosts = 0;
    int authorizations = 0;
    int upgrades = 0;
    QByteArray connection;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArrayView line = lines.at(n);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "folded header lines are not accepted"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "malformed header line"));
        const QByteArrayView rawName = line.first(colon);
        for (char c : rawName) {
            if (!isTchar(c))
                return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "malformed header name"));
        }
        const QByteArrayView rawValue = line.sliced(colon + 1);
        for (char c : rawValue) {
            if (!isFieldValueChar(c))
                return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "control character in a header value"));
        }
        if (line.size() > kMaxFieldBytes)
            return Error {
                431, "headers_too_large",
                QCoreApplication::translate("RequestFramer", "a header field is longer than %1 bytes")
                    .arg(kMaxFieldBytes)};
        const QByteArray name = rawName.toByteArray().toLower();
        const QByteArray value = trimOws(rawValue).toByteArray();
        if (name == "content-length") {
            if (haveLength || !isDigits(value) || value.size() > 18)
                return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "invalid Content-Length"));
            m_head.contentLength = value.toLongLong();
            haveLength = true;
        } else if (name == "transfer-encoding") {
            if (haveEncoding || value.compare("chunked", Qt::CaseInsensitive) != 0)
                return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "unsupported Transfer-Encoding"));
            m_head.chunked = true;
            haveEncoding = true;
        } else if (name == "host") {
            if (++hosts > 1 || !isPlainHost(value))
                return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "invalid or repeated Host"));
        } else if (name == "authorization") {
            if (++authorizations > 1)
                return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "more than one Authorization header"));
        } else if (name == "upgrade") {
            if (++upgrades > 1)
                return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "more than one Upgrade header"));
        } else if (name == "connection") {
            connection += value.toLower() + ',';
        }
        m_head.headers.append({name, value});
    }
    // Both framings at once is how requests are smuggled past proxies: refuse it.
    if (haveLength && m_head.chunked)
        return badRequest(
            QT_TRANSLATE_NOOP("RequestFramer", "both Content-Length and Transfer-Encoding given"));
    m_head.webSocket = m_head.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0
        && connection.contains("upgrade");
    if (m_head.webSocket && m_head.hasBody())
        return badRequest(QT_TRANSLATE_NOOP("RequestFramer", "an upgrade request has no body"));
    if (m_head.contentLength > m_maxBody)
        return Error {
            413, "payload_too_large",
            QCoreApplication::translate("RequestFramer", "request body exceeds daemon.max_body_bytes")};
    return std::nullopt;
}

std::optional<RequestFramer::Error> RequestFramer::completeHead()
{
    m_line.clear();
    m_pendingCr = false;
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
    m_pendingCr = false;
    m_justFinished = true;
    if (onComplete)
        onComplete();
}

} // namespace blufio
