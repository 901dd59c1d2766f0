#pragma once

#include "DoctorCheck.h"

#include "common/Result.h"
#include "common/config/Config.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QUrl>

#include <optional>

namespace blufio::cli {

// The checks behind `blufio doctor`, one method each. They run against one loaded configuration;
// the provider check remembers the upstream's Date header so that the clock check needs no second call.
class DoctorChecks
{
    Q_DECLARE_TR_FUNCTIONS(DoctorChecks)

public:
    DoctorChecks(Config config, const QProcessEnvironment &env, QUrl daemonUrl);

    // The configuration itself is checked before an instance exists: without one nothing else can run.
    // valid: the loader's and the start-up checks' verdict.
    static DoctorCheck configCheck(const QString &path, const Result<void> &valid);

    DoctorCheck dataDir() const;
    DoctorCheck database() const;
    // The database check's first step: a failure when Qt's SQLite driver is not among DRIVERS
    // (QSqlDatabase::drivers()), naming the Debian package that has it; nullopt when it is there.
    static std::optional<DoctorCheck> sqliteDriver(const QStringList &drivers);
    DoctorCheck provider(int timeoutMs);
    DoctorCheck gatewayAuth() const;
    // getMe with telegram.bot_token (a vault reference resolved like the provider's key), then
    // getWebhookInfo: a webhook makes Telegram refuse the daemon's long poll.
    DoctorCheck telegram(int timeoutMs) const;
    DoctorCheck port() const;
    DoctorCheck systemd() const;

    DoctorCheck integrity() const;
    DoctorCheck schema() const;
    DoctorCheck disk(quint64 minFreeOverride) const; // 0: 2 × database size + 100 MiB
    DoctorCheck vault() const;
    DoctorCheck memory() const;
    DoctorCheck clock() const;

private:
    // A "vault:NAME" API key through SecretResolver, with BLUFIO_VAULT_KEY only (never a prompt).
    Result<QByteArray> resolveSecret(const QString &value) const;
    // "name (pid N)" of whoever listens on the TCP port, from /proc; empty when unknown.
    static QString listenerName(quint16 port);

    Config m_config;
    QProcessEnvironment m_env;
    QUrl m_daemonUrl;
    QDateTime m_providerDate; // from the provider probe; invalid when it did not answer
    bool m_providerAnswered = false;
};

} // namespace blufio::cli
