#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace blufio::test {

// A response as a sequence of timed writes. The connection frames the body (chunked, or ended by
// closing) and then does what end says.
struct FakeLlmScript
{
    struct Step
    {
        QByteArray bytes;
        int delayMs = 0;
        bool holdBefore = false; // wait for FakeLlmServer::release() before this step
        bool isDelta = false; // a text delta, counted for holdAfterDeltas
    };
    enum class End {
        Complete, // finish the body; keep the connection for the next request unless close-delimited
        Cut, // drop the connection without finishing the body
        Hang, // send nothing more, keep the connection open
    };

    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool streamed = false; // false: Content-Length body from the steps joined
    bool closeDelimited = false; // streamed and ended by closing the connection
    bool sendHead = true;
    bool isApiCall = false; // a /v1 route: counted in completedResponses(); control routes are not // Hang
                            // before any byte
    QList<Step> steps;
    End end = End::Complete;
};

} // namespace blufio::test
