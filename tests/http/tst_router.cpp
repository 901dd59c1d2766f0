// Router on its own (templates, precedence, what a path that matches nothing looks like), then the
// same routes behind the real front door in this process (HttpListener with its ConnectionGuard,
// HttpServer, Metrics) on a loopback socket: 405 with Allow, HEAD as GET, 404, and the route
// template as the metrics label.
#include "daemon/http/HttpListener.h"
#include "daemon/http/HttpServer.h"
#include "daemon/http/Router.h"
#include "metrics/Metrics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace blufio;

namespace {

// How a route names itself in its replies, e.g. "GET /v1/sessions/{id}".
QString routeName(const QByteArray &method, const QString &pattern)
{
    return QString::fromLatin1(method) + u' ' + pattern;
}

// Each handler answers with the template it was registered under and the parameters it saw, so a
// test can tell which route served a request.
RouteHandler answering(const QByteArray &method, const QString &pattern)
{
    return [method, pattern](const HttpRequest &request, const std::function<DeferredReply *()> &) {
        QJsonObject params;
        for (auto it = request.params.cbegin(); it != request.params.cend(); ++it)
            params.insert(it.key(), it.value());
        QJsonObject body;
        body.insert(QStringLiteral("route"), routeName(method, pattern));
        body.insert(QStringLiteral("params"), params);
        return RouteResult::now(HttpResponse::json(200, body));
    };
}

// The routes blufiod registers (GatewayRoutes::registerGateway and registerPublic).
void addDaemonRoutes(Router &router)
{
    const QList<std::pair<QByteArray, QString>> routes = {
        {"POST", QStringLiteral("/v1/messages")},     {"GET", QStringLiteral("/v1/sessions")},
        {"GET", QStringLiteral("/v1/sessions/{id}")}, {"DELETE", QStringLiteral("/v1/sessions/{id}")},
        {"GET", QStringLiteral("/v1/health")},        {"GET", QStringLiteral("/ws")},
        {"GET", QStringLiteral("/health")},           {"GET", QStringLiteral("/metrics")},
    };
    for (const auto &[method, pattern] : routes)
        router.add(method, pattern, answering(method, pattern));
}

QString joined(const QHash<QString, QString> &params)
{
    QStringList parts;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    parts.sort();
    return parts.join(u'&');
}

// What a served route handler said about itself (see answering()).
QString servedBy(const Router::Match &match)
{
    if (!match.route)
        return {};
    HttpRequest request;
    request.params = match.params;
    const RouteResult result = match.route->handler(request, [] { return nullptr; });
    return QJsonDocument::fromJson(result.response->body).object().value(QStringLiteral("route")).toString();
}

struct RawReply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-case, in the order sent
    QByteArray body; // everything after the head
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first == name)
                return h.second;
        }
        return {};
    }
    int count(QByteArrayView name) const
    {
        return int(std::count_if(headers.cbegin(), headers.cend(),
                                 [name](const auto &h) { return h.first == name; }));
    }
};

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<HttpServer> m_server;
    HttpListener *m_listener = nullptr; // owned by m_server

    // One request with Connection: close on a fresh connection, read until the server closes it.
    // The server lives on this thread, so the wait spins the event loop instead of blocking.
    RawReply exchange(const QByteArray &method, const QByteArray &target, const QByteArray &extraHeaders = {})
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
        socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n" + extraHeaders
                     + "\r\n");
        QByteArray received;
        QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000))
            qWarning("no close from the server after %s %s", method.constData(), target.constData());
        received += socket.readAll();
        RawReply reply;
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return reply;
        const QList<QByteArray> lines = received.first(headEnd).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        reply.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            reply.headers.append(
                {lines.at(i).first(colon).toLower(), lines.at(i).sliced(colon + 1).trimmed()});
        }
        reply.body = received.sliced(headEnd + 4);
        return reply;
    }

    // blufio_http_requests_total for one route label and code, -1 when the series does not exist.
    double requestsCounted(const QString &route, int code) const
    {
        const QByteArray text = m_metrics->render();
        const QByteArray series = "blufio_http_requests_total{code=\"" + QByteArray::number(code)
            + "\",route=\"" + route.toUtf8() + "\"} ";
        const qsizetype at = text.indexOf(series);
        if (at < 0)
            return -1;
        const qsizetype end = text.indexOf('\n', at);
        return text.mid(at + series.size(), end - at - series.size()).toDouble();
    }

