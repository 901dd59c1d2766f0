// CorsPolicy on its own (gateway.cors_origins): which origins are allowed, preflights, and the
// headers every reply gets; then wired into HttpServer as blufiod wires it, over a loopback socket,
// for the parts the server decides (a preflight only for a known path, deferred replies decorated).
#include "daemon/http/CorsPolicy.h"
#include "daemon/http/HttpListener.h"
#include "daemon/http/HttpServer.h"
#include "metrics/Metrics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace blufio;

namespace {

const QByteArray kApp = "https://app.example.org";
const QByteArray kOther = "http://localhost:5173";

using Headers = QList<QPair<QByteArray, QByteArray>>;

HttpRequest request(const QByteArray &method, const Headers &headers)
{
    HttpRequest r;
    r.method = method;
    r.path = QStringLiteral("/v1/messages");
    r.pathAndQuery = "/v1/messages";
    r.headers = headers;
    return r;
}

int countOf(const Headers &headers, QByteArrayView name)
{
    return int(std::count_if(headers.cbegin(), headers.cend(), [name](const auto &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    }));
}

QByteArray valueOf(const Headers &headers, QByteArrayView name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// Any header a browser reads as a CORS grant.
int corsHeaders(const Headers &headers)
{
    return int(std::count_if(headers.cbegin(), headers.cend(),
                             [](const auto &h) { return h.first.toLower().startsWith("access-control-"); }));
}

QString errorCode(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

class TestCorsPolicy : public QObject
{
    Q_OBJECT

    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<CorsPolicy> m_cors;
    std::unique_ptr<HttpServer> m_server;
    HttpListener *m_listener = nullptr; // owned by m_server

    struct RawReply
    {
        int status = 0;
        Headers headers;
        QByteArray body;
    };

    // One request with Connection: close on a fresh connection, read until the server closes it,
    // spinning the event loop (the server is on this thread).
    RawReply exchange(const QByteArray &method, const QByteArray &target, const QByteArray &extraHeaders)
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
        reply.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            reply.headers.append(
                {lines.at(i).first(colon).toLower(), lines.at(i).sliced(colon + 1).trimmed()});
        }
        reply.body = received.sliced(headEnd + 4);
        return reply;
    }

private slots:
    void initTestCase()
    {
        m_metrics = std::make_unique<Metrics>(QStringLiteral("test"));
        m_cors = std::make_unique<CorsPolicy>(
            QStringList {QString::fromLatin1(kApp), QString::fromLatin1(kOther)});
        m_server = std::make_unique<HttpServer>(m_metrics.get());
        // The hooks as Daemon::setUpGateway sets them.
        m_server->setPreflight([this](const HttpRequest &r, const QByteArrayList &methods) {
            return m_cors->preflight(r, methods);
        });
        m_server->setDecorator(
            [this](const HttpRequest &r, HttpResponse &response) { m_cors->decorate(r, response); });
        Router &router = m_server->router();
        router.add("POST", QStringLiteral("/v1/messages"), [](const HttpRequest &, const auto &) {
            return RouteResult::now(HttpResponse::json(200, {}));
        });
        router.add("DELETE", QStringLiteral("/v1/sessions/{id}"), [](const HttpRequest &, const auto &) {
            return RouteResult::now(HttpResponse::error(401, "unauthorized", QStringLiteral("no")));
        });
        router.add("GET", QStringLiteral("/v1/sessions/{id}"), [](const HttpRequest &, const auto &) {
            return RouteResult::now(HttpResponse::json(200, {}));
        });
        // Answers from a DeferredReply, as the agent's routes do.
        router.add("GET", QStringLiteral("/v1/later"),
                   [](const HttpRequest &, const std::function<DeferredReply *()> &defer) {
                       DeferredReply *reply = defer();
                       QTimer::singleShot(0, reply, [reply] { reply->finish(HttpResponse::json(200, {})); });
                       return RouteResult::later();
                   });
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
        m_server.reset();
        m_listener = nullptr;
        m_cors.reset();
        m_metrics.reset();
    }

    // --- CorsPolicy on its own ---------------------------------------------------------------

    // Origins are compared byte for byte with the configured list: browsers send the serialised
    // origin (lower-case scheme and host, no path, default port left out), so anything else is
    // another origin. There is no wildcard: "*" only matches a literal "*".
    void allows_data()
    {
        QTest::addColumn<QStringList>("configured");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<bool>("allowed");
        const QStringList one {QString::fromLatin1(kApp)};
        QTest::newRow("listed") << one << kApp << true;
        QTest::newRow("second of two")
            << QStringList {QString::fromLatin1(kApp), QString::fromLatin1(kOther)} << kOther << true;
        QTest::newRow("none configured") << QStringList() << kApp << false;
        QTest::newRow("empty origin") << one << QByteArray() << false;
        QTest::newRow("other scheme") << one << QByteArray("http://app.example.org") << false;
        QTest::newRow("explicit port") << one << QByteArray("https://app.example.org:443") << false;
        QTest::newRow("other port") << one << QByteArray("https://app.example.org:8443") << false;
        QTest::newRow("trailing slash") << one << QByteArray("https://app.example.org/") << false;
        QTest::newRow("subdomain") << one << QByteArray("https://evil.app.example.org") << false;
        QTest::newRow("suffix") << one << QByteArray("https://app.example.org.evil.net") << false;
        QTest::newRow("prefix") << one << QByteArray("https://app.example.or") << false;
        QTest::newRow("upper case") << one << QByteArray("HTTPS://APP.EXAMPLE.ORG") << false;
        QTest::newRow("null") << one << QByteArray("null") << false;
        QTest::newRow("two origins") << one << QByteArray(kApp + ' ' + kApp) << false;
        QTest::newRow("wildcard is not a wildcard") << QStringList {QStringLiteral("*")} << kApp << false;
        QTest::newRow("null when listed")
            << QStringList {QStringLiteral("null")} << QByteArray("null") << true;
    }

    void allows()
    {
        QFETCH(QStringList, configured);
        QFETCH(QByteArray, origin);
        QFETCH(bool, allowed);
        const CorsPolicy policy(configured);
        QCOMPARE(policy.allows(origin), allowed);
        // decorate() grants exactly what allows() says.
        HttpResponse response = HttpResponse::json(200, {});
        policy.decorate(request("POST", {{"origin", origin}}), response);
        QCOMPARE(corsHeaders(response.headers), allowed ? 1 : 0);
        QCOMPARE(valueOf(response.headers, "access-control-allow-origin"), allowed ? origin : QByteArray());
        QCOMPARE(countOf(response.headers, "vary"), allowed ? 1 : 0);
    }

    void preflight_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("origin"); // empty: no Origin header
        QTest::addColumn<QByteArray>("requestMethod"); // empty: no Access-Control-Request-Method
        QTest::addColumn<QByteArrayList>("pathMethods");
        QTest::addColumn<int>("status"); // 0: not a preflight (nullopt)
        QTest::addColumn<QByteArray>("allowMethods");
        const QByteArrayList post {"POST"};
        const QByteArrayList session {"GET", "DELETE"};
        QTest::newRow("allowed") << QByteArray("OPTIONS") << kApp << QByteArray("POST") << post << 204
                                 << QByteArray("POST");
        QTest::newRow("second origin")
            << QByteArray("OPTIONS") << kOther << QByteArray("POST") << post << 204 << QByteArray("POST");
        QTest::newRow("every method of the path") << QByteArray("OPTIONS") << kApp << QByteArray("DELETE")
                                                  << session << 204 << QByteArray("GET, DELETE");
        QTest::newRow("denied origin") << QByteArray("OPTIONS") << QByteArray("https://evil.example")
                                       << QByteArray("POST") << post << 403 << QByteArray();
        QTest::newRow("no origin") << QByteArray("OPTIONS") << QByteArray() << QByteArray("POST") << post
                                   << 403 << QByteArray();
        QTest::newRow("method the path lacks")
            << QByteArray("OPTIONS") << kApp << QByteArray("PUT") << post << 403 << QByteArray();
        // Methods are case-sensitive (Fetch normalises only the standard ones, and upper-cases them).
        QTest::newRow("lower-case method")
            << QByteArray("OPTIONS") << kApp << QByteArray("post") << post << 403 << QByteArray();
        // Without Access-Control-Request-Method it is a plain OPTIONS: the server's 405 stands.
        QTest::newRow("plain OPTIONS")
            << QByteArray("OPTIONS") << kApp << QByteArray() << post << 0 << QByteArray();
        QTest::newRow("not OPTIONS") << QByteArray("GET") << kApp << QByteArray("POST") << post << 0
                                     << QByteArray();
    }

