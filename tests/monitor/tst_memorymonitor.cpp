#include "common/crypto/DeviceKey.h"
#include "common/storage/SqliteStorage.h"
#include "daemon/auth/Authenticator.h"
#include "daemon/monitor/MemoryMonitor.h"
#include "metrics/Metrics.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace blufio;

namespace {
constexpr quint64 MiB = 1024 * 1024;

class CountingCache : public MemoryPressure
{
public:
    const char *name() const override { return "counting"; }
    quint64 shed() override
    {
        ++calls;
        return 4096;
    }
    int calls = 0;
};

// Collects what the monitor logs (category blufio.memory) while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines = &m_lines;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_lines = nullptr;
    }
    QStringList lines() const { return m_lines; }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        if (s_lines && context.category && qstrcmp(context.category, "blufio.memory") == 0)
            s_lines->append(message);
    }
    static inline QStringList *s_lines = nullptr;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};
} // namespace

// The pressure levels and their side effects, driven by a sampler the test controls.
class TestMemoryMonitor : public QObject
{
    Q_OBJECT

private slots:
    void levelsWithHysteresis()
    {
        Metrics metrics(QStringLiteral("test"));
        MemoryMonitor monitor({100 * MiB, 200 * MiB, 1000}, &metrics);
        quint64 heap = 10 * MiB;
        monitor.setSampler([&] { return MemorySample {heap, heap, heap + 5 * MiB}; });
        CountingCache cache;
        monitor.registerCache(&cache);
        QSignalSpy changed(&monitor, &MemoryMonitor::pressureChanged);

        monitor.sampleNow();
        QCOMPARE(monitor.pressure(), 0);
        QCOMPARE(metrics.memoryHeap.Value(), double(10 * MiB));
        QCOMPARE(metrics.memoryRss.Value(), double(15 * MiB));

        heap = 120 * MiB; // above warn
        monitor.sampleNow();
        QCOMPARE(monitor.pressure(), 1);
        QVERIFY(monitor.acceptingSessions());
        QCOMPARE(cache.calls, 1);
        QCOMPARE(metrics.memoryPressure.Value(), 1.0);

        monitor.sampleNow(); // the same episode: no second shed
        QCOMPARE(cache.calls, 1);

        heap = 210 * MiB; // above limit
        monitor.sampleNow();
        QCOMPARE(monitor.pressure(), 2);
        QVERIFY(!monitor.acceptingSessions());
        QCOMPARE(cache.calls, 1);

        heap = 195 * MiB; // below the limit but within 10 %: stays at 2
        monitor.sampleNow();
        QCOMPARE(monitor.pressure(), 2);

        heap = 170 * MiB; // clearly below the limit, still above warn
        monitor.sampleNow();
        QCOMPARE(monitor.pressure(), 1);
        QVERIFY(monitor.acceptingSessions());

        heap = 95 * MiB; // below warn but within 10 %: stays at 1
        monitor.sampleNow();
        QCOMPARE(monitor.pressure(), 1);

        heap = 80 * MiB;
        monitor.sampleNow();
        QCOMPARE(monitor.pressure(), 0);
        QCOMPARE(metrics.memoryPressure.Value(), 0.0);

        heap = 150 * MiB; // a new episode sheds again
        monitor.sampleNow();
        QCOMPARE(cache.calls, 2);
        QCOMPARE(changed.size(), 5);
    }

    void storageCacheShedAtWarn()
    {
        // A real database whose page cache a large read filled, registered like the daemon does it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SqliteStorage storage(dir.filePath(QStringLiteral("blufio.db")));
        QVERIFY(storage.open().ok());
        const QString session = storage.createSession()->id;
        const QString text(1500, u'x');
        for (int i = 0; i < 2000; ++i)
            QVERIFY(storage.appendUserMessage(session, text + QString::number(i)).ok());
        storage.close();
        QVERIFY(storage.open().ok());
        QCOMPARE(storage.session(session)->messages.size(), 2000);
        const qint64 filled = storage.cacheUsedBytes();
        QVERIFY2(filled > 1024 * 1024, qPrintable(QString::number(filled)));

        MemoryMonitor monitor({100 * MiB, 200 * MiB, 1000}, nullptr);
        quint64 heap = 10 * MiB;
        monitor.setSampler([&] { return MemorySample {heap, heap, heap + 20 * MiB}; });
        CountingCache other;
        monitor.registerCache(&storage);
        monitor.registerCache(&other);
        monitor.sampleNow();
        QCOMPARE(storage.cacheUsedBytes(), filled); // below warn: nothing shed
        LogCapture log;
        heap = 120 * MiB;
        monitor.sampleNow();
        QCOMPARE(monitor.pressure(), 1);
        QVERIFY2(storage.cacheUsedBytes() < filled / 4,
                 qPrintable(QString::number(storage.cacheUsedBytes())));
        QCOMPARE(other.calls, 1);
        const QStringList lines = log.lines();
        // One line per cache naming what it freed, then the whole shed with heap and RSS before and after.
        const auto sqliteLine = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.startsWith(QStringLiteral("shed sqlite page cache: "))
                && l.endsWith(QStringLiteral(" MiB"));
        });
        QVERIFY2(sqliteLine != lines.cend(), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(QStringLiteral("shed counting: 4.0 KiB")), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.last().startsWith(QStringLiteral("shed 2 caches (~"))
                     && lines.last().contains(QStringLiteral(
                         "and purged arenas; heap 120.0 MiB -> 120.0 MiB, RSS 140.0 MiB -> 140.0 MiB")),
                 qPrintable(lines.last()));
        monitor.unregisterCache(&storage);
        monitor.unregisterCache(&other);
        // The storage still answers: the pages come back from the file.
        QCOMPARE(storage.session(session)->messages.size(), 2000);
    }

    void timerSamples()
    {
        MemoryMonitor monitor({100 * MiB, 200 * MiB, 20}, nullptr);
        int samples = 0;
        monitor.setSampler([&] {
            ++samples;
            return MemorySample {};
        });
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(samples >= 3, 2000);
    }

    void nonceCacheSheds()
    {
        const DeviceKey key = DeviceKey::generate();
        qint64 now = 1'700'000'000;
        Authenticator auth({}, {QString::fromLatin1(key.publicKeyBase64())});
        auth.setClock([&] { return now; });
        for (int i = 0; i < 5; ++i) {
            QHash<QByteArray, QByteArray> h;
            for (const auto &pair : RequestSigning::headers(key, "GET", "/v1/sessions", {}, now))
                h.insert(pair.first.toLower(), pair.second);
            QVERIFY(auth.authenticate({"GET",
                                       "/v1/sessions",
                                       {},
                                       [&h](QByteArrayView n) {
                                           return h.value(n.toByteArray());
                                       }})
                        .ok());
        }
        QCOMPARE(auth.rememberedNonces(), 5);
        QCOMPARE(auth.shed(), 0u); // still inside the window: a replay must still be caught
        QCOMPARE(auth.rememberedNonces(), 5);
        now += Authenticator::kWindowSecs + 2;
        QVERIFY(auth.shed() > 0);
        QCOMPARE(auth.rememberedNonces(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMemoryMonitor)
#include "tst_memorymonitor.moc"
