#include "FakeLlmServer.h"

#include "FakeLlmConnection.h"
#include "FakeLlmResponder.h"

#include <QTcpSocket>

namespace blufio::test {

namespace {
// Enough for any test; a long benchmark run must not grow without bound.
constexpr qsizetype maxRecorded = 1000;
} // namespace

FakeLlmServer::FakeLlmServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeLlmServer::onNewConnection);
}

FakeLlmServer::~FakeLlmServer()
{
    for (FakeLlmConnection *connection : std::as_const(m_connections))
        connection->disconnect(this);
}

bool FakeLlmServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

QString FakeLlmServer::anthropicBaseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QString FakeLlmServer::openAiBaseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(port());
}

void FakeLlmServer::release()
{
    // A release counts for every script started so far: one that has not reached its hold yet
    // passes it, which keeps a test that releases "early" free of races.
    m_releasedGeneration = m_generation;
    m_anyReleased = true;
    ++m_generation;
    const QList<FakeLlmConnection *> connections = m_connections;
    for (FakeLlmConnection *connection : connections)
        connection->resume();
}

void FakeLlmServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new FakeLlmConnection(
            socket, [this](const FakeLlmRequest &request) { return handle(request); },
            [this](quint64 generation) { return m_anyReleased && generation <= m_releasedGeneration; },
            [this] { return m_generation; }, this);
        m_connections.append(connection);
        ++m_open;
        connect(connection, &FakeLlmConnection::held, this, [this] {
            ++m_held;
            Q_EMIT streamHeld();
        });
        connect(connection, &FakeLlmConnection::apiCallStarted, this,
                [this] { m_peakInFlight = qMax(m_peakInFlight, ++m_inFlight); });
        connect(connection, &FakeLlmConnection::apiCallEnded, this, [this] { --m_inFlight; });
        connect(connection, &FakeLlmConnection::responseCompleted, this, [this] {
            ++m_completed;
            Q_EMIT responseCompleted();
        });
        connect(connection, &FakeLlmConnection::closed, this, [this, connection] {
            m_connections.removeOne(connection);
            --m_open;
            ++m_closed;
            Q_EMIT connectionClosed();
        });
    }
}

bool FakeLlmServer::authorized(const FakeLlmRequest &request) const
{
    if (m_expectedKey.isEmpty())
        return true;
    return request.header("x-api-key") == m_expectedKey
        || request.header("authorization") == QByteArrayLiteral("Bearer ") + m_expectedKey;
}

FakeLlmScript FakeLlmServer::handle(const FakeLlmRequest &request)
{
    if (request.path == "/_control")
        return control(request);
    if (request.path == "/_requests") {
        if (request.method == "DELETE") {
            clearRequests();
            return FakeLlmResponder::json(200, {{QStringLiteral("ok"), true}});
        }
        return FakeLlmResponder::json(200, {{QStringLiteral("requests"), requestsJson()}});
    }

    const bool isMessages = request.path == "/v1/messages";
    const bool isChat = request.path == "/v1/chat/completions";
    const bool isModels = request.path == "/v1/models";
    if (!isMessages && !isChat && !isModels) {
        return FakeLlmResponder::json(
            404,
            {{QStringLiteral("error"),
              QJsonObject {{QStringLiteral("type"), QStringLiteral("not_found_error")},
                           {QStringLiteral("message"), QStringLiteral("Not found")}}}});
    }
    const QByteArray expectedMethod = isModels ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
    if (request.method != expectedMethod)
        return FakeLlmResponder::json(405, {{QStringLiteral("error"), QStringLiteral("method not allowed")}});

    if (m_requests.size() >= maxRecorded)
        m_requests.removeFirst();
    m_requests.append(request);
    Q_EMIT requestReceived(request);

    FakeLlmScript script = respond(request);
    script.isApiCall = true;
    return script;
}

FakeLlmScript FakeLlmServer::respond(const FakeLlmRequest &request)
{
    using Api = FakeLlmResponder::Api;
    const bool isChat = request.path == "/v1/chat/completions";
    const bool isModels = request.path == "/v1/models";
    const FakeLlmBehaviour behaviour = (m_queue.isEmpty() ? m_behaviour : m_queue.dequeue())
                                           .forSystemPrompt(FakeLlmBehaviour::systemPromptOf(request.json()));
    const Api api = isChat || (isModels && request.header("authorization").startsWith("Bearer "))
        ? Api::OpenAi
        : Api::Anthropic;
    if (!authorized(request)) {
        FakeLlmBehaviour unauthorized = behaviour;
        unauthorized.mode = FakeLlmBehaviour::Mode::Unauthorized;
        return isModels ? FakeLlmResponder::models(api, unauthorized)
                        : FakeLlmResponder::messages(api, request, unauthorized, ++m_sequence);
    }
    if (isModels)
        return FakeLlmResponder::models(api, behaviour);
    return FakeLlmResponder::messages(api, request, behaviour, ++m_sequence);
}

FakeLlmScript FakeLlmServer::control(const FakeLlmRequest &request)
{
    if (request.method == "POST") {
        const QJsonObject json = request.json();
        QString error;
        const bool once = json.value(QLatin1String("once")).toBool();
        FakeLlmBehaviour changed = m_behaviour;
        if (!changed.apply(json, &error))
            return FakeLlmResponder::json(400, {{QStringLiteral("error"), error}});
        if (once)
            enqueue(changed);
        else
            m_behaviour = changed;
        if (json.value(QLatin1String("api_key")).isString())
            m_expectedKey = json.value(QLatin1String("api_key")).toString().toUtf8();
        if (json.value(QLatin1String("release")).toBool())
            release();
        if (json.value(QLatin1String("reset_peak")).toBool())
            resetPeakInFlight();
    }
    return FakeLlmResponder::json(200,
                                  {{QStringLiteral("behaviour"), m_behaviour.toJson()},
                                   {QStringLiteral("queued"), int(m_queue.size())},
                                   {QStringLiteral("completed"), m_completed},
                                   {QStringLiteral("held"), m_held},
                                   {QStringLiteral("open_connections"), m_open},
                                   {QStringLiteral("in_flight"), m_inFlight},
                                   {QStringLiteral("peak_in_flight"), m_peakInFlight}});
}

QJsonArray FakeLlmServer::requestsJson() const
{
    QJsonArray out;
    for (const FakeLlmRequest &request : m_requests) {
        QJsonObject headers;
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
            headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
        const QJsonDocument body = QJsonDocument::fromJson(request.body);
        out.append(QJsonObject {
            {QStringLiteral("method"), QString::fromLatin1(request.method)},
            {QStringLiteral("path"), QString::fromLatin1(request.target)},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"),
             body.isObject() ? QJsonValue(body.object()) : QJsonValue(QString::fromUtf8(request.body))},
        });
    }
    return out;
}

} // namespace blufio::test
