// HealthService in-process: the status its contributors and the memory monitor give, the health
// metrics it keeps, the public and detailed views, and the one serializer (HealthSnapshot) both
// ways. The contributors the daemon registers run against a real SQLite database and a real
// AuthGate; tst_daemon and tst_gateway check the same documents through a running blufiod.
#include "common/net/HealthSnapshot.h"
#include "common/storage/SqliteStorage.h"
#include "daemon/agent/Budget.h"
#include "daemon/auth/AuthGate.h"
#include "daemon/core/HealthService.h"
#include "daemon/health/AuthHealth.h"
#include "daemon/health/BudgetHealth.h"
#include "daemon/health/ProviderHealth.h"
#include "daemon/health/StorageHealth.h"
#include "daemon/monitor/MemoryMonitor.h"
#include "metrics/Metrics.h"

#include "BuildInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace blufio;

namespace {
constexpr quint64 MiB = 1024 * 1024;

// A contributor whose answers the test sets; it also writes a public and a detail field, so a
// test can see which view asked it.
class FakeContributor : public HealthContributor
{
public:
    FakeContributor(QString name, Dependency dependency) : m_name(std::move(name)), m_dependency(dependency)
    { }

    QString name() const override { return m_name; }
    Dependency dependency() const override { return m_dependency; }
    bool isUp() const override { return up; }
    void contribute(HealthSnapshot &snapshot) const override
    {
        ++calls;
        if (activeSessions)
            snapshot.activeSessions = *activeSessions;
        if (snapshot.details && queueDepth)
            snapshot.details->queueDepth = *queueDepth;
    }