    void preflight()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, origin);
        QFETCH(QByteArray, requestMethod);
        QFETCH(QByteArrayList, pathMethods);
        QFETCH(int, status);
        QFETCH(QByteArray, allowMethods);
        Headers headers;
        if (!origin.isEmpty())
            headers.append({"origin", origin});
        if (!requestMethod.isEmpty())
            headers.append({"access-control-request-method", requestMethod});
        headers.append(
            {QByteArray("access-control-request-headers"), QByteArray("authorization, content-type")});

        const std::optional<HttpResponse> response = m_cors->preflight(request(method, headers), pathMethods);
        QCOMPARE(response.has_value(), status != 0);
        if (!response)
            return;
        QCOMPARE(response->status, status);
        if (status == 204) {
            QCOMPARE(response->body, QByteArray());
            QCOMPARE(response->contentType, QByteArray());
            QCOMPARE(valueOf(response->headers, "access-control-allow-origin"), origin);
            QCOMPARE(valueOf(response->headers, "vary"), QByteArray("Origin"));
            QCOMPARE(valueOf(response->headers, "access-control-allow-methods"), allowMethods);
            const QByteArrayList allowHeaders
                = valueOf(response->headers, "access-control-allow-headers").split(',');
            QStringList names;
            for (const QByteArray &name : allowHeaders)
                names.append(QString::fromLatin1(name.trimmed().toLower()));
            for (const char *needed : {"authorization", "content-type", "x-blufio-key", "x-blufio-timestamp",
                                       "x-blufio-nonce", "x-blufio-signature"})
                QVERIFY2(names.contains(QLatin1StringView(needed)), needed);
            QCOMPARE(valueOf(response->headers, "access-control-max-age"), QByteArray("600"));
            // Credentials are headers the page sets, not cookies: no credentialed CORS.
            QCOMPARE(countOf(response->headers, "access-control-allow-credentials"), 0);
        } else {
            QCOMPARE(errorCode(*response), QStringLiteral("cors_forbidden"));
            QCOMPARE(corsHeaders(response->headers), 0);
            // The decorator after it adds nothing either: the origin is not allowed.
            HttpResponse decorated = *response;
            m_cors->decorate(request(method, headers), decorated);
            QCOMPARE(corsHeaders(decorated.headers) == 0, !m_cors->allows(origin));
        }
    }

    // The refusal says what was wrong: the origin, or the method for an allowed origin.
    void preflightRefusalSaysWhy()
    {
        const auto refusal = [this](const QByteArray &origin, const QByteArray &method) {
            const std::optional<HttpResponse> r = m_cors->preflight(
                request("OPTIONS", {{"origin", origin}, {"access-control-request-method", method}}),
                {"POST"});
            return QJsonDocument::fromJson(r ? r->body : QByteArray())
                .object()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString();
        };
        const QString badOrigin = refusal("https://evil.example", "POST");
        QVERIFY2(badOrigin.contains(u"https://evil.example") && badOrigin.contains(u"gateway.cors_origins"),
                 qPrintable(badOrigin));
        const QString badMethod = refusal(kApp, "PUT");
        QVERIFY2(badMethod.contains(u"PUT") && !badMethod.contains(u"not in gateway.cors_origins"),
                 qPrintable(badMethod));
    }

    void decorate_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("granted");
        QTest::newRow("allowed, 200") << kApp << 200 << true;
        // Errors too, so the page can read why it was refused.
        QTest::newRow("allowed, 401") << kApp << 401 << true;
        QTest::newRow("allowed, 503") << kOther << 503 << true;
        QTest::newRow("denied") << QByteArray("https://evil.example") << 200 << false;
        QTest::newRow("no origin") << QByteArray() << 200 << false;
    }

    void decorate()
    {
        QFETCH(QByteArray, origin);
        QFETCH(int, status);
        QFETCH(bool, granted);
        HttpResponse response = status == 200 ? HttpResponse::json(200, {})
                                              : HttpResponse::error(status, "x", QStringLiteral("y"));
        const Headers before = response.headers;
        Headers requestHeaders;
        if (!origin.isEmpty())
            requestHeaders.append({"origin", origin});
        m_cors->decorate(request("POST", requestHeaders), response);
        if (!granted) {
            QCOMPARE(response.headers, before); // nothing at all, Vary included
            return;
        }
        QCOMPARE(countOf(response.headers, "access-control-allow-origin"), 1);
        QCOMPARE(valueOf(response.headers, "access-control-allow-origin"), origin);
        QCOMPARE(valueOf(response.headers, "vary"), QByteArray("Origin"));
        QCOMPARE(countOf(response.headers, "access-control-allow-credentials"), 0);
        QCOMPARE(response.status, status);
    }

    // HttpServer decorates every reply, a preflight's included: the grant is not doubled.
    void decorateKeepsOneGrant()
    {
        const HttpRequest r
            = request("OPTIONS", {{"origin", kApp}, {"access-control-request-method", "POST"}});
        std::optional<HttpResponse> response = m_cors->preflight(r, {"POST"});
        QVERIFY(response);
        m_cors->decorate(r, *response);
        m_cors->decorate(r, *response);
        QCOMPARE(countOf(response->headers, "access-control-allow-origin"), 1);
        QCOMPARE(countOf(response->headers, "vary"), 1);
    }

    // --- wired into HttpServer, over a socket --------------------------------------------------

    void served_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allowOrigin");
        QTest::addColumn<QByteArray>("allowMethods");
        const QByteArray fromApp = "Origin: " + kApp + "\r\n";
        const QByteArray fromEvil = "Origin: https://evil.example\r\n";
        QTest::newRow("preflight") << QByteArray("OPTIONS") << QByteArray("/v1/messages")
                                   << QByteArray(fromApp + "Access-Control-Request-Method: POST\r\n") << 204
                                   << kApp << QByteArray("POST");
        QTest::newRow("preflight on a template")
            << QByteArray("OPTIONS") << QByteArray("/v1/sessions/abc")
            << QByteArray(fromApp + "Access-Control-Request-Method: DELETE\r\n") << 204 << kApp
            << QByteArray("DELETE, GET");
        QTest::newRow("preflight, denied origin")
            << QByteArray("OPTIONS") << QByteArray("/v1/messages")
            << QByteArray(fromEvil + "Access-Control-Request-Method: POST\r\n") << 403 << QByteArray()
            << QByteArray();
        // An unknown path is 404 before any CORS question, and carries no grant... except the
        // decorator's for an allowed origin, so the page can read the 404.
        QTest::newRow("preflight, unknown path")
            << QByteArray("OPTIONS") << QByteArray("/v1/nope")
            << QByteArray(fromApp + "Access-Control-Request-Method: POST\r\n") << 404 << kApp << QByteArray();
        QTest::newRow("plain OPTIONS is 405")
            << QByteArray("OPTIONS") << QByteArray("/v1/messages") << fromApp << 405 << kApp << QByteArray();
        QTest::newRow("request, allowed")
            << QByteArray("POST") << QByteArray("/v1/messages") << fromApp << 200 << kApp << QByteArray();
        QTest::newRow("request, denied") << QByteArray("POST") << QByteArray("/v1/messages") << fromEvil
                                         << 200 << QByteArray() << QByteArray();
        QTest::newRow("error, allowed") << QByteArray("DELETE") << QByteArray("/v1/sessions/abc") << fromApp
                                        << 401 << kApp << QByteArray();
        QTest::newRow("deferred, allowed")
            << QByteArray("GET") << QByteArray("/v1/later") << fromApp << 200 << kApp << QByteArray();
        QTest::newRow("deferred, denied") << QByteArray("GET") << QByteArray("/v1/later") << fromEvil << 200
                                          << QByteArray() << QByteArray();
        QTest::newRow("no origin") << QByteArray("POST") << QByteArray("/v1/messages") << QByteArray() << 200
                                   << QByteArray() << QByteArray();
    }

    void served()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, headers);
        QFETCH(int, status);
        QFETCH(QByteArray, allowOrigin);
        QFETCH(QByteArray, allowMethods);
        const RawReply reply = exchange(method, target, headers);
        QCOMPARE(reply.status, status);
        QCOMPARE(valueOf(reply.headers, "access-control-allow-origin"), allowOrigin);
        QCOMPARE(countOf(reply.headers, "access-control-allow-origin"), allowOrigin.isEmpty() ? 0 : 1);
        QCOMPARE(countOf(reply.headers, "vary"), allowOrigin.isEmpty() ? 0 : 1);
        QCOMPARE(valueOf(reply.headers, "access-control-allow-methods"), allowMethods);
        QCOMPARE(countOf(reply.headers, "access-control-allow-credentials"), 0);
        if (allowOrigin.isEmpty())
            QCOMPARE(corsHeaders(reply.headers), 0);
    }
};

QTEST_GUILESS_MAIN(TestCorsPolicy)
#include "tst_corspolicy.moc"
