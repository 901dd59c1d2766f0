#pragma once

#include "HealthClient.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace blufio {

class Config;

// The warn and limit thresholds a report is judged against. /health does not carry them, so the
// caller supplies them (from the local configuration, as `blufio status` does).
struct MemoryLimits
{
    quint64 warnBytes = 150ull << 20;
    quint64 limitBytes = 200ull << 20;

    static MemoryLimits fromConfig(const Config &config);
};

// The facts `blufio status` shows, read once from a HealthReport, so the CLI and the tray print
// the same thing: the --json document and the --plain "key: value" lines are built here.
class StatusSummary
{
public:
    StatusSummary(const HealthReport &report, const QUrl &url, const MemoryLimits &limits);

    HealthReport::State state() const { return m_report.state; }
    const HealthReport &report() const { return m_report; }
    QUrl url() const { return m_url; }
    QString version() const;
    qint64 uptimeSecs() const;
    quint64 heapBytes() const;
    quint64 residentBytes() const;
    quint64 rssBytes() const;
    int memoryPressure() const;
    int activeSessions() const;
    bool acceptingSessions() const;
    // Whether the reply was a health document at all (an error body or a proxy's page is not).
    bool hasHealth() const { return m_report.health.has_value(); }
    // From /v1/health (an authenticated look); absent from the unauthenticated /health.
    bool hasDetails() const { return m_health.details.has_value(); }
    double costTodayUsd() const;
    double costMonthUsd() const;
    std::optional<double> dailyBudgetUsd() const;
    std::optional<double> monthlyBudgetUsd() const;
    qint64 sessionsTotal() const;
    bool databaseOk() const;
    bool providerConfigured() const;
    bool providerUp() const;
    // The Telegram channel, when the daemon has it enabled (and the look was detailed).
    bool telegramEnabled() const;
    bool telegramUp() const;
    QString telegramLastError() const; // empty when none

    quint64 warnBytes() const { return m_limits.warnBytes; }
    quint64 limitBytes() const { return m_limits.limitBytes; }

    // The `blufio status --json` document; language-independent, keys documented in docs/CLI.md.
    QJsonObject toJson() const;
    // The `blufio status --plain` text, one "key: value" per line, ending in a newline. For an
    // unreachable daemon it gives state, url and error (the CLI prints an error instead).
    QString plainText() const;

private:
    HealthReport m_report;
    HealthSnapshot m_health; // the report's document, or an empty one
    QUrl m_url;
    MemoryLimits m_limits;
};

} // namespace blufio
