#include "DoctorChecks.h"

#include "common/net/HealthClient.h"
#include "common/storage/DataDirLock.h"
#include "common/storage/SchemaCheck.h"
#include "common/storage/SqliteStorage.h"
#include "common/telegram/TelegramBotApi.h"
#include "common/term/TerminalOutput.h"
#include "common/vault/PassphraseReader.h"
#include "common/vault/SecretResolver.h"
#include "common/vault/Vault.h"
#include "providers/NetworkPool.h"
#include "providers/ProviderFactory.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

#include <sys/statvfs.h>

#include <cmath>

namespace blufio::cli {

namespace {
using Status = DoctorCheck::Status;

DoctorCheck make(const char *id, Status status, const QString &message, const QString &remedy = {})
{
    return DoctorCheck {QString::fromLatin1(id), status, message, remedy};
}

// The first line only: a finding is one line even when the underlying error is several.
QString firstLine(const QString &text)
{
    return text.section(u'\n', 0, 0).trimmed();
}
} // namespace

DoctorChecks::DoctorChecks(Config config, const QProcessEnvironment &env, QUrl daemonUrl)
    : m_config(std::move(config)), m_env(env), m_daemonUrl(std::move(daemonUrl))
{ }

DoctorCheck DoctorChecks::configCheck(const QString &path, const Result<void> &valid)
{
    if (!valid)
        return make("config", Status::Fail, firstLine(valid.errorMessage()),
                    tr("Fix the file at the position shown; `blufio config validate` lists every error."));
    if (path.isEmpty())
        return make("config", Status::Ok, tr("no configuration file found, using the defaults"));
    return make("config", Status::Ok, tr("%1 is valid").arg(path));
}

DoctorCheck DoctorChecks::dataDir() const
{
    const QString dir = m_config.dataDir();
    const QFileInfo info(dir);
    if (!info.exists())
        return make("data_dir", Status::Fail, tr("data directory %1 does not exist").arg(dir),
                    tr("Create it for the daemon's user: mkdir -p %1").arg(dir));
    if (!info.isDir())
        return make("data_dir", Status::Fail, tr("data directory %1 is not a directory").arg(dir),
                    tr("Point daemon.data_dir at a directory."));
    // Permission bits do not stop root, and a read-only mount is not in them either: only a real write tells.
    QFile probe(
        QDir(dir).filePath(QStringLiteral(".doctor-") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return make("data_dir", Status::Fail,
                    tr("data directory %1 is not writable: %2").arg(dir, probe.errorString()),
                    tr("Give the daemon's user write access to %1.").arg(dir));
    probe.close();
    probe.remove();
    return make("data_dir", Status::Ok, tr("%1 exists and is writable").arg(dir));
}

std::optional<DoctorCheck> DoctorChecks::sqliteDriver(const QStringList &drivers)
{
    if (drivers.contains(QStringLiteral("QSQLITE")))
        return std::nullopt;
    // Qt loads the driver as a plugin at run time, so nothing fails before the first database is opened.
    return make(
        "database", Status::Fail,
        tr("Qt's SQLite driver (QSQLITE) is not installed: neither blufiod nor blufio can open a database"),
        tr("Install it: apt-get install libqt6sql6-sqlite"));
}

DoctorCheck DoctorChecks::database() const
{
    if (auto missing = sqliteDriver(QSqlDatabase::drivers()))
        return *missing;
    const QString path = m_config.databasePath();
    if (!QFileInfo::exists(path))
        return make("database", Status::Warn,
                    tr("%1 does not exist yet; the daemon will create it").arg(path),
                    tr("Nothing to do unless you expected existing data there (check storage.database)."));
    SqliteStorage storage(path);
    const Result<void> opened = storage.open();
    if (!opened) {
        QString remedy;
        switch (opened.code()) {
        case ErrorCode::SchemaTooNew:
            remedy = tr("Upgrade blufio to the version that wrote this database.");
            break;
        case ErrorCode::NotBlufio:
            remedy = tr("Point storage.database at blufio's database; this file belongs to something else.");
            break;
        case ErrorCode::NotSqlite:
        case ErrorCode::Corrupt:
            remedy = tr("Restore the latest backup: blufio restore BACKUP --force");
            break;
        default:
            remedy = tr("Check the file's permissions and the disk, then run blufio doctor again.");
            break;
        }
        return make("database", Status::Fail, tr("%1: %2").arg(path, firstLine(opened.errorMessage())),
                    remedy);
    }
    const Result<int> version = storage.schemaVersion();
    return make("database", Status::Ok,
                tr("%1 opens, schema version %2")
                    .arg(path)
                    .arg(version.ok() ? *version : SqliteStorage::latestSchemaVersion()));
}

Result<QByteArray> DoctorChecks::resolveSecret(const QString &value) const
{
    if (!SecretResolver::isReference(value))
        return value.toUtf8();
    if (!m_env.contains(PassphraseReader::environmentVariable()))
        return Error {ErrorCode::NoPassphrase, tr("the key is in the vault and BLUFIO_VAULT_KEY is not set")};
    SqliteStorage storage(m_config.databasePath());
    if (Result<void> opened = storage.open(); !opened)
        return opened.error();
    // Only the environment: the doctor must never stop and wait at a passphrase prompt.
    const Result<SecureBytes> secret
        = SecretResolver(storage, PassphraseReader(m_env, QString())).resolve(value);
    if (!secret)
        return secret.error();
    return secret->view().toByteArray();
}

DoctorCheck DoctorChecks::provider(int timeoutMs)
{
    const QString name = m_config.settings().agent.provider;
    const Settings::Provider *section = m_config.settings().providers.named(name);
    const QString keyName = section ? section->apiKeyKey : QString();
    Config resolved = m_config;
    if (section && !section->apiKey.isEmpty()) {
        const Result<QByteArray> key = resolveSecret(section->apiKey);
        if (!key || key->isEmpty())
            return make("provider", Status::Warn, tr("%1: %2").arg(keyName, key.errorMessage()),
                        tr("Set BLUFIO_VAULT_KEY so that doctor can check the key."));
        ConfigEntry entry = m_config.entry(keyName);
        entry.value = QString::fromUtf8(*key);
        resolved.set(keyName, entry);
    }
    NetworkPool network; // one probe: one manager
    Result<std::unique_ptr<LlmProvider>> setup = createProvider(resolved, &network);
    if (!setup)
        return make("provider", Status::Fail, firstLine(setup.errorMessage()),
                    tr("Set %1 in the configuration or the environment.")
                        .arg(ProviderError::notConfigured(setup.error()).configKey));
    std::unique_ptr<LlmProvider> &provider = *setup;
    provider->setProbeTimeoutMs(timeoutMs);
    // The daemon's provider log lines would repeat on stderr what the finding already says.
    QLoggingCategory::setFilterRules(QStringLiteral("blufio.provider=false"));
    QPointer<ProviderCall> call = provider->probe();
    std::optional<ProviderError> error;
    bool done = false;
    QEventLoop loop;
    QObject::connect(call, &ProviderCall::finished, &loop, [&](const ProviderResult &result) {
        m_providerDate = result.serverDate.isValid() ? result.serverDate : m_providerDate;
        done = true;
        loop.quit();
    });
    QObject::connect(call, &ProviderCall::failed, &loop, [&](const ProviderError &e) {
        error = e;
        done = true;
        loop.quit();
    });
    // A second bound in case the call never reports: the doctor must finish.
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    if (call && !m_providerDate.isValid())
        m_providerDate = call->serverDate();
    const QString where = provider->baseUrl().toString();
    if (!done) {
        if (call)
            call->cancel();
        return make("provider", Status::Fail, tr("%1 did not answer within %2 ms").arg(where).arg(timeoutMs),
                    tr("Check the network path to %1 (proxy, firewall, DNS).").arg(where));
    }
    if (!error) {
        m_providerAnswered = true;
        return make("provider", Status::Ok, tr("%1 reachable at %2, key accepted").arg(name, where));
    }
    switch (error->kind) {
    case ProviderError::Kind::Unauthorized:
        m_providerAnswered = true;
        return make("provider", Status::Fail, tr("%1 key rejected by %2").arg(name, where),
                    tr("Put a valid key in %1 (or `blufio config set-secret`).").arg(keyName));
    case ProviderError::Kind::Network:
    case ProviderError::Kind::Timeout:
    case ProviderError::Kind::Cancelled:
        return make("provider", Status::Fail, tr("%1 unreachable: %2").arg(where, firstLine(error->message)),
                    tr("Check providers.%1.base_url and the network path (proxy, firewall, DNS).").arg(name));
    case ProviderError::Kind::RateLimited:
    case ProviderError::Kind::ServerError:
        m_providerAnswered = true;
        return make("provider", Status::Warn,
                    tr("%1 answered but is busy: %2").arg(where, firstLine(error->message)),
                    tr("Usually temporary; run blufio doctor again later."));
    default:
        m_providerAnswered = true;
        return make("provider", Status::Fail, tr("%1: %2").arg(where, firstLine(error->message)),
                    tr("Check providers.%1.base_url points at the %1 API.").arg(name));
    }
}

DoctorCheck DoctorChecks::gatewayAuth() const
{
    if (!m_config.settings().gateway.enabled)
        return make("gateway_auth", Status::Ok, tr("gateway disabled"));
    const bool bearer = !m_config.settings().gateway.bearerToken.isEmpty();
    const int devices = int(m_config.settings().gateway.deviceKeys.size());
    if (!bearer && devices == 0)
        return make("gateway_auth", Status::Fail, tr("gateway enabled without a bearer token or device keys"),
                    tr("Set gateway.bearer_token or add a key from `blufio keygen` to gateway.device_keys."));
    if (bearer && devices > 0)
        return make("gateway_auth", Status::Ok,
                    tr("bearer token and %n device key(s) configured", nullptr, devices));
    if (bearer)
        return make("gateway_auth", Status::Ok, tr("bearer token configured"));
    return make("gateway_auth", Status::Ok, tr("%n device key(s) configured", nullptr, devices));
}

DoctorCheck DoctorChecks::telegram(int timeoutMs) const
{
    const Settings::Telegram &settings = m_config.settings().telegram;
    if (!settings.enabled)
        return make("telegram", Status::Ok, tr("Telegram channel disabled"));
    const Result<QByteArray> resolved = resolveSecret(settings.botToken);
    if (!resolved || resolved->isEmpty())
        return make("telegram", Status::Warn, tr("telegram.bot_token: %1").arg(resolved.errorMessage()),
                    tr("Set BLUFIO_VAULT_KEY so that doctor can check the token."));
    const QByteArray &token = *resolved;
    QNetworkAccessManager network;
    TelegramBotApi api(&network, QUrl(settings.apiUrl), token);
    api.setRequestTimeoutMs(timeoutMs);
    std::optional<Result<TelegramUser>> me;
    {
        QEventLoop loop;
        api.getMe([&](Result<TelegramUser> r) {
            me.emplace(std::move(r));
            loop.quit();
        });
        QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QString where = settings.apiUrl;
    const QString networkRemedy
        = tr("Check telegram.api_url and the network path to %1 (proxy, firewall, DNS).").arg(where);
    if (!me)
        return make("telegram", Status::Fail, tr("%1 did not answer within %2 ms").arg(where).arg(timeoutMs),
                    networkRemedy);
    if (!*me) {
        const QString finding = firstLine(me->errorMessage());
        switch (me->code()) {
        case ErrorCode::Unauthorized:
            return make("telegram", Status::Fail, finding,
                        tr("Put the token @BotFather gave the bot (/token there shows it again) in the vault "
                           "with `blufio "
                           "config set-secret NAME` and set telegram.bot_token = \"vault:NAME\"."));
        case ErrorCode::Network:
        case ErrorCode::Timeout:
            return make("telegram", Status::Fail, finding, networkRemedy);
        case ErrorCode::RateLimited:
        case ErrorCode::Unavailable:
            return make("telegram", Status::Warn, finding,
                        tr("Usually temporary; run blufio doctor again later."));
        default:
            return make("telegram", Status::Fail, finding,
                        tr("Check that telegram.api_url points at the Bot API (%1).").arg(where));
        }
    }
    const QString bot = (*me)->username.isEmpty() ? (*me)->firstName : u'@' + (*me)->username;
    std::optional<Result<TelegramWebhookInfo>> webhook;
    {
        QEventLoop loop;
        api.getWebhookInfo([&](Result<TelegramWebhookInfo> r) {
            webhook.emplace(std::move(r));
            loop.quit();
        });
        QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (webhook && *webhook && !(*webhook)->url.isEmpty()) {
        return make("telegram", Status::Fail,
                    tr("bot %1 has a webhook (%2), so Telegram refuses the daemon's long polling (409)")
                        .arg(bot, (*webhook)->url),
                    tr("Delete the webhook: curl -X POST %1/bot<bot_token>/deleteWebhook (with the bot's "
                       "token in place of "
                       "<bot_token>).")
                        .arg(where));
    }
    // Emulators may not know getWebhookInfo; the token is what this check is about.
    const QString webhookState = webhook && *webhook ? tr("no webhook") : tr("webhook not checked");
    return make("telegram", Status::Ok,
                tr("bot %1 (id %2) answers at %3, %4").arg(bot).arg((*me)->id).arg(where, webhookState));
}

QString DoctorChecks::listenerName(quint16 port)
{
    // /proc/net/tcp{,6}: "sl local_address rem_address st ... inode"; st 0A is LISTEN.
    QSet<QString> inodes;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].simplified().split(' ');
            if (fields.size() < 10 || fields[3] != "0A")
                continue;
            bool ok = false;
            if (fields[1].mid(fields[1].lastIndexOf(':') + 1).toUInt(&ok, 16) == port && ok)
                inodes.insert(QStringLiteral("socket:[%1]").arg(QString::fromLatin1(fields[9])));
        }
    }
    if (inodes.isEmpty())
        return {};
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
            if (inodes.contains(fd.symLinkTarget().section(u'/', -1))
                || inodes.contains(QFile::symLinkTarget(fd.filePath()))) {
                QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
                const QString name = comm.open(QIODevice::ReadOnly)
                    ? QString::fromUtf8(comm.readAll()).trimmed()
                    : QString();
                return tr("%1 (pid %2)").arg(name, pid);
            }
        }
    }
    return {};
}

