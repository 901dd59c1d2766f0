#pragma once

#include "FakeLlmRequest.h"
#include "FakeLlmScript.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace blufio::test {

// One client connection of the fake: parses HTTP/1.1 requests (Content-Length bodies, keep-alive)
// and plays the script the handler returns for each, with its delays and holds.
class FakeLlmConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeLlmScript(const FakeLlmRequest &)>;
    // Whether a hold placed in a script started at generation g is released.
    using ReleaseCheck = std::function<bool(quint64 generation)>;

    FakeLlmConnection(QTcpSocket *socket, Handler handler, ReleaseCheck released,
                      std::function<quint64()> generation, QObject *parent);

    // The server calls this after release() so held scripts continue.
    void resume();

Q_SIGNALS:
    void held();
    // A /v1 response began, and ended (completed, cut or its connection gone): what is in flight.
    void apiCallStarted();
    void apiCallEnded();
    void responseCompleted();
    void closed();

private:
    void onReadyRead();
    void parse();
    void play(FakeLlmScript script);
    void nextStep();
    void writeBody(const QByteArray &bytes);
    void endResponse();
    void sendSimple(int status, const QByteArray &reason);
    void finish();
    void endApiCall();

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    ReleaseCheck m_released;
    std::function<quint64()> m_generation;
    QByteArray m_buffer;
    FakeLlmScript m_script;
    qsizetype m_step = 0;
    quint64 m_scriptGeneration = 0;
    bool m_responding = false;
    bool m_waitingForRelease = false;
    bool m_closeAfter = false;
    bool m_finished = false;
    bool m_inApiCall = false;
};

} // namespace blufio::test
