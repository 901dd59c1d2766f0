#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace blufio {

// The document of GET /health and GET /v1/health (docs/API.md), as one struct with its one
// serializer: the daemon's HealthService fills and renders it, `blufio status`, doctor and the tray
// parse it, and the tests compare against it. A field is named here and nowhere else.
struct HealthSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(HealthSnapshot)

public:
    enum class Status { Healthy, Degraded, Unhealthy };
    // /health shows the public fields only; the authenticated /v1/health adds the details.
    enum class View { Public, Detailed };

    // "storage": the database.
    struct Storage
    {
        QString path;
        bool ok = false;
        // Only while the database is open and answers.
        std::optional<int> schemaVersion;
        std::optional<qint64> sessionsTotal;
        std::optional<qint64> sizeBytes;
        bool operator==(const Storage &) const = default;
    };
    // "provider": the configured LLM provider.
    struct Provider
    {
        QString name; // agent.provider, also when it could not be set up
        bool configured = false;
        QString model;
        std::optional<QString> baseUrl; // only when configured
        bool up = false;
        bool operator==(const Provider &) const = default;
    };
    struct BudgetPeriod
    {
        double spentUsd = 0;
        std::optional<double> budgetUsd; // null: no budget for this period
        QDateTime resetsAt; // UTC
        bool operator==(const BudgetPeriod &) const = default;
    };
    // "budget": each period the daemon keeps books for (both, unless the budget is not set up).
    struct Budget
    {
        std::optional<BudgetPeriod> daily;
        std::optional<BudgetPeriod> monthly;
        bool operator==(const Budget &) const = default;
    };
    struct Build
    {
        QString version;
        QString commit;
        QString qt;
        QString allocator;
        bool operator==(const Build &) const = default;
    };
    // "limits": the thresholds the running daemon judges its memory against.
    struct Limits
    {
        qint64 memoryWarnBytes = 0;
        qint64 memoryLimitBytes = 0;
        bool operator==(const Limits &) const = default;
    };
    // "memory": what the gateway's bounded tables hold now (docs/DEPLOYMENT.md gives their ceilings).
    struct GatewayTables
    {
        qint64 nonceCacheBytes = 0;
        qint64 nonceCacheLimitBytes = 0;
        int nonceCacheEntries = 0;
        int authThrottlePeers = 0;
        qint64 authThrottleBytes = 0;
        bool operator==(const GatewayTables &) const = default;
    };
    // "telegram": the Telegram channel, present only when telegram.enabled.
    struct Channel
    {
        bool up = false; // its last poll got an answer
        std::optional<QString> lastError; // why the last poll failed; null after a good one
        std::optional<QDateTime> lastPollAt; // the last good poll, UTC; null before the first
        std::optional<QString> bot; // the bot's username once getMe answered
        bool operator==(const Channel &) const = default;
    };
    struct Details
    {
        Storage storage;
        Provider provider;
        Budget budget;
        Build build;
        Limits limits;
        std::optional<GatewayTables> memory; // absent: "memory" is an empty object
        int queueDepth = 0;
        std::optional<Channel> telegram;
        bool operator==(const Details &) const = default;
    };

    Status status = Status::Unhealthy;
    QString version;
    qint64 uptimeSecs = 0;
    qint64 memoryHeapBytes = 0;
    qint64 memoryResidentBytes = 0;
    qint64 memoryRssBytes = 0;
    int memoryPressure = 0; // 0, 1 or 2
    int activeSessions = 0;
    bool acceptingSessions = false;
    std::optional<Details> details; // /v1/health only

    bool operator==(const HealthSnapshot &) const = default;

    QJsonObject toJson() const;
    // Compact JSON, byte for byte what QJsonDocument writes for toJson() (keys sorted). The public
    // view is written directly: /health is the route monitors hammer, and building a QJsonObject for
    // it cost more than the rest of the request (docs/PERFORMANCE.md).
    QByteArray toJsonBytes() const;
    // Refuses an object that lacks a public field or has one of the wrong type; details are read when
    // the object has "storage" and must then be complete.
    static Result<HealthSnapshot> fromJson(const QJsonObject &object);

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(QStringView name);
};

} // namespace blufio
