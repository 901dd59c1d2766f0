#include "SessionsController.h"

#include "ErrorTable.h"

#include "common/net/SessionList.h"
#include "common/net/SessionTranscript.h"
#include "common/storage/Storage.h"
#include "daemon/agent/Agent.h"

#include <QUrlQuery>

#include <limits>

namespace blufio {

namespace {
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
    return HttpResponse::error(
        400, "invalid_request",
        SessionsController::tr("\"limit\" must be a whole number from 1 to %1").arg(kMaxPage));
}

HttpResponse storageFailure(const Error &error)
{
    const auto kind
        = error.code == ErrorCode::NotFound ? AgentError::Kind::SessionNotFound : AgentError::Kind::Storage;
    return ErrorTable::response(AgentError(kind, error.message));
}
} // namespace

SessionsController::SessionsController(Storage &storage, const Agent &agent)
    : m_storage(storage), m_agent(agent)
{ }

HttpResponse SessionsController::list(const HttpRequest &request)
{
    const QUrlQuery query = queryOf(request);
    const std::optional<int> limit = pageLimit(query);
    if (!limit)
        return badLimit();
    std::optional<SessionCursor> cursor;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        cursor = SessionCursor::decode(query.queryItemValue(QStringLiteral("cursor")).toLatin1());
        if (!cursor)
            return HttpResponse::error(400, "invalid_cursor",
                                       tr("\"cursor\" is not a cursor this server gave out"));
    }
    const Caller &caller = request.caller;
    const Result<SessionPage> page = caller.ownSessionsOnly()
        ? m_storage.listSessionsOf(caller.keyName, *limit, cursor)
        : m_storage.listSessions(*limit, cursor);
    if (!page)
        return storageFailure(page.error());
    SessionList list;
    list.sessions.reserve(page->sessions.size());
    for (const SessionInfo &s : page->sessions)
        list.sessions.append(SessionSummary::fromStorage(s));
    if (page->next)
        list.nextCursor = QString::fromLatin1(page->next->encode());
    return HttpResponse::json(200, list.toJson());
}

std::optional<HttpResponse> SessionsController::hiddenFrom(const Caller &caller, const QString &id)
{
    if (!caller.ownSessionsOnly())
        return std::nullopt;
    const Result<bool> owned = m_storage.sessionOwnedBy(id, caller.keyName);
    if (!owned)
        return storageFailure(owned.error());
    // Another key's session does not exist for this one: the same 404 as an unknown id.
    if (!*owned)
        return ErrorTable::response(
            AgentError(AgentError::Kind::SessionNotFound, // The storage's own words for an unknown id, so the
                                                          // two 404s cannot be told apart.
                       QCoreApplication::translate("SqliteStorage", "Session %1 does not exist.").arg(id)));
    return std::nullopt;
}

HttpResponse SessionsController::get(const HttpRequest &request)
{
    const QUrlQuery query = queryOf(request);
    const QString id = request.params.value(QStringLiteral("id"));
    const bool paged = query.hasQueryItem(QStringLiteral("limit"));
    std::optional<qint64> before;
    if (query.hasQueryItem(QStringLiteral("before"))) {
        bool ok = false;
        before = query.queryItemValue(QStringLiteral("before")).toLongLong(&ok);
        if (!ok || *before < 1)
            return HttpResponse::error(400, "invalid_request", tr("\"before\" must be a message id"));
    }
    const std::optional<int> limit = paged ? pageLimit(query) : std::optional<int>(kWholeHistory);
    if (!limit)
        return badLimit();
    if (std::optional<HttpResponse> hidden = hiddenFrom(request.caller, id))
        return *hidden;
    const Result<SessionDetail> detail = m_storage.sessionPage(id, *limit, before);
    if (!detail)
        return storageFailure(detail.error());
    SessionTranscript transcript = SessionTranscript::fromStorage(*detail);
    if (paged || before)
        transcript.hasMore = detail->hasMore;
    return HttpResponse::json(200, transcript.toJson());
}

HttpResponse SessionsController::remove(const HttpRequest &request)
{
    const QString id = request.params.value(QStringLiteral("id"));
    if (std::optional<HttpResponse> hidden = hiddenFrom(request.caller, id))
        return *hidden;
    if (m_agent.isSessionBusy(id)) {
        return HttpResponse::error(
            409, "session_busy", tr("session %1 has a reply in progress; delete it when it is done").arg(id));
    }
    const Result<void> deleted = m_storage.deleteSession(id);
    if (!deleted)
        return storageFailure(deleted.error());
    HttpResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

} // namespace blufio
