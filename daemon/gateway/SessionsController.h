#pragma once

#include "daemon/http/Router.h"

#include <QCoreApplication>

#include <optional>

namespace blufio {

class Agent;
class Storage;

// GET /v1/sessions, GET /v1/sessions/{id}, DELETE /v1/sessions/{id}.
class SessionsController
{
    Q_DECLARE_TR_FUNCTIONS(SessionsController)

public:
    SessionsController(Storage &storage, const Agent &agent);

    HttpResponse list(const HttpRequest &request);
    HttpResponse get(const HttpRequest &request);
    HttpResponse remove(const HttpRequest &request);

private:
    // 404 when the caller may only see its own sessions and this is not one of them.
    std::optional<HttpResponse> hiddenFrom(const Caller &caller, const QString &id);

    Storage &m_storage;
    const Agent &m_agent;
};

} // namespace blufio
