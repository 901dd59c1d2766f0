#pragma once

#include "daemon/http/Router.h"

#include <QCoreApplication>

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
    Storage &m_storage;
    const Agent &m_agent;
};

} // namespace blufio
