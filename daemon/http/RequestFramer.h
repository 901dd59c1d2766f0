#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace blufio {

// Follows the HTTP/1.1 message framing of one connection byte by byte (request heads,
// Content-Length and chunked bodies, pipelined requests) without keeping bodies, so limits can be
// decided before QHttpServer buffers anything.
//
// It accepts only a strict subset of RFC 9112 on which Qt 6.4's own parser (QHttpServerRequest
// and QHttpHeaderParser) reads exactly the same request boundaries, method, target, headers and
// body length (see docs/ARCHITECTURE.md, "One grammar"); everything else is an error before Qt
// reads a byte of it. tst_http_differential checks that agreement against a real QHttpServer.
class RequestFramer
{
public:
    struct Head
    {
        QByteArray method;
        QByteArray target; // exactly as sent
        QByteArray version;
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
        qint64 contentLength = 0;
        bool chunked = false;
        // What Qt 6.4 treats as a WebSocket hand-over: `Upgrade: websocket` and a Connection
        // header containing "upgrade" (Qt's own substring test).
        bool webSocket = false;

        QByteArray header(QByteArrayView name) const;
        bool expectsContinue() const;
        bool wantsWebSocket() const { return webSocket; }
        bool hasBody() const { return chunked || contentLength > 0; }
        // The connection stays open after this request (HTTP/1.1 unless "close", HTTP/1.0 only
        // with "keep-alive").
        bool keepAlive() const;
    };

    struct Error
    {
        int status; // 400, 413, 431
        QByteArray code; // snake_case, for the JSON body
        QString message;
    };

    // Qt 6.4's QHttpHeaderParser silently drops every header of a request with more fields than
    // this or with one field longer than kMaxFieldBytes; we refuse well below both.
    static constexpr int kMaxHeaderFields = 64;
    static constexpr qsizetype kMaxFieldBytes = 8000;
    static constexpr qsizetype kMaxChunkSizeDigits = 16;

    RequestFramer(qint64 maxHeaderBytes, qint64 maxBodyBytes);

    // Called once a head is complete; returning false stops framing (the caller took over, for a
    // WebSocket upgrade or a rejection).
    std::function<bool(const Head &)> onHead;
    std::function<void()> onComplete;
    // Asked after each complete request; true stops feed() there (consumed() tells where), so a
    // caller can frame no further ahead than it wants to queue.
    std::function<bool()> pauseAfterRequest;

    std::optional<Error> feed(QByteArrayView data);
    // Bytes of the last feed() that were framed (all of them unless it paused or stopped).
    qsizetype consumed() const { return m_consumed; }
    // Bytes of a request have arrived but the request is not complete yet.
    bool inRequest() const { return m_state != State::Start || m_pendingCr; }
    bool stopped() const { return m_state == State::Stopped; }
    // The head of the request being framed (or the last one framed), e.g. for a 413 refusal.
    const Head &currentHead() const { return m_head; }
    // The body length of the request just completed (valid in onComplete).
    qint64 bodyLength() const { return m_head.chunked ? m_bodyTotal : m_head.contentLength; }
    // Inside a request body (after its head).
    bool inBody() const
    {
        return m_state == State::Body || m_state == State::ChunkSize || m_state == State::ChunkData
            || m_state == State::ChunkDataEnd || m_state == State::LastChunkEnd;
    }

    // The request target grammar (origin-form, nothing QUrl would rewrite); public for tests.
    static bool isCanonicalTarget(QByteArrayView target);

private:
    enum class State { Start, Head, Body, ChunkSize, ChunkData, ChunkDataEnd, LastChunkEnd, Stopped };

    std::optional<Error> parseHead();
    std::optional<Error> completeHead();
    std::optional<Error> parseChunkSize();
    void finishRequest();
    static Error badRequest(const char *why);

    qint64 m_maxHeader;
    qint64 m_maxBody;
    State m_state = State::Start;
    QByteArray m_line; // head or chunk-size line being assembled
    bool m_pendingCr = false; // a CR whose LF has not arrived yet
    bool m_justFinished = false;
    qsizetype m_consumed = 0;
    qint64 m_remaining = 0;
    qint64 m_bodyTotal = 0;
    Head m_head;
};

} // namespace blufio
