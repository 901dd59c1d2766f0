#include "GatewayRoutes.h"

#include "JsonBody.h"

#include "common/storage/Storage.h"
#include "daemon/agent/Agent.h"
#include "daemon/core/HealthService.h"
#include "daemon/http/Router.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

#include <limits>

namespace blufio {

namespace {
QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray sseEvent(const char *event, const QJsonObject &data)
{
    return QByteArray("event: ") + event + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

// The query of the target as sent (the framer admits only targets QUrl would not rewrite).
QUrlQuery queryOf(const HttpRequest &request)
{
    const qsizetype mark = request.pathAndQuery.indexOf('?');
    return mark < 0 ? QUrlQuery() : QUrlQuery(QString::fromUtf8(request.pathAndQuery.mid(mark + 1)));
}

constexpr int kDefaultPage = 50;
constexpr int kMaxPage = 500;
constexpr int kWholeHistory = std::numeric_limits<int>::max() - 1; // no limit given: as before [8]

// limit=N of the paginated routes: default 50, 1..500.
std::optional<int> pageLimit(const QUrlQuery &query)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return kDefaultPage;
    bool ok = false;
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxPage)
        return std::nullopt;
    return limit;
}

HttpResponse badLimit()
{
    return HttpResponse::error(400, "invalid_request",
                               GatewayRoutes::tr("\"limit\" must be a whole number from 1 to %1").arg(kMaxPage));
}

HttpResponse storageFailure(const Error &error)
{
    if (error.code == ErrorCode::NotFound)
        return HttpResponse::error(404, "session_not_found", error.message);
    return HttpResponse::error(500, "storage_error", error.message);
}

struct ParsedMessage
{
    QString content;
    QString sessionId;
};

std::variant<ParsedMessage, HttpResponse> parseMessage(const QByteArray &body)
{
    auto parsed = JsonBody::parse(body);
    if (const auto *error = std::get_if<JsonBodyError>(&parsed))
        return HttpResponse::error(400, "invalid_json", error->message);
    const QJsonDocument doc = std::get<QJsonDocument>(std::move(parsed));
    if (!doc.isObject())
        return HttpResponse::error(400, "invalid_request", GatewayRoutes::tr("the body must be a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue content = o.value(QStringLiteral("content"));
    if (!content.isString() || content.toString().trimmed().isEmpty())
        return HttpResponse::error(400, "invalid_request", GatewayRoutes::tr("\"content\" must be a non-empty string"));
    const QJsonValue session = o.value(QStringLiteral("session_id"));
    if (!session.isUndefined() && !session.isNull() && !session.isString())
        return HttpResponse::error(400, "invalid_request", GatewayRoutes::tr("\"session_id\" must be a string"));
    return ParsedMessage{content.toString(), session.toString()};
}

// Streams one turn as server-sent events over a chunked reply.
void streamTurn(AgentTurn *turn, DeferredReply *reply, int timeoutMs)
{
    reply->beginStream(200, "text/event-stream; charset=utf-8", {{"X-Accel-Buffering", "no"}});
    QJsonObject start;
    start.insert(QStringLiteral("session_id"), turn->sessionId());
    reply->writeChunk(sseEvent("message_start", start));
    QObject::connect(turn, &AgentTurn::textDelta, reply, [reply](const QString &text) {
        QJsonObject delta;
        delta.insert(QStringLiteral("text"), text);
        reply->writeChunk(sseEvent("text_delta", delta));
    });
    QObject::connect(turn, &AgentTurn::completed, reply, [reply](const AgentReply &r) {
        reply->writeChunk(sseEvent("message_stop", r.toJson()));
        reply->endStream();
    });
    QObject::connect(turn, &AgentTurn::failed, reply, [reply](const AgentError &e) {
        QJsonObject error;
        error.insert(QStringLiteral("code"), QString::fromLatin1(e.code));
        error.insert(QStringLiteral("message"), e.message);
        reply->writeChunk(sseEvent("error", error));
        reply->endStream();
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, turn = QPointer<AgentTurn>(turn)] {
        if (turn)
            turn->abandon(); // the reply is still stored when it comes
        QJsonObject error;
        error.insert(QStringLiteral("code"), QStringLiteral("timeout"));
        error.insert(QStringLiteral("message"), GatewayRoutes::tr("no complete reply within gateway.request_timeout_secs; it will be stored in the session when it arrives"));
        reply->writeChunk(sseEvent("error", error));
        reply->endStream();
    });
    timer->start(timeoutMs);
}

void answerTurn(AgentTurn *turn, DeferredReply *reply, int timeoutMs)
{
    QObject::connect(turn, &AgentTurn::completed, reply,
                     [reply](const AgentReply &r) { reply->finish(HttpResponse::json(200, r.toJson())); });
    QObject::connect(turn, &AgentTurn::failed, reply,
                     [reply](const AgentError &e) { reply->finish(GatewayRoutes::errorResponse(e)); });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, turn = QPointer<AgentTurn>(turn)] {
        if (turn)
            turn->abandon();
        HttpResponse timeout = HttpResponse::error(
            504, "timeout",
            GatewayRoutes::tr("no reply within gateway.request_timeout_secs; it will be stored in the session when it arrives"));
        if (turn) {
            QJsonObject body = QJsonDocument::fromJson(timeout.body).object();
            QJsonObject error = body.value(QStringLiteral("error")).toObject();
            error.insert(QStringLiteral("session_id"), turn->sessionId());
            body.insert(QStringLiteral("error"), error);
            timeout.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        reply->finish(timeout);
    });
    timer->start(timeoutMs);
}
} // namespace

HttpResponse GatewayRoutes::errorResponse(const AgentError &error)
{
    HttpResponse response = HttpResponse::error(error.httpStatus == 499 ? 503 : error.httpStatus, error.code, error.message);
    if (!error.extra.isEmpty()) {
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QJsonObject inner = body.value(QStringLiteral("error")).toObject();
        for (auto it = error.extra.begin(); it != error.extra.end(); ++it)
            inner.insert(it.key(), it.value());
        body.insert(QStringLiteral("error"), inner);
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    if (error.retryAfterSecs > 0)
        response.withHeader("Retry-After", QByteArray::number(error.retryAfterSecs));
    return response;
}

void GatewayRoutes::registerRoutes(Router &router, const Deps &deps)
{
    router.add("POST", QStringLiteral("/v1/messages"), [deps](const HttpRequest &request, const auto &defer) {
        auto parsed = parseMessage(request.body);
        if (auto *error = std::get_if<HttpResponse>(&parsed))
            return RouteResult::now(*error);
        const ParsedMessage &message = std::get<ParsedMessage>(parsed);
        auto submitted = deps.agent->submit(message.content, message.sessionId, QStringLiteral("http"));
        if (auto *error = std::get_if<AgentError>(&submitted))
            return RouteResult::now(errorResponse(*error));
        AgentTurn *turn = std::get<AgentTurn *>(submitted);
        DeferredReply *reply = defer();
        // The client left: stop the upstream call (QHttpServer 6.4 would crash on a late write;
        // DeferredReply drops it).
        QObject::connect(reply, &DeferredReply::clientGone, turn, &AgentTurn::detach);
        if (request.header("accept").contains("text/event-stream"))
            streamTurn(turn, reply, deps.requestTimeoutMs);
        else
            answerTurn(turn, reply, deps.requestTimeoutMs);
        return RouteResult::later();
    });

    router.add("GET", QStringLiteral("/v1/sessions"), [deps](const HttpRequest &request, const auto &) {
        const QUrlQuery query = queryOf(request);
        const std::optional<int> limit = pageLimit(query);
        if (!limit)
            return RouteResult::now(badLimit());
        std::optional<SessionCursor> cursor;
        if (query.hasQueryItem(QStringLiteral("cursor"))) {
            cursor = SessionCursor::decode(query.queryItemValue(QStringLiteral("cursor")).toLatin1());
            if (!cursor)
                return RouteResult::now(HttpResponse::error(400, "invalid_cursor",
                                                            GatewayRoutes::tr("\"cursor\" is not a cursor this server gave out")));
        }
        const Result<SessionPage> page = deps.storage->listSessions(*limit, cursor);
        if (!page)
            return RouteResult::now(storageFailure(page.error()));
        QJsonArray list;
        for (const SessionInfo &s : page->sessions) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), s.id);
            o.insert(QStringLiteral("created_at"), iso(s.createdAtMs));
            o.insert(QStringLiteral("updated_at"), iso(s.updatedAtMs));
            o.insert(QStringLiteral("message_count"), s.messageCount);
            list.append(o);
        }
        QJsonObject body;
        body.insert(QStringLiteral("sessions"), list);
        body.insert(QStringLiteral("next_cursor"),
                    page->next ? QJsonValue(QString::fromLatin1(page->next->encode())) : QJsonValue(QJsonValue::Null));
        return RouteResult::now(HttpResponse::json(200, body));
    });

    router.add("GET", QStringLiteral("/v1/sessions/{id}"), [deps](const HttpRequest &request, const auto &) {
        const QUrlQuery query = queryOf(request);
        const QString id = request.params.value(QStringLiteral("id"));
        const bool paged = query.hasQueryItem(QStringLiteral("limit"));
        std::optional<qint64> before;
        if (query.hasQueryItem(QStringLiteral("before"))) {
            bool ok = false;
            before = query.queryItemValue(QStringLiteral("before")).toLongLong(&ok);
            if (!ok || *before < 1)
                return RouteResult::now(HttpResponse::error(400, "invalid_request", GatewayRoutes::tr("\"before\" must be a message id")));
        }
        const std::optional<int> limit = paged ? pageLimit(query) : std::optional<int>(kWholeHistory);
        if (!limit)
            return RouteResult::now(badLimit());
        const Result<SessionDetail> detail = deps.storage->sessionPage(id, *limit, before);
        if (!detail)
            return RouteResult::now(storageFailure(detail.error()));
        QJsonArray messages;
        for (const StoredMessage &m : detail->messages) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), QString::number(m.id));
            o.insert(QStringLiteral("role"), messageRoleName(m.role));
            o.insert(QStringLiteral("content"), m.content);
            o.insert(QStringLiteral("created_at"), iso(m.createdAtMs));
            messages.append(o);
        }
        QJsonObject body;
        body.insert(QStringLiteral("id"), detail->info.id);
        body.insert(QStringLiteral("created_at"), iso(detail->info.createdAtMs));
        body.insert(QStringLiteral("updated_at"), iso(detail->info.updatedAtMs));
        body.insert(QStringLiteral("message_count"), detail->info.messageCount);
        body.insert(QStringLiteral("messages"), messages);
        if (paged || before)
            body.insert(QStringLiteral("has_more"), detail->hasMore);
        return RouteResult::now(HttpResponse::json(200, body));
    });

    router.add("DELETE", QStringLiteral("/v1/sessions/{id}"), [deps](const HttpRequest &request, const auto &) {
        const QString id = request.params.value(QStringLiteral("id"));
        if (deps.agent->isSessionBusy(id)) {
            return RouteResult::now(HttpResponse::error(409, "session_busy", tr("session %1 has a reply in progress; delete it when it is done").arg(id)));
        }
        const Result<void> deleted = deps.storage->deleteSession(id);
        if (!deleted)
            return RouteResult::now(storageFailure(deleted.error()));
        HttpResponse response;
        response.status = 204;
        response.contentType.clear();
        return RouteResult::now(response);
    });

    router.add("GET", QStringLiteral("/v1/health"), [deps](const HttpRequest &, const auto &) {
        const HealthSnapshot health = deps.health->snapshot(HealthSnapshot::View::Detailed);
        const bool unhealthy = health.status == HealthService::Status::Unhealthy;
        return RouteResult::now(HttpResponse::json(unhealthy ? 503 : 200, health.toJson()));
    });

    // Reached only without an Upgrade header: authenticated upgrades go to the WebSocket server.
    router.add("GET", QStringLiteral("/ws"), [](const HttpRequest &, const auto &) {
        return RouteResult::now(HttpResponse::error(426, "upgrade_required", tr("/ws speaks WebSocket only"))
                                    .withHeader("Upgrade", "websocket"));
    });
}

} // namespace blufio