DoctorCheck DoctorChecks::port() const
{
    const QString bind = m_config.settings().daemon.bind;
    const auto portNumber = quint16(m_config.settings().daemon.healthPort);
    const QString where = QStringLiteral("%1:%2").arg(bind).arg(portNumber);
    {
        QTcpServer server;
        if (server.listen(QHostAddress(bind), portNumber))
            return make("port", Status::Ok, tr("%1 is free").arg(where));
    }
    // Taken: fine when it is our own daemon, which answers /health with its status and memory.
    QNetworkAccessManager nam;
    HealthClient client(&nam);
    const HealthReport report = client.fetchAndWait(m_daemonUrl, 2000);
    if (report.health) {
        const qint64 pid = DataDirLock::holderPid(m_config.dataDir());
        if (pid > 0)
            return make("port", Status::Ok, tr("%1 is held by blufiod (pid %2)").arg(where).arg(pid));
        return make("port", Status::Ok, tr("%1 is held by blufiod").arg(where));
    }
    QString holder = listenerName(portNumber);
    if (holder.isEmpty())
        holder = tr("another program");
    return make("port", Status::Fail, tr("%1 is held by %2, not by blufiod").arg(where, holder),
                tr("Stop that program or choose another daemon.health_port."));
}

DoctorCheck DoctorChecks::systemd() const
{
    const QString systemctl = QStandardPaths::findExecutable(QStringLiteral("systemctl"));
    if (systemctl.isEmpty() || !QFileInfo::exists(QStringLiteral("/run/systemd/system")))
        return make("systemd", Status::Ok, tr("not under systemd"));
    QProcess p;
    p.start(systemctl, {QStringLiteral("is-active"), QStringLiteral("blufio")});
    if (!p.waitForFinished(3000)) {
        p.kill();
        p.waitForFinished(1000);
        return make("systemd", Status::Warn, tr("systemctl did not answer"),
                    tr("Check systemd: systemctl status blufio"));
    }
    const QString state = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (p.exitCode() == 0)
        return make("systemd", Status::Ok, tr("blufio.service is %1").arg(state));
    return make("systemd", Status::Warn,
                tr("blufio.service is %1").arg(state.isEmpty() ? tr("unknown") : state),
                tr("Start it: systemctl enable --now blufio"));
}

