// AuthPolicy in-process: which routes need credentials, how the gate's decisions become replies
// (one 401 whatever was wrong, 429 with Retry-After after a lockout), whose address a failure is
// counted against behind a trusted proxy, and which WebSocket upgrades are approved. tst_auth and
// tst_frontdoor check the same through a running blufiod.
#include "common/config/Settings.h"
#include "common/crypto/ApiToken.h"
#include "common/storage/SqliteStorage.h"
#include "daemon/agent/Agent.h"
#include "daemon/auth/AuthPolicy.h"
#include "daemon/auth/KeyDirectory.h"
#include "daemon/core/HealthService.h"
#include "daemon/gateway/GatewayRoutes.h"
#include "daemon/http/HttpRequest.h"
#include "daemon/http/Router.h"
#include "metrics/Metrics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace blufio;

namespace {
const QByteArray kToken = "policy-token-0123456789abcdef";
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

Settings::Gateway gatewaySettings()
{
    Settings::Gateway g;
    g.enabled = true;
    g.bearerToken = QString::fromLatin1(kToken);
    g.authMaxFailures = 2;
    g.authLockoutSecs = 300;
    g.authThrottleLoopback = true; // the test's peers are loopback addresses
    return g;
}

Route route(const QString &pattern)
{
    Route r;
    r.method = "GET";
    r.pattern = pattern;
    return r;
}

HttpRequest request(const HeaderList &headers, const char *peer = "127.0.0.1")
{
    HttpRequest r;
    r.method = "GET";
    r.path = QStringLiteral("/v1/sessions");
    r.pathAndQuery = "/v1/sessions";
    r.headers = headers;
    r.peer = QHostAddress(QString::fromLatin1(peer));
    return r;
}

HeaderList bearer(const QByteArray &token)
{
    return {{"authorization", "Bearer " + token}};
}

RequestFramer::Head upgrade(const QByteArray &method, const QByteArray &target, const HeaderList &headers)
{
    RequestFramer::Head head;
    head.method = method;
    head.target = target;
    head.version = "HTTP/1.1";
    head.headers = headers;
    head.headers.append(qMakePair(QByteArray("upgrade"), QByteArray("websocket")));
    head.webSocket = true;
    return head;
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

QByteArray header(const HttpResponse &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

class TestAuthPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromSettings_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QStringList>("deviceKeys");
        QTest::addColumn<QStringList>("proxies");
        QTest::addColumn<QString>("error"); // empty: a policy is made
        QTest::newRow("token") << true << QStringList() << QStringList() << QString();
        QTest::newRow("proxies") << true << QStringList()
                                 << QStringList {QStringLiteral("10.0.0.0/8"), QStringLiteral("::1")}
                                 << QString();
        QTest::newRow("disabled, bad key ignored")
            << false << QStringList {QStringLiteral("nope")} << QStringList() << QString();
        QTest::newRow("bad device key") << true << QStringList {QStringLiteral("not-a-key")} << QStringList()
                                        << QStringLiteral("gateway.device_keys: 'not-a-key'");
        QTest::newRow("bad proxy") << true << QStringList() << QStringList {QStringLiteral("10.0.0.0/99")}
                                   << QStringLiteral("gateway.trusted_proxies: '10.0.0.0/99'");
    }

    void fromSettings()
    {
        QFETCH(bool, enabled);
        QFETCH(QStringList, deviceKeys);
        QFETCH(QStringList, proxies);
        QFETCH(QString, error);
        Settings::Gateway g = gatewaySettings();
        g.enabled = enabled;
        g.deviceKeys = deviceKeys;
        g.trustedProxies = proxies;
        Metrics metrics(QStringLiteral("test"));
        const Result<std::unique_ptr<AuthPolicy>> made = AuthPolicy::fromSettings(g, &metrics);
        if (!error.isEmpty()) {
            QVERIFY(!made.ok());
            QCOMPARE(made.code(), ErrorCode::Config); // exit 78
            QVERIFY2(made.errorMessage().startsWith(error), qPrintable(made.errorMessage()));
            return;
        }
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        QCOMPARE((*made)->gate() != nullptr, enabled);
    }

    void protectedRoutes_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("needsCredentials");
        QTest::newRow("messages") << QStringLiteral("/v1/messages") << true;
        QTest::newRow("session") << QStringLiteral("/v1/sessions/{id}") << true;
        QTest::newRow("v1 health") << QStringLiteral("/v1/health") << true;
        QTest::newRow("ws") << QStringLiteral("/ws") << true;
        QTest::newRow("health") << QStringLiteral("/health") << false;
        QTest::newRow("metrics") << QStringLiteral("/metrics") << false;
        QTest::newRow("wsx") << QStringLiteral("/wsx") << false;
    }

