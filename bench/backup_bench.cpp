// blufio-bench-backup: BackupService against `sqlite3 DB ".backup COPY"` on a ~100 MB blufio database,
// first on a quiet database, then while a writer appends 50 user messages per second through
// SqliteStorage (one transaction each, as the daemon does), reporting that writer's latency during
// the backup. Not a ctest test: run bench/backup.sh and copy the figures into docs/PERFORMANCE.md.
#include "common/storage/BackupService.h"
#include "common/storage/SqliteStorage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace blufio;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        say(QStringLiteral("sqlite: %1").arg(QString::fromUtf8(message ? message : "?")));
        sqlite3_free(message);
        return false;
    }
    return true;
}

// Schema through SqliteStorage (the migrations under test), bulk rows through one raw transaction:
// a hundred megabytes row by row through the API would measure the loader, not the backup.
bool buildDatabase(const QString &path, int sizeMb)
{
    {
        SqliteStorage storage(path);
        if (auto opened = storage.open(); !opened) {
            say(opened.errorMessage());
            return false;
        }
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    // ~4 KiB of text per message (hex of 2000 random bytes), 20 messages per session.
    const qint64 messages = qint64(sizeMb) * 1024 * 1024 / 4200;
    const QByteArray sql
        = QByteArrayLiteral("BEGIN;"
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ")
        + QByteArray::number(messages / 20)
        + ") INSERT INTO sessions (id, created_at, updated_at) SELECT lower(hex(randomblob(16))), i, i FROM "
          "n;"
          "INSERT INTO messages (session_id, seq, role, content, created_at) "
          "SELECT s.id, k.k, 'user', hex(randomblob(2000)), 0 FROM sessions s, "
          "(WITH RECURSIVE m(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM m WHERE k < 20) SELECT k FROM m) k;"
          "COMMIT; PRAGMA wal_checkpoint(TRUNCATE);";
    const bool ok = exec(db, sql.constData());
    sqlite3_close(db);
    return ok;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(p / 100.0 * double(values.size())));
    return values[index];
}

// Appends one user message every 1/rate seconds on its own connection and records each write's
// latency with the time it started.
class Writer : public QThread
{
public:
    Writer(QString path, int rate) : m_path(std::move(path)), m_rate(rate) { }
    std::atomic<bool> stop {false};

    struct Sample
    {
        qint64 startMs;
        double latencyMs;
    };
    std::vector<Sample> samples()
    {
        std::lock_guard guard(m_mutex);
        return m_samples;
    }
    qint64 clockMs() const { return m_clock.elapsed(); }
    void startClock() { m_clock.start(); }
    int failures() const { return m_failures; }

protected:
    void run() override
    {
        SqliteStorage storage(m_path);
        if (!storage.open())
            return;
        auto session = storage.createSession();
        if (!session)
            return;
        const auto interval = std::chrono::microseconds(1'000'000 / m_rate);
        auto next = std::chrono::steady_clock::now();
        while (!stop) {
            next += interval;
            const qint64 startNs = m_clock.nsecsElapsed();
            const bool ok = storage.appendUserMessage(session->id, QString(200, u'w')).ok();
            const double latency = double(m_clock.nsecsElapsed() - startNs) / 1e6;
            {
                std::lock_guard guard(m_mutex);
                m_samples.push_back({startNs / 1'000'000, latency});
            }
            if (!ok)
                ++m_failures;
            std::this_thread::sleep_until(next);
        }
    }

private:
    QString m_path;
    int m_rate;
    QElapsedTimer m_clock;
    std::mutex m_mutex;
    std::vector<Sample> m_samples;
    std::atomic<int> m_failures {0};
};

struct Timing
{
    bool ok = false;
    qint64 ms = 0;
    QString detail;
};

Timing runBlufio(const QString &db, const QString &target, const BackupOptions &options)
{
    QFile::remove(target);
    auto report = BackupService(db).backup(target, options);
    if (!report)
        return {false, 0, report.errorMessage()};
    return {true, report->elapsedMs,
            QStringLiteral("copy %1 ms, integrity_check %2 ms, fsync+rename %3 ms, %4 pages, %5 steps")
                .arg(report->copyMs)
                .arg(report->checkMs)
                .arg(report->syncMs)
                .arg(report->pages)
                .arg(report->steps)};
}

Timing runSqlite3(const QString &sqlite3, const QString &db, const QString &target, int timeoutMs)
{
    QFile::remove(target);
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3, {db, QStringLiteral(".backup '%1'").arg(target)});
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {false, timer.elapsed(), QStringLiteral("did not finish within %1 s").arg(timeoutMs / 1000)};
    }
    const qint64 ms = timer.elapsed();
    if (process.exitCode() != 0)
        return {false, ms, QString::fromLocal8Bit(process.readAllStandardError()).trimmed()};
    return {true, ms, QString()};
}

