#include "FakeLlmConnection.h"

#include "FakeLlmResponder.h"

#include <QTimer>

namespace blufio::test {

namespace {
constexpr qsizetype maxHead = 64 * 1024;
constexpr qsizetype maxBody = 16 * 1024 * 1024;
} // namespace

FakeLlmConnection::FakeLlmConnection(QTcpSocket *socket, Handler handler, ReleaseCheck released,
                                     std::function<quint64()> generation, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(std::move(handler)), m_released(std::move(released)),
      m_generation(std::move(generation))
{
    socket->setParent(this);
    // Each event of a stream is its own small write; with Nagle on, every one after the first waits
    // for the client's delayed ACK (~40 ms), and "instant" becomes 44 ms per request.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &FakeLlmConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &FakeLlmConnection::finish);
}

void FakeLlmConnection::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    if (!m_responding)
        parse();
}

void FakeLlmConnection::parse()
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > maxHead)
            sendSimple(431, "Request Header Fields Too Large");
        return;
    }
    FakeLlmRequest request;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        sendSimple(400, "Bad Request");
        return;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.path = request.target.left(request.target.indexOf('?') < 0 ? request.target.size()
                                                                       : request.target.indexOf('?'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headerList.append({name, value});
        request.headers.insert(name.toLower(), value);
    }
    if (request.headers.contains("transfer-encoding")) {
        sendSimple(411, "Length Required");
        return;
    }
    bool ok = true;
    const qint64 length = request.headers.value("content-length", "0").toLongLong(&ok);
    if (!ok || length < 0 || length > maxBody) {
        sendSimple(413, "Content Too Large");
        return;
    }
    if (m_buffer.size() < headEnd + 4 + length)
        return;
    request.body = m_buffer.mid(headEnd + 4, length);
    m_buffer.remove(0, headEnd + 4 + length);
    m_closeAfter = request.header("connection").toLower() == "close";
    play(m_handler(request));
}

void FakeLlmConnection::sendSimple(int status, const QByteArray &reason)
{
    m_responding = true;
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    m_socket->disconnectFromHost();
}

void FakeLlmConnection::play(FakeLlmScript script)
{
    m_responding = true;
    m_script = std::move(script);
    m_step = 0;
    m_scriptGeneration = m_generation();
    if (m_script.isApiCall) {
        m_inApiCall = true;
        Q_EMIT apiCallStarted();
    }
    if (!m_script.sendHead) {
        if (m_script.end == FakeLlmScript::End::Hang)
            return;
    } else {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_script.status) + ' ' + m_script.reason + "\r\n";
        head += "Date: " + FakeLlmResponder::httpDate() + "\r\n";
        for (const auto &[name, value] : std::as_const(m_script.headers))
            head += name + ": " + value + "\r\n";
        if (!m_script.streamed) {
            qsizetype length = 0;
            for (const auto &step : std::as_const(m_script.steps))
                length += step.bytes.size();
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        } else if (m_script.closeDelimited) {
            m_closeAfter = true;
        } else {
            head += "Transfer-Encoding: chunked\r\n";
        }
        if (m_closeAfter)
            head += "Connection: close\r\n";
        head += "\r\n";
        m_socket->write(head);
    }
    nextStep();
}

void FakeLlmConnection::resume()
{
    if (!m_waitingForRelease)
        return;
    m_waitingForRelease = false;
    nextStep();
}

void FakeLlmConnection::nextStep()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_step >= m_script.steps.size()) {
        endResponse();
        return;
    }
    FakeLlmScript::Step &step = m_script.steps[m_step];
    if (step.holdBefore && !m_released(m_scriptGeneration)) {
        m_waitingForRelease = true;
        step.holdBefore = false; // resume() continues with this step
        Q_EMIT held();
        return;
    }
    if (step.delayMs > 0) {
        const int delay = step.delayMs;
        step.delayMs = 0;
        QTimer::singleShot(delay, this, &FakeLlmConnection::nextStep);
        return;
    }
    writeBody(step.bytes);
    m_socket->flush();
    ++m_step;
    // Through the event loop, so each step is its own write the client can read in between.
    QTimer::singleShot(0, this, &FakeLlmConnection::nextStep);
}

void FakeLlmConnection::writeBody(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_script.streamed && !m_script.closeDelimited)
        m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    else
        m_socket->write(bytes);
}

void FakeLlmConnection::endResponse()
{
    switch (m_script.end) {
    case FakeLlmScript::End::Hang:
        return;
    case FakeLlmScript::End::Cut:
        m_socket->flush();
        m_socket->abort();
        finish();
        return;
    case FakeLlmScript::End::Complete:
        break;
    }
    if (m_script.streamed && !m_script.closeDelimited)
        m_socket->write("0\r\n\r\n");
    endApiCall();
    if (m_script.isApiCall)
        Q_EMIT responseCompleted();
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    m_responding = false;
    if (!m_buffer.isEmpty())
        parse();
}

} // namespace blufio::test

namespace blufio::test {

void FakeLlmConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    endApiCall();
    Q_EMIT closed();
    deleteLater();
}

void FakeLlmConnection::endApiCall()
{
    if (!m_inApiCall)
        return;
    m_inApiCall = false;
    Q_EMIT apiCallEnded();
}

} // namespace blufio::test
