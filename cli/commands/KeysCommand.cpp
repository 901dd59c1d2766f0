#include "KeysCommand.h"

#include "common/crypto/ApiToken.h"
#include "common/storage/SqliteStorage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace blufio::cli {

namespace {
const QStringList &scopeNames()
{
    static const QStringList names {QStringLiteral("read"), QStringLiteral("chat"), QStringLiteral("admin")};
    return names;
}

QString usd(qint64 micros)
{
    return QString::number(double(micros) / 1e6, 'f', 2);
}

QString isoDate(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonValue jsonMicros(std::optional<qint64> micros)
{
    return micros ? QJsonValue(double(*micros) / 1e6) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonTime(std::optional<qint64> ms)
{
    return ms ? QJsonValue(isoDate(ms)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString KeysCommand::description() const
{
    return tr("Add, list or revoke API keys with scopes and budgets.");
}

void KeysCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        QCommandLineOption(QStringLiteral("scope"),
                           tr("add: what the key may do: read, chat or admin (default chat; repeatable)."),
                           QStringLiteral("SCOPE")));
    parser.addOption(QCommandLineOption(QStringLiteral("daily-budget"),
                                        tr("add: USD the key may spend per UTC day."),
                                        QStringLiteral("USD")));
    parser.addOption(QCommandLineOption(QStringLiteral("monthly-budget"),
                                        tr("add: USD the key may spend per UTC month."),
                                        QStringLiteral("USD")));
    parser.addOption(QCommandLineOption(QStringLiteral("expires"),
                                        tr("add: the last day (UTC) the key works."),
                                        QStringLiteral("YYYY-MM-DD")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("device"),
                           tr("add: name a device's public key (blufio keygen) instead of making a token."),
                           QStringLiteral("PUBKEY")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("list: print JSON.")));
}

std::optional<qint64> KeysCommand::parseBudget(const QString &text)
{
    // Digits only, parsed by hand: a double would turn 0.29 into 289999 micro-dollars.
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,9})(?:\\.([0-9]{1,6}))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 micros
        = match.captured(1).toLongLong() * 1000000 + match.captured(2).leftJustified(6, u'0').toLongLong();
    if (micros <= 0)
        return std::nullopt;
    return micros;
}

int KeysCommand::execute(const QCommandLineParser &parser, const QStringList &args, CommandContext &ctx)
{
    const QString sub = args.value(0);
    if (sub == u"add" && args.size() == 2)
        return add(parser, args.at(1), ctx);
    if (sub == u"list" && args.size() == 1)
        return list(parser, ctx);
    if (sub == u"revoke" && args.size() == 2)
        return revoke(args.at(1), ctx);
    ctx.err << tr("Usage: blufio keys add NAME [--scope read|chat|admin]... [--daily-budget USD] "
                  "[--monthly-budget USD] [--expires YYYY-MM-DD] [--device PUBKEY]")
            << '\n'
            << tr("       blufio keys list [--json]") << '\n'
            << tr("       blufio keys revoke NAME") << Qt::endl;
    return Usage;
}

std::unique_ptr<SqliteStorage> KeysCommand::openStorage(const QString &command, CommandContext &ctx,
                                                        int *exitCode)
{
    // The daemon sees a change on its next request: it reads the key's row every time.
    const auto config = loadConfig(ctx);
    if (!config) {
        *exitCode = exitCodeFor(config.code());
        return nullptr;
    }
    return openDatabase(command, *config, ctx, exitCode);
}

int KeysCommand::add(const QCommandLineParser &parser, const QString &keyName, CommandContext &ctx)
{
    const QString command = QStringLiteral("blufio keys add");
    const auto usage = [&](const QString &why) {
        ctx.err << command << ": " << why << Qt::endl;
        return int(Usage);
    };
    // Names go into metric labels and log lines: keep them plain.
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!namePattern.match(keyName).hasMatch())
        return usage(
            tr("'%1' is not a key name: use 1 to 64 letters, digits, '.', '_' or '-'.").arg(keyName));