DoctorCheck DoctorChecks::integrity() const
{
    const QString path = m_config.databasePath();
    if (!QFileInfo::exists(path))
        return make("integrity", Status::Ok, tr("no database yet"));
    SqliteStorage storage(path);
    Result<void> result = storage.open();
    if (result)
        result = storage.checkIntegrity();
    if (!result)
        return make("integrity", Status::Fail, tr("%1: %2").arg(path, firstLine(result.errorMessage())),
                    tr("Restore the latest backup: blufio restore BACKUP --force"));
    return make("integrity", Status::Ok, tr("integrity_check passed"));
}

DoctorCheck DoctorChecks::schema() const
{
    const QString path = m_config.databasePath();
    if (!QFileInfo::exists(path))
        return make("schema", Status::Ok, tr("no database yet"));
    // Through SqliteStorage, so what is checked is what the daemon would run on (WAL included,
    // migrations applied); restore uses the same comparison on a candidate.
    SqliteStorage storage(path);
    if (const Result<void> opened = storage.open(); !opened)
        return make("schema", Status::Fail, tr("%1: %2").arg(path, firstLine(opened.errorMessage())),
                    tr("Fix the database first (see the database check)."));
    if (const Result<void> checked = SchemaCheck::check(storage.handle()); !checked)
        return make(
            "schema", Status::Fail, tr("%1: %2").arg(path, firstLine(checked.errorMessage())),
            tr("Something other than blufio changed the schema: find out what, then restore the latest "
               "good backup (blufio restore BACKUP --force) or drop the object with sqlite3."));
    return make("schema", Status::Ok, tr("schema objects are exactly those of the migrations"));
}

