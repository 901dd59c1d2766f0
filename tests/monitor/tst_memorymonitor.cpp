#include "common/crypto/DeviceKey.h"
#include "common/metrics/Metrics.h"
#include "daemon/auth/Authenticator.h"
#include "daemon/monitor/MemoryMonitor.h"

#include <QSignalSpy>
#include <QTest>

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
        monitor.setSampler([&] { return MemorySample{heap, heap, heap + 5 * MiB}; });
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

    void timerSamples()
    {
        MemoryMonitor monitor({100 * MiB, 200 * MiB, 20}, nullptr);
        int samples = 0;
        monitor.setSampler([&] {
            ++samples;
            return MemorySample{};
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
            QVERIFY(auth.authenticate({"GET", "/v1/sessions", {}, [&h](QByteArrayView n) { return h.value(n.toByteArray()); }}).ok());
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