Timing runSqlite3Check(const QString &sqlite3, const QString &target)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3, {target, QStringLiteral("PRAGMA integrity_check")});
    process.waitForFinished(600000);
    return {process.readAllStandardOutput().trimmed() == "ok", timer.elapsed(), QString()};
}

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Backup benchmark: BackupService vs sqlite3 .backup"));
    parser.addHelpOption();
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Work directory (default: temporary)"), QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("size-mb"), QStringLiteral("Database size"),
                                        QStringLiteral("MB"), QStringLiteral("100"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per variant (median)"),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Writer rows per second"),
                                        QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption pagesOption(QStringLiteral("pages-per-step"),
                                         QStringLiteral("BackupService step"), QStringLiteral("N"),
                                         QStringLiteral("128"));
    const QCommandLineOption pauseOption(QStringLiteral("pause-us"), QStringLiteral("BackupService pause"),
                                         QStringLiteral("US"), QStringLiteral("0"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("sqlite3 shell"),
                                          QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    const QCommandLineOption quietOnlyOption(QStringLiteral("quiet-only"),
                                             QStringLiteral("Skip the runs under load"));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         QStringLiteral("Reuse DIR/bench.db if present"));
    const QCommandLineOption writebackOption(QStringLiteral("writeback-pages"),
                                             QStringLiteral("BackupService writeback interval (0: off)"),
                                             QStringLiteral("N"), QStringLiteral("2048"));
    const QCommandLineOption sqliteTimeoutOption(
        QStringLiteral("sqlite3-timeout"), QStringLiteral("Give up on sqlite3 .backup under load after"),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOptions({writebackOption, sqliteTimeoutOption});
    parser.addOptions({dirOption, sizeOption, runsOption, rateOption, pagesOption, pauseOption, sqliteOption,
                       quietOnlyOption, reuseOption});
    parser.process(app);

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QString db = QDir(dir).filePath(QStringLiteral("bench.db"));
    const QString copyBlufio = QDir(dir).filePath(QStringLiteral("copy-blufio.db"));
    const QString copySqlite = QDir(dir).filePath(QStringLiteral("copy-sqlite3.db"));
    const QString sqlite3 = parser.value(sqliteOption);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int rate = std::max(1, parser.value(rateOption).toInt());
    BackupOptions options;
    options.force = true;
    options.pagesPerStep = parser.value(pagesOption).toInt();
    options.pauseMicroseconds = parser.value(pauseOption).toInt();
    options.writebackEveryPages = parser.value(writebackOption).toInt();

    QElapsedTimer timer;
    timer.start();
    if (!parser.isSet(reuseOption) || !QFileInfo::exists(db)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + suffix);
        if (!buildDatabase(db, parser.value(sizeOption).toInt()))
            return 1;
    }
    say(QStringLiteral("database: %1 MB (%2 bytes), built in %3 ms; sqlite %4; BackupService %5 pages/step, "
                       "pause %6 us, writeback every %7 pages")
            .arg(QFileInfo(db).size() / (1024.0 * 1024.0), 0, 'f', 1)
            .arg(QFileInfo(db).size())
            .arg(timer.elapsed())
            .arg(QString::fromUtf8(sqlite3_libversion()))
            .arg(options.pagesPerStep)
            .arg(options.pauseMicroseconds)
            .arg(options.writebackEveryPages));

    // Quiet database, alternating so both see the same cache state.
    std::vector<qint64> blufioMs;
    std::vector<qint64> sqliteMs;
    std::vector<qint64> sqliteCheckMs;
    for (int run = 0; run < runs; ++run) {
        const Timing b = runBlufio(db, copyBlufio, options);
        const Timing s = runSqlite3(sqlite3, db, copySqlite, 600000);
        if (!b.ok || !s.ok) {
            say(QStringLiteral("run %1 failed: blufio: %2; sqlite3: %3").arg(run).arg(b.detail, s.detail));
            return 1;
        }
        const Timing check = runSqlite3Check(sqlite3, copySqlite);
        blufioMs.push_back(b.ms);
        sqliteMs.push_back(s.ms);
        sqliteCheckMs.push_back(check.ms);
        say(QStringLiteral(
                "quiet run %1: BackupService %2 ms (%3); sqlite3 .backup %4 ms; sqlite3 integrity_check "
                "of its copy %5 ms")
                .arg(run + 1)
                .arg(b.ms)
                .arg(b.detail)
                .arg(s.ms)
                .arg(check.ms));
    }
    const qint64 b = median(blufioMs);
    const qint64 s = median(sqliteMs);
    const qint64 sc = median(sqliteCheckMs);
    say(QStringLiteral(
            "QUIET median: BackupService %1 ms, sqlite3 .backup %2 ms (ratio %3); sqlite3 .backup + "
            "integrity_check %4 ms (ratio %5)")
            .arg(b)
            .arg(s)
            .arg(double(b) / double(std::max<qint64>(1, s)), 0, 'f', 2)
            .arg(s + sc)
            .arg(double(b) / double(std::max<qint64>(1, s + sc)), 0, 'f', 2));

    if (parser.isSet(quietOnlyOption))
        return 0;

    // Under load: baseline latency first, then each backup while the writer runs.
    Writer writer(db, rate);
    writer.startClock();
    writer.start();
    std::this_thread::sleep_for(std::chrono::seconds(5));
    const qint64 baselineEnd = writer.clockMs();

    auto window = [&writer](qint64 from, qint64 to) {
        std::vector<double> latencies;
        for (const auto &sample : writer.samples()) {
            if (sample.startMs >= from && sample.startMs <= to)
                latencies.push_back(sample.latencyMs);
        }
        return latencies;
    };
    auto describe = [](const std::vector<double> &latencies) {
        return QStringLiteral("%1 writes, p50 %2 ms, p99 %3 ms, max %4 ms")
            .arg(latencies.size())
            .arg(percentile(latencies, 50), 0, 'f', 2)
            .arg(percentile(latencies, 99), 0, 'f', 2)
            .arg(latencies.empty() ? 0.0 : *std::max_element(latencies.begin(), latencies.end()), 0, 'f', 2);
    };
    say(QStringLiteral("LOAD baseline (no backup, %1 rows/s): %2")
            .arg(rate)
            .arg(describe(window(0, baselineEnd))));

    std::vector<double> duringBlufio;
    for (int run = 0; run < runs; ++run) {
        const qint64 from = writer.clockMs();
        const Timing bl = runBlufio(db, copyBlufio, options);
        const qint64 to = writer.clockMs();
        const auto latencies = window(from, to);
        duringBlufio.insert(duringBlufio.end(), latencies.begin(), latencies.end());
        say(QStringLiteral("LOAD run %1: BackupService %2 ms %3 (%4); writer during it: %5")
                .arg(run + 1)
                .arg(bl.ms)
                .arg(bl.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"))
                .arg(bl.detail)
                .arg(describe(latencies)));
    }
    // Last, because while it keeps restarting it holds read transactions that stop checkpoints and
    // let the WAL grow, which would slow every later run.
    const qint64 from = writer.clockMs();
    const Timing sq = runSqlite3(sqlite3, db, copySqlite, parser.value(sqliteTimeoutOption).toInt() * 1000);
    const std::vector<double> duringSqlite = window(from, writer.clockMs());
    say(QStringLiteral("LOAD: sqlite3 .backup %1 ms %2 %3; writer during it: %4")
            .arg(sq.ms)
            .arg(sq.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"))
            .arg(sq.detail)
            .arg(describe(duringSqlite)));
    writer.stop = true;
    writer.wait();
    say(QStringLiteral("LOAD summary: writer during BackupService: %1").arg(describe(duringBlufio)));
    say(QStringLiteral("LOAD summary: writer during sqlite3 .backup: %1").arg(describe(duringSqlite)));
    say(QStringLiteral("writer failures: %1").arg(writer.failures()));
    return 0;
}