DoctorCheck DoctorChecks::disk(quint64 minFreeOverride) const
{
    const QString dir = m_config.dataDir();
    struct statvfs vfs
    {
    };
    if (statvfs(QFile::encodeName(dir).constData(), &vfs) != 0)
        return make("disk", Status::Fail,
                    tr("cannot read free space of %1: %2").arg(dir, QString::fromLocal8Bit(strerror(errno))),
                    tr("Make sure daemon.data_dir exists."));
    const quint64 free = quint64(vfs.f_bavail) * quint64(vfs.f_frsize);
    const quint64 dbSize = quint64(QFileInfo(m_config.databasePath()).size());
    // A backup copies the database, and a restore keeps the old file until the new one is in: room for two.
    const quint64 needed = minFreeOverride > 0 ? minFreeOverride : 2 * dbSize + 100ull * 1024 * 1024;
    const QString finding = tr("%1 free on %2, need %3 (database %4)")
                                .arg(TerminalOutput::bytes(free), dir, TerminalOutput::bytes(needed),
                                     TerminalOutput::bytes(dbSize));
    if (free < needed)
        return make("disk", Status::Fail, finding,
                    tr("Free disk space or move daemon.data_dir to a larger file system."));
    return make("disk", Status::Ok, finding);
}

DoctorCheck DoctorChecks::vault() const
{
    const QString path = m_config.databasePath();
    if (!QFileInfo::exists(path))
        return make("vault", Status::Ok, tr("no vault"));
    SqliteStorage storage(path);
    if (const Result<void> opened = storage.open(); !opened)
        return make("vault", Status::Fail, firstLine(opened.errorMessage()),
                    tr("Fix the database first (see the database check)."));
    Vault v(storage);
    const Result<bool> exists = v.exists();
    if (!exists)
        return make("vault", Status::Fail, firstLine(exists.errorMessage()),
                    tr("Fix the database first (see the database check)."));
    if (!*exists)
        return make("vault", Status::Ok, tr("no vault"));
    if (!m_env.contains(PassphraseReader::environmentVariable()))
        return make("vault", Status::Warn, tr("a vault exists but BLUFIO_VAULT_KEY is not set"),
                    tr("Set BLUFIO_VAULT_KEY to let doctor (and the daemon) unlock it."));
    const Result<SecureBytes> passphrase = PassphraseReader(m_env, QString()).read(QString());
    if (!passphrase)
        return make("vault", Status::Fail, firstLine(passphrase.errorMessage()), tr("Set BLUFIO_VAULT_KEY."));
    if (const Result<void> unlocked = v.unlock(*passphrase); !unlocked)
        return make("vault", Status::Fail, firstLine(unlocked.errorMessage()),
                    tr("Set BLUFIO_VAULT_KEY to the vault's passphrase."));
    return make("vault", Status::Ok, tr("vault unlocks"));
}

