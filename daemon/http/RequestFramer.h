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
class RequestFramer
{
public:
    struct Head
    {
        QByteArray method;
        QByteArray target;
        QByteArray version;
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
        qint64 contentLength = 0;
        bool chunked = false;

        QByteArray header(QByteArrayView name) const;
        bool expectsContinue() const;
        bool wantsWebSocket() const;
    };

    struct Error
    {
        int status; // 400, 413, 431
        QByteArray code; // snake_case, for the JSON body
        QString message;
    };

    RequestFramer(qint64 maxHeaderBytes, qint64 maxBodyBytes);

    // Called once a head is complete; returning false stops framing (the caller took over, for a
    // WebSocket upgrade or a rejection).
    std::function<bool(const Head &)> onHead;
    std::function<void()> onComplete;

    std::optional<Error> feed(QByteArrayView data);
    // Bytes of a request have arrived but the request is not complete yet.
    bool inRequest() const { return m_state != State::Start || !m_line.isEmpty(); }
    bool stopped() const { return m_state == State::Stopped; }

private:
    enum class State { Start, Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Stopped };

    std::optional<Error> parseHead();
    std::optional<Error> completeHead();
    void finishRequest();

    qint64 m_maxHeader;
    qint64 m_maxBody;
    State m_state = State::Start;
    QByteArray m_line; // head, chunk-size line or trailer being assembled
    qint64 m_remaining = 0;
    qint64 m_bodyTotal = 0;
    Head m_head;
};

} // namespace blufio