    void protectedRoutes()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, needsCredentials);
        QCOMPARE(AuthPolicy::isProtected(pattern), needsCredentials);
        Metrics metrics(QStringLiteral("test"));
        auto policy = std::move(AuthPolicy::fromSettings(gatewaySettings(), &metrics)).value();
        const std::optional<HttpResponse> refused = policy->authorize(request({}), route(pattern));
        QCOMPARE(refused.has_value(), needsCredentials);
        if (refused)
            QCOMPARE(refused->status, 401);
    }

    void refusalsLookAlikeAndLockOut()
    {
        Metrics metrics(QStringLiteral("test"));
        auto policy = std::move(AuthPolicy::fromSettings(gatewaySettings(), &metrics)).value();
        const Route sessions = route(QStringLiteral("/v1/sessions"));
        QVERIFY(!policy->authorize(request(bearer(kToken)), sessions));

        // Missing and wrong credentials get the same reply, byte for byte.
        const std::optional<HttpResponse> missing = policy->authorize(request({}), sessions);
        const std::optional<HttpResponse> wrong = policy->authorize(request(bearer("x" + kToken)), sessions);
        QVERIFY(missing && wrong);
        QCOMPARE(missing->status, 401);
        QCOMPARE(errorCode(*missing), QStringLiteral("unauthorized"));
        QCOMPARE(header(*missing, "www-authenticate"), QByteArray("Bearer realm=\"blufio\""));
        QCOMPARE(wrong->body, missing->body);
        QCOMPARE(wrong->headers, missing->headers);

        // Two failures (gateway.auth_max_failures) lock the peer out, the right token included.
        const std::optional<HttpResponse> locked = policy->authorize(request(bearer(kToken)), sessions);
        QVERIFY(locked);
        QCOMPARE(locked->status, 429);
        QCOMPARE(errorCode(*locked), QStringLiteral("too_many_auth_failures"));
        const int retryAfter = header(*locked, "retry-after").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 300, header(*locked, "retry-after").constData());
        // Another peer is not.
        QVERIFY(!policy->authorize(request(bearer(kToken), "127.0.0.2"), sessions));
        // The upgrade is refused by the same lockout.
        const std::optional<HttpResponse> ws = policy->authorizeUpgrade(
            upgrade("GET", "/ws", bearer(kToken)), QHostAddress(QStringLiteral("127.0.0.1")));
        QVERIFY(ws);
        QCOMPARE(ws->status, 429);
    }

    void failuresCountAgainstTheForwardedClient()
    {
        Settings::Gateway g = gatewaySettings();
        g.trustedProxies = {QStringLiteral("127.0.0.1")};
        g.authMaxFailures = 1;
        Metrics metrics(QStringLiteral("test"));
        auto policy = std::move(AuthPolicy::fromSettings(g, &metrics)).value();
        const Route sessions = route(QStringLiteral("/v1/sessions"));
        // The last X-Forwarded-For field is the one the proxy appended; an earlier one is the client's word.
        const HeaderList forged {{"x-forwarded-for", "203.0.113.9"}, {"x-forwarded-for", "203.0.113.5"}};
        QCOMPARE(policy->authorize(request(forged), sessions)->status, 401);

        const HeaderList asFive {{"x-forwarded-for", "203.0.113.5"}, {"authorization", "Bearer " + kToken}};
        const HeaderList asNine {{"x-forwarded-for", "203.0.113.9"}, {"authorization", "Bearer " + kToken}};
        QCOMPARE(policy->authorize(request(asFive), sessions)->status, 429);
        QVERIFY(!policy->authorize(request(asNine), sessions));
        // The proxy itself, speaking for nobody, is not locked either.
        QVERIFY(!policy->authorize(request(bearer(kToken)), sessions));
    }

    void upgrades_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("status"); // 0: approved
        QTest::newRow("approved") << true << QByteArray("GET") << QByteArray("/ws") << true << 0;
        QTest::newRow("approved with query")
            << true << QByteArray("GET") << QByteArray("/ws?v=1") << true << 0;
        QTest::newRow("no credentials") << true << QByteArray("GET") << QByteArray("/ws") << false << 401;
        QTest::newRow("other path") << true << QByteArray("GET") << QByteArray("/v1/messages") << true << 404;
        QTest::newRow("post") << true << QByteArray("POST") << QByteArray("/ws") << true << 405;
        QTest::newRow("gateway off") << false << QByteArray("GET") << QByteArray("/ws") << true << 404;
    }

    void upgrades()
    {
        QFETCH(bool, enabled);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(bool, withToken);
        QFETCH(int, status);
        Settings::Gateway g = gatewaySettings();
        g.enabled = enabled;
        Metrics metrics(QStringLiteral("test"));
        auto policy = std::move(AuthPolicy::fromSettings(g, &metrics)).value();
        const std::optional<HttpResponse> refused
            = policy->authorizeUpgrade(upgrade(method, target, withToken ? bearer(kToken) : HeaderList()),
                                       QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(refused ? refused->status : 0, status);
        if (status == 405)
            QCOMPARE(header(*refused, "allow"), QByteArray("GET"));
    }

    // [12]: the one scope table covers every authenticated route the gateway registers, so a new
    // route without a declared scope fails here (AuthPolicy would let only admin use it).
    void everyGatewayRouteDeclaresItsScope()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("blufio.db")));
        QVERIFY(storage.open().ok());
        Agent agent(Agent::Settings {}, storage, nullptr);
        Metrics metrics(QStringLiteral("test"));
        HealthService health(nullptr, &metrics);
        Router router;
        GatewayRoutes::registerPublic(router, health, metrics, true);
        GatewayRoutes::registerGateway(router, {agent, storage, health, 1000});
        int checked = 0;
        for (const Route &r : router.routes()) {
            if (!AuthPolicy::isProtected(r.pattern))
                continue;
            QVERIFY2(GatewayRoutes::requiredScope(r.method, r.pattern),
                     qPrintable(QString::fromLatin1(r.method) + u' ' + r.pattern + u" has no scope"));
            ++checked;
        }
        QVERIFY(checked >= 6);
    }

    // [12]: a key from the database authenticates with its scope; without the route's scope it is
    // 403 forbidden naming the scope; revoked, it is the same 401 as any bad token.
    void keysCarryTheirScope()
    {
        QTemporaryDir dir;
        SqliteStorage storage(dir.filePath(QStringLiteral("blufio.db")));
        QVERIFY(storage.open().ok());
        const QByteArray token = ApiToken::generate();
        ApiKey key;
        key.name = QStringLiteral("reader");
        key.tokenHash = ApiToken::digest(token);
        key.scopes = {QStringLiteral("read")};
        QVERIFY(storage.addKey(key).ok());
        KeyDirectory keys(storage);
        auto policy = AuthPolicy::fromSettings(gatewaySettings(), nullptr);
        QVERIFY(policy.ok());
        (*policy)->gate()->authenticator().setKeyDirectory(&keys);
        (*policy)->setScopes(&GatewayRoutes::requiredScope);

        Caller caller;
        QVERIFY(
            !(*policy)->authorize(request(bearer(token)), route(QStringLiteral("/v1/sessions")), &caller));
        QCOMPARE(caller.keyName, QStringLiteral("reader"));
        QCOMPARE(caller.scope, Scope::Read);
        QVERIFY(caller.ownSessionsOnly());
        Route post = route(QStringLiteral("/v1/messages"));
        post.method = "POST";
        const std::optional<HttpResponse> refused = (*policy)->authorize(request(bearer(token)), post);
        QVERIFY(refused);
        QCOMPARE(refused->status, 403);
        QCOMPARE(errorCode(*refused), QStringLiteral("forbidden"));
        QVERIFY(refused->body.contains("chat"));
        const std::optional<HttpResponse> ws = (*policy)->authorizeUpgrade(
            upgrade("GET", "/ws", bearer(token)), QHostAddress(QStringLiteral("127.0.0.1")));
        QVERIFY(ws);
        QCOMPARE(ws->status, 403);
        // The configured token is admin, with no name.
        Caller admin;
        QVERIFY(!(*policy)->authorize(request(bearer(kToken)), post, &admin));
        QVERIFY(admin.keyName.isEmpty());
        QVERIFY(!admin.ownSessionsOnly());

        QVERIFY(storage.revokeKey(QStringLiteral("reader")).ok());
        QCOMPARE((*policy)->authorize(request(bearer(token)), route(QStringLiteral("/v1/sessions")))->status,
                 401);
    }
};

QTEST_GUILESS_MAIN(TestAuthPolicy)
#include "tst_authpolicy.moc"