DoctorCheck DoctorChecks::memory() const
{
    QNetworkAccessManager nam;
    HealthClient client(&nam);
    // An unreadable token reads as none: /health still answers without it.
    const QString token = m_config.settings().gateway.bearerToken;
    const Result<QByteArray> resolved
        = token.isEmpty() ? Result<QByteArray>(QByteArray()) : resolveSecret(token);
    const QByteArray bearer = resolved ? *resolved : QByteArray();
    HealthReport report = client.fetchAndWait(m_daemonUrl, 3000, bearer);
    if (report.httpStatus != 200 && !bearer.isEmpty())
        report = client.fetchAndWait(m_daemonUrl, 3000);
    if (report.httpStatus == 0)
        return make("memory", Status::Warn, tr("daemon not running at %1").arg(m_daemonUrl.toString()),
                    tr("Start it (systemctl start blufio, or blufio serve) to check its memory."));
    const HealthSnapshot health = report.health.value_or(HealthSnapshot {});
    // Without /v1/health the limits come from the configuration, which is what the daemon read at start.
    const qint64 warn = health.details ? health.details->limits.memoryWarnBytes
                                       : m_config.settings().daemon.memoryWarnMb * 1024 * 1024;
    const qint64 limit = health.details ? health.details->limits.memoryLimitBytes
                                        : m_config.settings().daemon.memoryLimitMb * 1024 * 1024;
    const qint64 heap = health.memoryHeapBytes;
    const qint64 rss = health.memoryRssBytes;
    const qint64 used = std::max(heap, rss);
    const QString finding
        = tr("daemon heap %1, RSS %2 (warn %3, limit %4)")
              .arg(TerminalOutput::bytes(quint64(heap)), TerminalOutput::bytes(quint64(rss)),
                   TerminalOutput::bytes(quint64(warn)), TerminalOutput::bytes(quint64(limit)));
    if (used > limit)
        return make("memory", Status::Fail, finding,
                    tr("Restart the daemon and raise daemon.memory_limit_mb if this recurs."));
    if (used > warn)
        return make("memory", Status::Warn, finding,
                    tr("Watch it; raise daemon.memory_warn_mb if this is its normal size."));
    return make("memory", Status::Ok, finding);
}

DoctorCheck DoctorChecks::clock() const
{
    if (!m_providerDate.isValid())
        return make("clock", Status::Warn, tr("no Date header from the provider to compare with"),
                    tr("Fix the provider check first; or check NTP: timedatectl"));
    const qint64 skew = m_providerDate.secsTo(QDateTime::currentDateTimeUtc());
    const QString finding = tr("clock differs from the provider's by %n s", nullptr, int(skew));
    if (std::llabs(skew) > 60)
        return make("clock", Status::Warn, finding,
                    tr("Enable time synchronisation: timedatectl set-ntp true"));
    return make("clock", Status::Ok, finding);
}

} // namespace blufio::cli