    ApiKey key;
    key.name = keyName;
    QStringList scopes = parser.values(QStringLiteral("scope"));
    if (scopes.isEmpty())
        scopes = {QStringLiteral("chat")};
    for (const QString &scope : std::as_const(scopes)) {
        if (!scopeNames().contains(scope))
            return usage(tr("unknown scope '%1' (use read, chat or admin).").arg(scope));
        if (!key.scopes.contains(scope))
            key.scopes.append(scope);
    }
    for (const QString &option : {QStringLiteral("daily-budget"), QStringLiteral("monthly-budget")}) {
        if (!parser.isSet(option))
            continue;
        const std::optional<qint64> micros = parseBudget(parser.value(option));
        if (!micros)
            return usage(
                tr("--%1 '%2' is not a positive amount of USD (at most six decimals, e.g. 1 or 0.25).")
                    .arg(option, parser.value(option)));
        (option == u"daily-budget" ? key.dailyBudgetMicros : key.monthlyBudgetMicros) = micros;
    }
    const qint64 now = Storage::nowMs();
    if (parser.isSet(QStringLiteral("expires"))) {
        const QString text = parser.value(QStringLiteral("expires"));
        const QDate last = QDate::fromString(text, Qt::ISODate);
        if (!last.isValid() || text.size() != 10)
            return usage(tr("--expires '%1' is not a date (YYYY-MM-DD).").arg(text));
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
        if (last < today)
            return usage(
                tr("--expires %1 is in the past (today is %2, UTC).").arg(text, today.toString(Qt::ISODate)));
        // Valid through that whole day, UTC.
        key.expiresAtMs = QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    QByteArray token;
    if (parser.isSet(QStringLiteral("device"))) {
        key.deviceKey = ApiToken::canonicalDeviceKey(parser.value(QStringLiteral("device")));
        if (key.deviceKey.isEmpty())
            return usage(
                tr("--device '%1' is not a base64 Ed25519 public key (make one with `blufio keygen`).")
                    .arg(parser.value(QStringLiteral("device"))));
    } else {
        token = ApiToken::generate();
        key.tokenHash = ApiToken::digest(token);
    }
    key.createdAtMs = now;

    int exitCode = Failure;
    const std::unique_ptr<SqliteStorage> storage = openStorage(command, ctx, &exitCode);
    if (!storage) {
        ApiToken::wipe(token);
        return exitCode;
    }
    if (const Result<void> added = storage->addKey(key); !added) {
        ApiToken::wipe(token);
        if (added.code() == ErrorCode::Conflict)
            return usage(added.errorMessage());
        ctx.err << command << ": " << added.errorMessage() << Qt::endl;
        return exitCodeFor(added.code());
    }
    ctx.err << tr("Added key %1 (scopes: %2).").arg(keyName, key.scopes.join(QStringLiteral(", ")))
            << Qt::endl;
    if (token.isEmpty()) {
        ctx.err << tr("The device signs its requests with its own key; nothing to copy.") << Qt::endl;
        return Ok;
    }
    ctx.err << tr("The token below is shown once; blufio keeps only its hash. Send it as "
                  "'Authorization: Bearer TOKEN'.")
            << Qt::endl;
    // The token alone on the last line of stdout, and nowhere else.
    ctx.out << QString::fromLatin1(token) << Qt::endl;
    ApiToken::wipe(token);
    return Ok;
}

int KeysCommand::list(const QCommandLineParser &parser, CommandContext &ctx)
{
    const QString command = QStringLiteral("blufio keys list");
    int exitCode = Failure;
    const std::unique_ptr<SqliteStorage> storage = openStorage(command, ctx, &exitCode);
    if (!storage)
        return exitCode;
    const Result<QList<ApiKey>> keys = storage->keys();
    if (!keys) {
        ctx.err << command << ": " << keys.errorMessage() << Qt::endl;
        return exitCodeFor(keys.code());
    }
    const qint64 now = Storage::nowMs();
    const auto spent = [&](const QString &name, Storage::CostPeriod period) {
        const qint64 start = period == Storage::CostPeriod::UtcDay ? Storage::startOfUtcDay(now)
                                                                   : Storage::startOfUtcMonth(now);
        const Result<CostTotals> totals = storage->keyCostIn(name, period, start);
        return totals ? totals->costUsd : 0.0;
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ApiKey &key : *keys) {
            QJsonObject o;
            o[QStringLiteral("name")] = key.name;
            o[QStringLiteral("kind")]
                = key.deviceKey.isEmpty() ? QStringLiteral("token") : QStringLiteral("device");
            if (!key.deviceKey.isEmpty())
                o[QStringLiteral("device_key")] = key.deviceKey; // a public key
            o[QStringLiteral("scopes")] = QJsonArray::fromStringList(key.scopes);
            o[QStringLiteral("daily_budget_usd")] = jsonMicros(key.dailyBudgetMicros);
            o[QStringLiteral("monthly_budget_usd")] = jsonMicros(key.monthlyBudgetMicros);
            o[QStringLiteral("spent_today_usd")] = spent(key.name, Storage::CostPeriod::UtcDay);
            o[QStringLiteral("spent_month_usd")] = spent(key.name, Storage::CostPeriod::UtcMonth);
            o[QStringLiteral("expires_at")] = jsonTime(key.expiresAtMs);
            o[QStringLiteral("created_at")] = isoDate(key.createdAtMs);
            o[QStringLiteral("last_used_at")] = jsonTime(key.lastUsedAtMs);
            o[QStringLiteral("revoked")] = key.revoked;
            o[QStringLiteral("expired")] = !key.revoked && !key.usableAt(now);
            array.append(o);
        }
        ctx.out
            << QJsonDocument(QJsonObject {{QStringLiteral("keys"), array}}).toJson(QJsonDocument::Indented);
        ctx.out.flush();
        return Ok;
    }
    if (keys->isEmpty()) {
        ctx.err << tr("No keys yet; `blufio keys add NAME` makes one.") << Qt::endl;
        return Ok;
    }
    const QStringList header {tr("NAME"),  tr("SCOPES"),  tr("DAILY"),     tr("MONTHLY"), tr("TODAY"),
                              tr("MONTH"), tr("EXPIRES"), tr("LAST USED"), tr("STATE")};
    QList<QStringList> rows {header};
    for (const ApiKey &key : *keys) {
        const QString state
            = key.revoked ? tr("revoked") : (key.usableAt(now) ? tr("active") : tr("expired"));
        rows.append({key.name, key.scopes.join(u','),
                     key.dailyBudgetMicros ? u'$' + usd(*key.dailyBudgetMicros) : tr("none"),
                     key.monthlyBudgetMicros ? u'$' + usd(*key.monthlyBudgetMicros) : tr("none"),
                     u'$' + QString::number(spent(key.name, Storage::CostPeriod::UtcDay), 'f', 4),
                     u'$' + QString::number(spent(key.name, Storage::CostPeriod::UtcMonth), 'f', 4),
                     key.expiresAtMs ? isoDate(key.expiresAtMs) : tr("never"),
                     key.lastUsedAtMs ? isoDate(key.lastUsedAtMs) : tr("never"), state});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 == row.size() ? row.at(i) : row.at(i).leftJustified(widths[i] + 2);
        ctx.out << line << '\n';
    }
    ctx.out.flush();
    return Ok;
}

int KeysCommand::revoke(const QString &keyName, CommandContext &ctx)
{
    const QString command = QStringLiteral("blufio keys revoke");
    int exitCode = Failure;
    const std::unique_ptr<SqliteStorage> storage = openStorage(command, ctx, &exitCode);
    if (!storage)
        return exitCode;
    if (const Result<void> revoked = storage->revokeKey(keyName); !revoked) {
        ctx.err << command << ": " << revoked.errorMessage() << Qt::endl;
        return revoked.code() == ErrorCode::NotFound ? int(Usage) : exitCodeFor(revoked.code());
    }
    ctx.err << tr("Revoked key %1; the daemon refuses it from its next request on.").arg(keyName) << Qt::endl;
    return Ok;
}

} // namespace blufio::cli
