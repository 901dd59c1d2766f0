#pragma once

#include "FakeLlmBehaviour.h"
#include "FakeLlmRequest.h"
#include "FakeLlmScript.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QTcpServer>

namespace blufio::test {

class FakeLlmConnection;

// A fake LLM API on a local port, speaking the Anthropic Messages and OpenAI Chat Completions wire
// formats over raw HTTP/1.1 so that clients meet real framing (chunked streaming or a body ended by
// closing). Routes:
//   POST /v1/messages           Anthropic, streamed
//   POST /v1/chat/completions   OpenAI, streamed
//   GET  /v1/models             either (OpenAI shape when the request carries a Bearer token)
//   GET  /_requests             the recorded /v1 requests as JSON; DELETE clears them
//   GET|POST /_control          the behaviour; POST {"mode", "reply", "delay_ms", ..., "once": true,
//                               "release": true, "api_key": "..."} changes it
// Used in-process by Qt tests and by the fake-llm program for subprocess tests.
class FakeLlmServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    // providers.anthropic.base_url and providers.openai.base_url for this server.
    QString anthropicBaseUrl() const;
    QString openAiBaseUrl() const;

    // The behaviour for every request without a queued one.
    void setBehaviour(const FakeLlmBehaviour &behaviour) { m_behaviour = behaviour; }
    FakeLlmBehaviour behaviour() const { return m_behaviour; }
    void setMode(FakeLlmBehaviour::Mode mode) { m_behaviour.mode = mode; }
    // The next /v1 request gets this one instead (first in, first out).
    void enqueue(const FakeLlmBehaviour &behaviour) { m_queue.enqueue(behaviour); }
    // Non-empty: requests must carry it (x-api-key or Bearer), else 401.
    void setExpectedApiKey(const QByteArray &key) { m_expectedKey = key; }

    // Lets streams held by holdAfterDeltas continue, and ones that reach their hold later pass.
    void release();

    QList<FakeLlmRequest> requests() const { return m_requests; }
    FakeLlmRequest lastRequest() const { return m_requests.value(m_requests.size() - 1); }
    void clearRequests() { m_requests.clear(); }
    QJsonArray requestsJson() const;

    int completedResponses() const { return m_completed; }
    int heldStreams() const { return m_held; }
    int openConnections() const { return m_open; }
    // /v1 responses begun and not yet ended, now and at most at once since resetPeakInFlight().
    int inFlight() const { return m_inFlight; }
    int peakInFlight() const { return m_peakInFlight; }
    void resetPeakInFlight() { m_peakInFlight = m_inFlight; }
    int closedConnections() const { return m_closed; }

Q_SIGNALS:
    void requestReceived(const blufio::test::FakeLlmRequest &request);
    void streamHeld();
    void responseCompleted();
    void connectionClosed();

private:
    void onNewConnection();
    FakeLlmScript handle(const FakeLlmRequest &request);
    FakeLlmScript respond(const FakeLlmRequest &request);
    FakeLlmScript control(const FakeLlmRequest &request);
    bool authorized(const FakeLlmRequest &request) const;

    QTcpServer m_server;
    FakeLlmBehaviour m_behaviour;
    QQueue<FakeLlmBehaviour> m_queue;
    QByteArray m_expectedKey;
    QList<FakeLlmRequest> m_requests;
    QList<FakeLlmConnection *> m_connections;
    quint64 m_generation = 0;
    quint64 m_releasedGeneration = 0;
    bool m_anyReleased = false;
    int m_sequence = 0;
    int m_completed = 0;
    int m_held = 0;
    int m_open = 0;
    int m_closed = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
};

} // namespace blufio::test