    bool up = true;
    std::optional<int> activeSessions;
    std::optional<int> queueDepth;
    mutable int calls = 0;

private:
    QString m_name;
    Dependency m_dependency;
};

QStringList publicKeys()
{
    return {QStringLiteral("accepting_sessions"),
            QStringLiteral("active_sessions"),
            QStringLiteral("memory_heap_bytes"),
            QStringLiteral("memory_pressure"),
            QStringLiteral("memory_resident_bytes"),
            QStringLiteral("memory_rss_bytes"),
            QStringLiteral("status"),
            QStringLiteral("uptime_secs"),
            QStringLiteral("version")};
}

// A snapshot with every optional field set, so a round trip has something to lose.
HealthSnapshot fullSnapshot()
{
    HealthSnapshot s;
    s.status = HealthSnapshot::Status::Degraded;
    s.version = QStringLiteral("1.2.3");
    s.uptimeSecs = 86'400;
    s.memoryHeapBytes = 12 * qint64(MiB);
    s.memoryResidentBytes = 16 * qint64(MiB);
    s.memoryRssBytes = 30 * qint64(MiB);
    s.memoryPressure = 1;
    s.activeSessions = 4;
    s.acceptingSessions = true;
    s.details = HealthSnapshot::Details {}; // not emplace(): clang 14 rejects it here (see HealthService)
    HealthSnapshot::Details &d = *s.details;
    d.storage = {QStringLiteral("/var/lib/blufio/blufio.db"), true, 3, 7, 40'960};
    d.provider = {QStringLiteral("openai"), true, QStringLiteral("gpt-4o"),
                  QStringLiteral("http://127.0.0.1:8080/v1"), false};
    d.budget.daily
        = HealthSnapshot::BudgetPeriod {0.125, 2.5, QDateTime(QDate(2030, 1, 2), QTime(0, 0), Qt::UTC)};
    d.budget.monthly = HealthSnapshot::BudgetPeriod {3.75, std::nullopt,
                                                     QDateTime(QDate(2030, 2, 1), QTime(0, 0), Qt::UTC)};
    d.build = {QStringLiteral("1.2.3"), QStringLiteral("abcdef012345"), QStringLiteral("6.4.2"),
               QStringLiteral("jemalloc")};
    d.limits = {150 * qint64(MiB), 200 * qint64(MiB)};
    d.memory = HealthSnapshot::GatewayTables {4096, 4 << 20, 21, 2, 900};
    d.queueDepth = 5;
    d.telegram = HealthSnapshot::Channel {false, QStringLiteral("Telegram refused the bot token (401)"),
                                          QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC), std::nullopt};
    return s;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestHealthService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusFromContributors_data()
    {
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("criticalUp");
        QTest::addColumn<bool>("degradingUp");
        QTest::addColumn<bool>("plainUp"); // a contributor that is no dependency
        QTest::addColumn<quint64>("heap");
        QTest::addColumn<int>("expected"); // HealthSnapshot::Status
        QTest::addColumn<double>("gauge"); // blufio_health_status
        const quint64 low = 10 * MiB;
        const int healthy = int(HealthSnapshot::Status::Healthy);
        const int degraded = int(HealthSnapshot::Status::Degraded);
        const int unhealthy = int(HealthSnapshot::Status::Unhealthy);
        QTest::newRow("all-up") << true << true << true << true << low << healthy << 1.0;
        QTest::newRow("non-dependency-down") << true << true << true << false << low << healthy << 1.0;
        QTest::newRow("degrading-down") << true << true << false << true << low << degraded << 0.5;
        QTest::newRow("critical-down") << true << false << true << true << low << unhealthy << 0.0;
        QTest::newRow("both-down") << true << false << false << true << low << unhealthy << 0.0;
        QTest::newRow("memory-pressure") << true << true << true << true << 120 * MiB << degraded << 0.5;
        QTest::newRow("memory-limit") << true << true << true << true << 250 * MiB << degraded << 0.5;
        QTest::newRow("not-running") << false << true << true << true << low << unhealthy << 0.0;
    }

    void statusFromContributors()
    {
        QFETCH(bool, running);
        QFETCH(bool, criticalUp);
        QFETCH(bool, degradingUp);
        QFETCH(bool, plainUp);
        QFETCH(quint64, heap);
        QFETCH(int, expected);
        QFETCH(double, gauge);

        Metrics metrics(QStringLiteral("test"));
        MemoryMonitor memory({100 * MiB, 200 * MiB, 1000}, &metrics);
        memory.setSampler([heap] { return MemorySample {heap, heap, heap + 5 * MiB}; });
        memory.sampleNow();
        HealthService health(&memory, &metrics);
        auto critical = std::make_unique<FakeContributor>(QStringLiteral("database"),
                                                          HealthContributor::Dependency::Critical);
        auto degrading = std::make_unique<FakeContributor>(QStringLiteral("provider"),
                                                           HealthContributor::Dependency::Degrading);
        auto plain
            = std::make_unique<FakeContributor>(QStringLiteral("agent"), HealthContributor::Dependency::None);
        critical->up = criticalUp;
        degrading->up = degradingUp;
        plain->up = plainUp;
        health.addContributor(std::move(critical));
        health.addContributor(std::move(degrading));
        health.addContributor(std::move(plain));
        if (running)
            health.setLifecycle(HealthService::Lifecycle::Running);

        const auto status = HealthSnapshot::Status(expected);
        QCOMPARE(health.status(), status);
        HealthService::Status rendered {};
        const QJsonObject body = health.render(&rendered);
        QCOMPARE(rendered, status);
        QCOMPARE(body.value(QStringLiteral("status")).toString(), HealthSnapshot::statusName(status));
        QCOMPARE(health.snapshot(HealthSnapshot::View::Detailed).status, status);
        QCOMPARE(metrics.healthStatus.Value(), gauge);
        QCOMPARE(metrics.dependencyUp(QStringLiteral("database")).Value(), criticalUp ? 1.0 : 0.0);
        QCOMPARE(metrics.dependencyUp(QStringLiteral("provider")).Value(), degradingUp ? 1.0 : 0.0);
        // Only dependencies have a blufio_dependency_up series.
        QVERIFY(!metrics.render().contains("name=\"agent\""));
        QCOMPARE(body.value(QStringLiteral("memory_pressure")).toInt(), memory.pressure());
        QCOMPARE(body.value(QStringLiteral("accepting_sessions")).toBool(),
                 running && memory.acceptingSessions());
    }

    void metricsFollowEveryLook()
    {
        Metrics metrics(QStringLiteral("test"));
        HealthService health(nullptr, &metrics);
        auto owned = std::make_unique<FakeContributor>(QStringLiteral("provider"),
                                                       HealthContributor::Dependency::Degrading);
        FakeContributor *provider = owned.get();
        health.addContributor(std::move(owned));
        // Not running yet: unhealthy, and the gauge says so as soon as the lifecycle is set.
        health.setLifecycle(HealthService::Lifecycle::Starting);
        QCOMPARE(metrics.healthStatus.Value(), 0.0);
        health.setLifecycle(HealthService::Lifecycle::Running);
        QCOMPARE(metrics.healthStatus.Value(), 1.0);
        health.render();
        QCOMPARE(metrics.dependencyUp(QStringLiteral("provider")).Value(), 1.0);

        // A dependency going down shows in the metrics at the next look (a /health, /v1/health or
        // the scrape's own render()), not before.
        provider->up = false;
        QCOMPARE(metrics.dependencyUp(QStringLiteral("provider")).Value(), 1.0);
        health.renderJson();
        QCOMPARE(metrics.dependencyUp(QStringLiteral("provider")).Value(), 0.0);
        QCOMPARE(metrics.healthStatus.Value(), 0.5);
        const QByteArray text = metrics.render();
        QVERIFY2(text.contains("blufio_dependency_up{name=\"provider\"} 0\n"), text.constData());
        QVERIFY2(text.contains("blufio_health_status 0.5\n"), text.constData());

        provider->up = true;
        health.snapshot(HealthSnapshot::View::Detailed);
        QCOMPARE(metrics.dependencyUp(QStringLiteral("provider")).Value(), 1.0);
        QCOMPARE(metrics.healthStatus.Value(), 1.0);

        health.setLifecycle(HealthService::Lifecycle::Stopping);
        QCOMPARE(metrics.healthStatus.Value(), 0.0);
        QCOMPARE(health.render().value(QStringLiteral("accepting_sessions")).toBool(), false);
    }

    void publicViewHasThePublicFieldsOnly()
    {
        Metrics metrics(QStringLiteral("test"));
        MemoryMonitor memory({100 * MiB, 200 * MiB, 1000}, &metrics);
        memory.setSampler([] { return MemorySample {7 * MiB, 9 * MiB, 21 * MiB}; });
        memory.sampleNow();
        HealthService health(&memory, &metrics);
        auto owned
            = std::make_unique<FakeContributor>(QStringLiteral("agent"), HealthContributor::Dependency::None);
        owned->activeSessions = 3;
        owned->queueDepth = 2;
        health.addContributor(std::move(owned));
        health.setLifecycle(HealthService::Lifecycle::Running);

        const HealthSnapshot s = health.snapshot(HealthSnapshot::View::Public);
        QVERIFY(!s.details);
        QCOMPARE(s.activeSessions, 3);
        QCOMPARE(s.memoryHeapBytes, qint64(7 * MiB));
        QCOMPARE(s.memoryResidentBytes, qint64(9 * MiB));
        QCOMPARE(s.memoryRssBytes, qint64(21 * MiB));
        QCOMPARE(s.version, QStringLiteral(BLUFIO_VERSION));

        const QJsonObject body = health.render();
        QCOMPARE(body.keys(), publicKeys());
        for (const char *key : {"uptime_secs", "memory_heap_bytes", "memory_resident_bytes",
                                "memory_rss_bytes", "memory_pressure", "active_sessions"})
            QVERIFY2(body.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(body.value(QStringLiteral("accepting_sessions")).isBool());
        QVERIFY(body.value(QStringLiteral("version")).isString());
        // The hand-written bytes of /health are exactly what QJsonDocument writes for the object.
        QCOMPARE(health.renderJson(), compact(body));
    }

    void detailedViewAddsBuildLimitsAndContributions()
    {
        Metrics metrics(QStringLiteral("test"));
        MemoryMonitor memory({120 * MiB, 180 * MiB, 1000}, &metrics);
        HealthService health(&memory, &metrics);
        auto owned
            = std::make_unique<FakeContributor>(QStringLiteral("agent"), HealthContributor::Dependency::None);
        owned->queueDepth = 6;
        FakeContributor *agent = owned.get();
        health.addContributor(std::move(owned));
        health.setLifecycle(HealthService::Lifecycle::Running);

        const HealthSnapshot s = health.snapshot(HealthSnapshot::View::Detailed);
        QVERIFY(s.details);
        QCOMPARE(s.details->queueDepth, 6);
        QCOMPARE(s.details->build.version, QStringLiteral(BLUFIO_VERSION));
        QCOMPARE(s.details->build.commit, QStringLiteral(BLUFIO_GIT_COMMIT));
        QCOMPARE(s.details->build.qt, QString::fromLatin1(qVersion()));
        QVERIFY(!s.details->build.allocator.isEmpty());
        QCOMPARE(s.details->limits.memoryWarnBytes, qint64(120 * MiB));
        QCOMPARE(s.details->limits.memoryLimitBytes, qint64(180 * MiB));
        // Nobody reported the gateway's tables or a budget: their objects are empty, not missing.
        const QJsonObject body = s.toJson();
        QCOMPARE(body.value(QStringLiteral("memory")).toObject(), QJsonObject());
        QCOMPARE(body.value(QStringLiteral("budget")).toObject(), QJsonObject());
        for (const QString &key : publicKeys())
            QVERIFY2(body.contains(key), qPrintable(key));
        QCOMPARE(agent->calls, 1); // each look asks each contributor once
    }

    // The contributors the daemon registers, against a real database and a real AuthGate.
    void daemonContributors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("blufio.db"));
        SqliteStorage storage(path);
        QVERIFY(storage.open().ok());
        Metrics metrics(QStringLiteral("test"));
        Budget budget(2.0, std::nullopt, &storage, &metrics);
        AuthThrottle::Settings throttle;
        AuthGate gate(
            std::make_unique<Authenticator>(QByteArray("a-token-of-at-least-24-chars"), QStringList()),
            throttle, &metrics);

        HealthService health(nullptr, &metrics);
        health.addContributor(std::make_unique<StorageHealth>(&storage, path));
        // No provider could be set up: shown, but not a dependency (the daemon stays healthy).
        health.addContributor(
            std::make_unique<ProviderHealth>(QStringLiteral("anthropic"), QStringLiteral("claude"), nullptr,
                                             &metrics.dependencyUp(QStringLiteral("provider"))));
        health.addContributor(std::make_unique<BudgetHealth>(&budget));
        health.addContributor(std::make_unique<AuthHealth>(gate));
        health.setLifecycle(HealthService::Lifecycle::Running);

        HealthSnapshot s = health.snapshot(HealthSnapshot::View::Detailed);
        QCOMPARE(s.status, HealthSnapshot::Status::Healthy);
        const HealthSnapshot::Details &d = *s.details;
        QCOMPARE(d.storage.path, path);
        QVERIFY(d.storage.ok);
        QCOMPARE(d.storage.schemaVersion, std::optional<int>(SqliteStorage::latestSchemaVersion()));
        QCOMPARE(d.storage.sessionsTotal, std::optional<qint64>(0));
        QVERIFY(d.storage.sizeBytes.value_or(0) > 0);
        QCOMPARE(d.provider.name, QStringLiteral("anthropic"));
        QCOMPARE(d.provider.model, QStringLiteral("claude"));
        QVERIFY(!d.provider.configured);
        QVERIFY(!d.provider.up);
        QVERIFY(!d.provider.baseUrl);
        QVERIFY(d.budget.daily && d.budget.monthly);
        QCOMPARE(d.budget.daily->budgetUsd, std::optional<double>(2.0));
        QCOMPARE(d.budget.daily->spentUsd, 0.0);
        QCOMPARE(d.budget.monthly->budgetUsd, std::nullopt);
        QVERIFY(d.budget.daily->resetsAt > QDateTime::currentDateTimeUtc());
        QVERIFY(d.memory);
        QCOMPARE(d.memory->nonceCacheLimitBytes, qint64(Authenticator::kDefaultNonceCacheBytes));
        QCOMPARE(d.memory->nonceCacheEntries, 0);
        QCOMPARE(d.memory->authThrottlePeers, 0);
        QCOMPARE(metrics.dependencyUp(QStringLiteral("database")).Value(), 1.0);
        const Result<HealthSnapshot> parsed = HealthSnapshot::fromJson(s.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(*parsed, s);

        // The database going away makes the daemon unhealthy, and /v1/health says what is left.
        storage.close();
        s = health.snapshot(HealthSnapshot::View::Detailed);
        QCOMPARE(s.status, HealthSnapshot::Status::Unhealthy);
        QVERIFY(!s.details->storage.ok);
        QVERIFY(!s.details->storage.schemaVersion && !s.details->storage.sessionsTotal
                && !s.details->storage.sizeBytes);
        QCOMPARE(metrics.dependencyUp(QStringLiteral("database")).Value(), 0.0);
        QCOMPARE(metrics.healthStatus.Value(), 0.0);
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("detailed");
        QTest::addColumn<QString>("version");
        QTest::newRow("public") << false << QStringLiteral("0.1.0");
        QTest::newRow("detailed") << true << QStringLiteral("0.1.0");
        // A version QJsonDocument would escape: the hand-written path must not be taken.
        QTest::newRow("public-escaped-version") << false << QStringLiteral("0.1\"\\\u00e9");
    }

    void roundTrip()
    {
        QFETCH(bool, detailed);
        QFETCH(QString, version);
        HealthSnapshot s = fullSnapshot();
        s.version = version;
        if (!detailed)
            s.details.reset();
        const QJsonObject json = s.toJson();
        QCOMPARE(s.toJsonBytes(), compact(json));
        const Result<HealthSnapshot> parsed
            = HealthSnapshot::fromJson(QJsonDocument::fromJson(s.toJsonBytes()).object());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(*parsed, s);
        QCOMPARE(parsed->toJson(), json);
    }

    // The detailed document's keys and types, the contract the CLI, the tray and scripts read.
    void detailedKeysAndTypes()
    {
        const QJsonObject o = fullSnapshot().toJson();
        QStringList keys = publicKeys();
        keys << QStringLiteral("budget") << QStringLiteral("build") << QStringLiteral("limits")
             << QStringLiteral("memory") << QStringLiteral("provider") << QStringLiteral("queue_depth")
             << QStringLiteral("storage") << QStringLiteral("telegram");
        keys.sort();
        QCOMPARE(o.keys(), keys);
        const auto sub = [&o](const char *key) {
            return o.value(QLatin1String(key)).toObject();
        };
        QCOMPARE(sub("storage").keys(),
                 (QStringList {QStringLiteral("ok"), QStringLiteral("path"), QStringLiteral("schema_version"),
                               QStringLiteral("sessions_total"), QStringLiteral("size_bytes")}));
        QCOMPARE(sub("provider").keys(),
                 (QStringList {QStringLiteral("base_url"), QStringLiteral("configured"),
                               QStringLiteral("model"), QStringLiteral("name"), QStringLiteral("up")}));
        QCOMPARE(sub("budget").keys(), (QStringList {QStringLiteral("daily"), QStringLiteral("monthly")}));
        const QJsonObject daily = sub("budget").value(QStringLiteral("daily")).toObject();
        QCOMPARE(daily.keys(),
                 (QStringList {QStringLiteral("budget_usd"), QStringLiteral("resets_at"),
                               QStringLiteral("spent_usd")}));
        QCOMPARE(daily.value(QStringLiteral("resets_at")).toString(), QStringLiteral("2030-01-02T00:00:00Z"));
        QVERIFY(sub("budget")
                    .value(QStringLiteral("monthly"))
                    .toObject()
                    .value(QStringLiteral("budget_usd"))
                    .isNull());
        QCOMPARE(sub("build").keys(),
                 (QStringList {QStringLiteral("allocator"), QStringLiteral("commit"), QStringLiteral("qt"),
                               QStringLiteral("version")}));
        QCOMPARE(sub("limits").keys(),
                 (QStringList {QStringLiteral("memory_limit_bytes"), QStringLiteral("memory_warn_bytes")}));
        QCOMPARE(sub("memory").keys(),
                 (QStringList {QStringLiteral("auth_throttle_bytes"), QStringLiteral("auth_throttle_peers"),
                               QStringLiteral("nonce_cache_bytes"), QStringLiteral("nonce_cache_entries"),
                               QStringLiteral("nonce_cache_limit_bytes")}));
        QVERIFY(o.value(QStringLiteral("queue_depth")).isDouble());
        // Only with telegram.enabled; null fields stay present so a client can tell "none" from "old".
        QCOMPARE(sub("telegram").keys(),
                 (QStringList {QStringLiteral("bot"), QStringLiteral("last_error"),
                               QStringLiteral("last_poll_at"), QStringLiteral("up")}));
        QCOMPARE(sub("telegram").value(QStringLiteral("last_poll_at")).toString(),
                 QStringLiteral("2030-01-01T12:00:00Z"));
        QVERIFY(sub("telegram").value(QStringLiteral("bot")).isNull());
    }

    void fromJsonRefuses_data()
    {
        QTest::addColumn<QByteArray>("change"); // a JSON object merged over the full document
        QTest::addColumn<QString>("named"); // what the error must name
        QTest::newRow("status-missing") << QByteArray(R"({"status":null})") << QStringLiteral("status");
        QTest::newRow("status-unknown") << QByteArray(R"({"status":"fine"})") << QStringLiteral("status");
        QTest::newRow("pressure-string")
            << QByteArray(R"({"memory_pressure":"1"})") << QStringLiteral("memory_pressure");
        QTest::newRow("uptime-fraction")
            << QByteArray(R"({"uptime_secs":1.5})") << QStringLiteral("uptime_secs");
        QTest::newRow("accepting-number")
            << QByteArray(R"({"accepting_sessions":1})") << QStringLiteral("accepting_sessions");
        QTest::newRow("provider-missing") << QByteArray(R"({"provider":null})") << QStringLiteral("provider");
        QTest::newRow("storage-ok-missing")
            << QByteArray(R"({"storage":{"path":"x"}})") << QStringLiteral("storage.ok");
        QTest::newRow("daily-spent-string")
            << QByteArray(R"({"budget":{"daily":{"spent_usd":"0","budget_usd":null,"resets_at":""}}})")
            << QStringLiteral("budget.daily.spent_usd");
        QTest::newRow("telegram-up-missing")
            << QByteArray(R"({"telegram":{"last_error":null,"last_poll_at":null,"bot":null}})")
            << QStringLiteral("telegram.up");
    }

    void fromJsonRefuses()
    {
        QFETCH(QByteArray, change);
        QFETCH(QString, named);
        QJsonObject o = fullSnapshot().toJson();
        const QJsonObject overlay = QJsonDocument::fromJson(change).object();
        for (auto it = overlay.begin(); it != overlay.end(); ++it) {
            if (it.value().isNull())
                o.remove(it.key());
            else
                o.insert(it.key(), it.value());
        }
        const Result<HealthSnapshot> parsed = HealthSnapshot::fromJson(o);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(named), qPrintable(parsed.errorMessage()));
        // Not even a health document: an error body.
        QVERIFY(!HealthSnapshot::fromJson(
                     QJsonDocument::fromJson(R"({"error":{"code":"unauthorized"}})").object())
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestHealthService)
#include "tst_healthservice.moc"