private slots:
    // Every status a blufiod reply can carry has its own reason phrase (409 and 426 went out as "Status").
    void everyStatusHasItsReasonPhrase()
    {
        for (int status : {200, 201, 204, 400, 401, 402, 403, 404, 405, 408,
                           409, 413, 415, 426, 429, 431, 500, 502, 503, 504})
            QVERIFY2(HttpResponse::reasonPhrase(status) != "Status", qPrintable(QString::number(status)));
        QCOMPARE(HttpResponse::reasonPhrase(409), QByteArray("Conflict"));
        QCOMPARE(HttpResponse::reasonPhrase(426), QByteArray("Upgrade Required"));
    }

    void initTestCase()
    {
        m_metrics = std::make_unique<Metrics>(QStringLiteral("test"));
        m_server = std::make_unique<HttpServer>(m_metrics.get());
        addDaemonRoutes(m_server->router());
        // No upgrade is approved: these tests are about routing.
        m_listener = new HttpListener(
            HttpLimits {},
            [](const RequestFramer::Head &, const QHostAddress &, Caller &) {
                return std::optional(
                    HttpResponse::error(401, "unauthorized", QStringLiteral("no upgrades here")));
            },
            m_server.get());
        QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0));
        m_server->bind(m_listener);
    }

    void cleanupTestCase()
    {
        m_server.reset(); // deletes the listener and its sockets
        m_listener = nullptr;
        m_metrics.reset();
    }

    // --- Router::match on its own ------------------------------------------------------------

    void match_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pattern"); // empty: the path is unknown (404)
        QTest::addColumn<QString>("served"); // the route that handles it; empty: none (404 or 405)
        QTest::addColumn<QString>("params");
        QTest::addColumn<QByteArrayList>("allowed");
        const QString sessions = QStringLiteral("/v1/sessions");
        const QString session = QStringLiteral("/v1/sessions/{id}");
        const QByteArrayList none;

        QTest::newRow("exact") << QByteArray("GET") << sessions << sessions << routeName("GET", sessions)
                               << QString() << none;
        QTest::newRow("template") << QByteArray("GET") << QStringLiteral("/v1/sessions/abc") << session
                                  << routeName("GET", session) << QStringLiteral("id=abc") << none;
        QTest::newRow("template, second method")
            << QByteArray("DELETE") << QStringLiteral("/v1/sessions/abc") << session
            << routeName("DELETE", session) << QStringLiteral("id=abc") << none;
        QTest::newRow("uuid id") << QByteArray("GET")
                                 << QStringLiteral("/v1/sessions/0b6c3a52-3f0e-4b8e-9d43-5c1f2e0a9b71")
                                 << session << routeName("GET", session)
                                 << QStringLiteral("id=0b6c3a52-3f0e-4b8e-9d43-5c1f2e0a9b71") << none;
        // A known path with another method: no route, the template, and its methods in the order
        // they were registered (HttpServer adds HEAD for the Allow header).
        QTest::newRow("405 on template")
            << QByteArray("POST") << QStringLiteral("/v1/sessions/abc") << session << QString() << QString()
            << QByteArrayList {"GET", "DELETE"};
        QTest::newRow("405 on exact")
            << QByteArray("GET") << QStringLiteral("/v1/messages") << QStringLiteral("/v1/messages")
            << QString() << QString() << QByteArrayList {"POST"};
        QTest::newRow("HEAD is not GET here")
            << QByteArray("HEAD") << sessions << sessions << QString() << QString() << QByteArrayList {"GET"};
        QTest::newRow("methods are case-sensitive")
            << QByteArray("get") << sessions << sessions << QString() << QString() << QByteArrayList {"GET"};
        QTest::newRow("OPTIONS") << QByteArray("OPTIONS") << QStringLiteral("/v1/sessions/x") << session
                                 << QString() << QString() << QByteArrayList {"GET", "DELETE"};
        // Unknown paths.
        QTest::newRow("trailing slash on exact") << QByteArray("GET") << QStringLiteral("/v1/sessions/")
                                                 << QString() << QString() << QString() << none;
        QTest::newRow("trailing slash on template")
            << QByteArray("GET") << QStringLiteral("/v1/sessions/abc/") << QString() << QString() << QString()
            << none;
        QTest::newRow("trailing slash, public")
            << QByteArray("GET") << QStringLiteral("/health/") << QString() << QString() << QString() << none;
        QTest::newRow("empty segment for {id}") << QByteArray("DELETE") << QStringLiteral("/v1/sessions//")
                                                << QString() << QString() << QString() << none;
        QTest::newRow("empty inner segment") << QByteArray("GET") << QStringLiteral("/v1//sessions")
                                             << QString() << QString() << QString() << none;
        QTest::newRow("double leading slash") << QByteArray("GET") << QStringLiteral("//v1/sessions")
                                              << QString() << QString() << QString() << none;
        QTest::newRow("extra segment") << QByteArray("GET") << QStringLiteral("/v1/sessions/abc/messages")
                                       << QString() << QString() << QString() << none;
        QTest::newRow("prefix only") << QByteArray("GET") << QStringLiteral("/v1") << QString() << QString()
                                     << QString() << none;
        QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << QString() << QString()
                              << QString() << none;
        QTest::newRow("empty path") << QByteArray("GET") << QString() << QString() << QString() << QString()
                                    << none;
        QTest::newRow("no leading slash") << QByteArray("GET") << QStringLiteral("v1/sessions") << QString()
                                          << QString() << QString() << none;
        QTest::newRow("segments are case-sensitive") << QByteArray("GET") << QStringLiteral("/V1/Sessions")
                                                     << QString() << QString() << QString() << none;
        QTest::newRow("a query is not part of the path")
            << QByteArray("GET") << QStringLiteral("/v1/sessions?limit=1") << QString() << QString()
            << QString() << none;
        // The router matches the path it is given and decodes nothing (HttpServer hands it QUrl's
        // decoded path): escapes stay as they are, and any text is a segment value.
        QTest::newRow("escape kept") << QByteArray("GET") << QStringLiteral("/v1/sessions/a%2Fb") << session
                                     << routeName("GET", session) << QStringLiteral("id=a%2Fb") << none;
        QTest::newRow("space in segment")
            << QByteArray("GET") << QStringLiteral("/v1/sessions/a b") << session << routeName("GET", session)
            << QStringLiteral("id=a b") << none;
        QTest::newRow("non-ASCII segment")
            << QByteArray("GET") << QStringLiteral("/v1/sessions/\u00fc\u20ac") << session
            << routeName("GET", session) << QStringLiteral("id=\u00fc\u20ac") << none;
        QTest::newRow("template text as a value")
            << QByteArray("GET") << QStringLiteral("/v1/sessions/{id}") << session
            << routeName("GET", session) << QStringLiteral("id={id}") << none;
    }

    void match()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, pattern);
        QFETCH(QString, served);
        QFETCH(QString, params);
        QFETCH(QByteArrayList, allowed);
        Router router;
        addDaemonRoutes(router);
        const Router::Match m = router.match(method, path);
        QCOMPARE(m.pattern, pattern);
        QCOMPARE(servedBy(m), served);
        QCOMPARE(joined(m.params), params);
        if (m.route)
            QCOMPARE(m.route->pattern, pattern); // the metrics label is the template, not the path
        else // allowed is what a 405 says; with a route it is not used
            QCOMPARE(m.allowed, allowed);
    }

    // The first registered route that matches wins, exact or template: an exact route meant to
    // take precedence over a template goes first. blufiod registers no overlapping routes today;
    // this pins the rule for whoever adds one.
    void firstRegisteredWins_data()
    {
        QTest::addColumn<bool>("exactFirst");
        QTest::addColumn<QString>("servedForSearch");
        QTest::newRow("exact first") << true << QStringLiteral("GET /v1/sessions/search");
        QTest::newRow("template first") << false << QStringLiteral("GET /v1/sessions/{id}");
    }

    void firstRegisteredWins()
    {
        QFETCH(bool, exactFirst);
        QFETCH(QString, servedForSearch);
        const QString exact = QStringLiteral("/v1/sessions/search");
        const QString templ = QStringLiteral("/v1/sessions/{id}");
        Router router;
        if (exactFirst)
            router.add("GET", exact, answering("GET", exact));
        router.add("GET", templ, answering("GET", templ));
        if (!exactFirst)
            router.add("GET", exact, answering("GET", exact));

        QCOMPARE(servedBy(router.match("GET", exact)), servedForSearch);
        // Any other id is the template's whatever the order.
        const Router::Match other = router.match("GET", QStringLiteral("/v1/sessions/abc"));
        QCOMPARE(servedBy(other), QStringLiteral("GET /v1/sessions/{id}"));
        QCOMPARE(other.params.value(QStringLiteral("id")), QStringLiteral("abc"));
    }

    // Overlapping routes on a 405: Allow lists every method that would be served on that path, once
    // each, in registration order; the label is one of the templates (a bounded set), never the path.
    void overlappingRoutesOn405()
    {
        Router router;
        router.add("GET", QStringLiteral("/a/{x}"), answering("GET", QStringLiteral("/a/{x}")));
        router.add("DELETE", QStringLiteral("/a/{x}"), answering("DELETE", QStringLiteral("/a/{x}")));
        router.add("GET", QStringLiteral("/a/b"), answering("GET", QStringLiteral("/a/b")));
        router.add("POST", QStringLiteral("/a/b"), answering("POST", QStringLiteral("/a/b")));

        const Router::Match onB = router.match("PUT", QStringLiteral("/a/b"));
        QVERIFY(!onB.route);
        QCOMPARE(onB.allowed, (QByteArrayList {"GET", "DELETE", "POST"}));
        QVERIFY2(onB.pattern == u"/a/{x}" || onB.pattern == u"/a/b", qPrintable(onB.pattern));
        // POST reaches the exact route even though a template matched first for other methods.
        QCOMPARE(servedBy(router.match("POST", QStringLiteral("/a/b"))), QStringLiteral("POST /a/b"));
        const Router::Match onC = router.match("PUT", QStringLiteral("/a/c"));
        QCOMPARE(onC.allowed, (QByteArrayList {"GET", "DELETE"}));
        QCOMPARE(onC.pattern, QStringLiteral("/a/{x}"));
    }

    void severalParameters()
    {
        Router router;
        const QString pattern = QStringLiteral("/v1/{kind}/items/{id}");
        router.add("GET", pattern, answering("GET", pattern));
        const Router::Match m = router.match("GET", QStringLiteral("/v1/books/items/42"));
        QCOMPARE(servedBy(m), routeName("GET", pattern));
        QCOMPARE(joined(m.params), QStringLiteral("id=42&kind=books"));
        QVERIFY(!router.match("GET", QStringLiteral("/v1/books/things/42")).route);
        QVERIFY(router.match("GET", QStringLiteral("/v1/books/items/42")).pattern == pattern);
    }

    // A failed match does not leave parameters of a route that matched only part of the path.
    void noParametersFromAFailedMatch()
    {
        Router router;
        router.add("GET", QStringLiteral("/v1/{a}/x"), answering("GET", QStringLiteral("/v1/{a}/x")));
        router.add("GET", QStringLiteral("/v1/{b}/y"), answering("GET", QStringLiteral("/v1/{b}/y")));
        const Router::Match m = router.match("GET", QStringLiteral("/v1/q/y"));
        QCOMPARE(servedBy(m), QStringLiteral("GET /v1/{b}/y"));
        QCOMPARE(joined(m.params), QStringLiteral("b=q"));
    }

    void veryLongPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("idLength");
        const QString session = QStringLiteral("/v1/sessions/{id}");
        QTest::newRow("64 KiB id") << QString(QStringLiteral("/v1/sessions/") + QString(64 * 1024, u'a'))
                                   << session << 64 * 1024;
        QTest::newRow("1 MiB id") << QString(QStringLiteral("/v1/sessions/") + QString(1024 * 1024, u'z'))
                                  << session << 1024 * 1024;
        QTest::newRow("10000 segments") << QStringLiteral("/x").repeated(10000) << QString() << 0;
        QTest::newRow("100000 slashes") << QString(100000, u'/') << QString() << 0;
        QTest::newRow("deep under a template")
            << QString(QStringLiteral("/v1/sessions") + QStringLiteral("/a").repeated(5000)) << QString()
            << 0;
    }

    void veryLongPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, pattern);
        QFETCH(int, idLength);
        Router router;
        addDaemonRoutes(router);
        const Router::Match m = router.match("GET", path);
        QCOMPARE(m.pattern, pattern);
        QCOMPARE(m.params.value(QStringLiteral("id")).size(), idLength);
        QCOMPARE(bool(m.route), !pattern.isEmpty());
    }

    // The same request gives the same Allow every time: the list comes from the registration
    // order, not from a hash.
    void allowOrderIsStable()
    {
        Router router;
        const QList<QByteArray> methods = {"PUT", "GET", "PATCH", "DELETE", "POST"};
        for (const QByteArray &method : methods)
            router.add(method, QStringLiteral("/r/{id}"), answering(method, QStringLiteral("/r/{id}")));
        for (int i = 0; i < 50; ++i)
            QCOMPARE(router.match("OPTIONS", QStringLiteral("/r/%1").arg(i)).allowed, methods);
    }

    // --- the routes behind HttpListener and HttpServer, over a socket ----------------------------

    void served_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allow"); // empty: no Allow header
        QTest::addColumn<QString>("label"); // blufio_http_requests_total{route}
        QTest::addColumn<QString>("served"); // empty: an error body
        QTest::addColumn<QByteArray>("errorCode");
        const QString sessions = QStringLiteral("/v1/sessions");
        const QString session = QStringLiteral("/v1/sessions/{id}");
        const QString unmatched = QStringLiteral("unmatched");

        QTest::newRow("GET exact") << QByteArray("GET") << QByteArray("/v1/sessions") << 200 << QByteArray()
                                   << sessions << routeName("GET", sessions) << QByteArray();
        QTest::newRow("GET template") << QByteArray("GET") << QByteArray("/v1/sessions/abc") << 200
                                      << QByteArray() << session << routeName("GET", session) << QByteArray();
        QTest::newRow("query ignored for routing")
            << QByteArray("GET") << QByteArray("/v1/sessions?limit=2") << 200 << QByteArray() << sessions
            << routeName("GET", sessions) << QByteArray();
        QTest::newRow("DELETE template")
            << QByteArray("DELETE") << QByteArray("/v1/sessions/abc") << 200 << QByteArray() << session
            << routeName("DELETE", session) << QByteArray();
        // 405: Allow in registration order, HEAD after GET because HEAD runs the GET route.
        QTest::newRow("PUT template")
            << QByteArray("PUT") << QByteArray("/v1/sessions/abc") << 405 << QByteArray("GET, DELETE, HEAD")
            << session << QString() << QByteArray("method_not_allowed");
        QTest::newRow("POST exact GET route")
            << QByteArray("POST") << QByteArray("/v1/sessions") << 405 << QByteArray("GET, HEAD") << sessions
            << QString() << QByteArray("method_not_allowed");
        QTest::newRow("GET on POST route")
            << QByteArray("GET") << QByteArray("/v1/messages") << 405 << QByteArray("POST")
            << QStringLiteral("/v1/messages") << QString() << QByteArray("method_not_allowed");
        QTest::newRow("HEAD on POST route")
            << QByteArray("HEAD") << QByteArray("/v1/messages") << 405 << QByteArray("POST")
            << QStringLiteral("/v1/messages") << QString() << QByteArray();
        // No CORS preflight handler here: OPTIONS is just another method.
        QTest::newRow("OPTIONS") << QByteArray("OPTIONS") << QByteArray("/health") << 405
                                 << QByteArray("GET, HEAD") << QStringLiteral("/health") << QString()
                                 << QByteArray("method_not_allowed");
        QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray("/v1/health") << 405
                               << QByteArray("GET, HEAD") << QStringLiteral("/v1/health") << QString()
                               << QByteArray("method_not_allowed");
        // 404: counted as "unmatched", never under the raw path.
        QTest::newRow("unknown") << QByteArray("GET") << QByteArray("/nope") << 404 << QByteArray()
                                 << unmatched << QString() << QByteArray("not_found");
        QTest::newRow("trailing slash") << QByteArray("GET") << QByteArray("/v1/sessions/") << 404
                                        << QByteArray() << unmatched << QString() << QByteArray("not_found");
        QTest::newRow("unknown with wrong method")
            << QByteArray("DELETE") << QByteArray("/v2/sessions/abc") << 404 << QByteArray() << unmatched
            << QString() << QByteArray("not_found");
        // The target reaches the router as QUrl's decoded path: an escaped space becomes a space in the
        // parameter. An escaped '/' never gets here: the framer refuses it (tst_framer).
        QTest::newRow("escaped space")
            << QByteArray("GET") << QByteArray("/v1/sessions/a%20b") << 200 << QByteArray() << session
            << routeName("GET", session) << QByteArray();
        QTest::newRow("long id") << QByteArray("GET") << QByteArray("/v1/sessions/" + QByteArray(8000, 'k'))
                                 << 200 << QByteArray() << session << routeName("GET", session)
                                 << QByteArray();
    }

    void served()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        QFETCH(QByteArray, allow);
        QFETCH(QString, label);
        QFETCH(QString, served);
        QFETCH(QByteArray, errorCode);
        const double before = qMax(0.0, requestsCounted(label, status));
        const RawReply reply = exchange(method, target);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.count("allow"), allow.isEmpty() ? 0 : 1);
        QCOMPARE(reply.header("allow"), allow);
        if (method == "HEAD") {
            QVERIFY(reply.body.isEmpty());
        } else {
            const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            if (!served.isEmpty())
                QCOMPARE(body.value(QStringLiteral("route")).toString(), served);
            if (!errorCode.isEmpty())
                QCOMPARE(
                    body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                    QString::fromLatin1(errorCode));
        }
        QCOMPARE(requestsCounted(label, status), before + 1);
        // Label values come from the templates: the raw target never becomes one.
        QVERIFY(!m_metrics->render().contains(QByteArray("route=\"" + target + '"'))
                || target == label.toUtf8());
    }

    // HEAD runs the GET route: the same status and headers, Content-Length of the GET body, and no body.
    void headIsGetWithoutBody_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("label");
        QTest::newRow("exact") << QByteArray("/v1/sessions") << QStringLiteral("/v1/sessions");
        QTest::newRow("template") << QByteArray("/v1/sessions/abc") << QStringLiteral("/v1/sessions/{id}");
        QTest::newRow("unknown") << QByteArray("/nope") << QStringLiteral("unmatched");
    }

    void headIsGetWithoutBody()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, label);
        const RawReply get = exchange("GET", target);
        QVERIFY(get.status != 0);
        QVERIFY(!get.body.isEmpty());
        const double before = requestsCounted(label, get.status);
        const RawReply head = exchange("HEAD", target);
        QCOMPARE(head.status, get.status);
        QCOMPARE(head.headers, get.headers);
        QCOMPARE(head.header("content-length").toLongLong(), get.body.size());
        QCOMPARE(head.body, QByteArray());
        QCOMPARE(requestsCounted(label, get.status), before + 1); // counted under the GET's template
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
