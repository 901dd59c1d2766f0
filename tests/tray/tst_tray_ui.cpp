// The tray's pieces without a tray host (QT_QPA_PLATFORM=offscreen): icons per state, the
// notification limiter, persisted settings, the tooltip and copy text, the memory graph, and the
// controller's fallback to the window when no system tray exists.
#include "MemoryGraph.h"
#include "NotificationLimiter.h"
#include "SettingsDialog.h"
#include "StatusWindow.h"
#include "TestHealthServer.h"
#include "TrayController.h"
#include "TrayIconPainter.h"
#include "TraySettings.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QtTest>

using namespace blufio;
using namespace blufio::tray;
using State = HealthReport::State;

namespace {

// Without XDG_RUNTIME_DIR, QStandardPaths makes $TMPDIR/runtime-$USER for the QApplication and nobody
// removes it (tests/support/no-leftovers reported it): a runtime directory that goes with the test,
// set before QTEST_MAIN's QApplication exists and removed after it is gone.
struct RuntimeDir
{
    QTemporaryDir dir;
    RuntimeDir()
    {
        if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir.path()));
    }
} s_runtimeDir;

const QList<State> kStates = {State::Healthy, State::Degraded, State::Unhealthy, State::Unreachable};

int opaquePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    return n;
}

int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const int d = qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q))
                + qAbs(qAlpha(p) - qAlpha(q));
            n += d > 96 ? 1 : 0;
        }
    }
    return n;
}

// Coverage only (alpha), ignoring colour: tells whether the shapes differ, not just the hues.
int differingShapePixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += (qAlpha(a.pixel(x, y)) > 128) != (qAlpha(b.pixel(x, y)) > 128) ? 1 : 0;
    return n;
}

HealthReport report(State state, quint64 heap = 12u << 20)
{
    HealthReport r;
    r.state = state;
    r.httpStatus = state == State::Unreachable ? 0 : 200;
    r.source = QStringLiteral("/health");
    if (state == State::Unreachable)
        return r;
    HealthSnapshot h;
    h.status = state == State::Healthy ? HealthSnapshot::Status::Healthy
        : state == State::Degraded     ? HealthSnapshot::Status::Degraded
                                       : HealthSnapshot::Status::Unhealthy;
    h.version = QStringLiteral("0.1.0");
    h.uptimeSecs = 7500;
    h.memoryHeapBytes = qint64(heap);
    h.memoryRssBytes = qint64(heap * 2);
    h.activeSessions = 3;
    h.acceptingSessions = true;
    r.health = h;
    return r;
}

} // namespace

class TstTrayUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iconsAreDrawn_data();
    void iconsAreDrawn();
    void iconsDifferBetweenStates_data();
    void iconsDifferBetweenStates();
    void iconCoversEverySize();
    void limiterAllowsOnePerKindPerGap();
    void settingsRoundTrip();
    void tooltipAndPlainText();
    void graphDrawsSeries();
    void controllerWithoutTrayShowsWindow();
    void controllerNotifiesOnChanges();
    void controllerFollowsConfigFile();
    void settingsDialogValidates();
};

void TstTrayUi::iconsAreDrawn_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("size");
    for (State s : kStates)
        for (int size : {16, 22, 32, 48})
            QTest::addRow("%s-%d", qPrintable(HealthReport::stateName(s)), size) << int(s) << size;
}

void TstTrayUi::iconsAreDrawn()
{
    QFETCH(int, state);
    QFETCH(int, size);
    const QImage image = TrayIconPainter::render(State(state), size);
    QCOMPARE(image.size(), QSize(size, size));
    // For docs/images: BLUFIO_TRAY_ICON_DIR=dir ctest -R tst_tray_ui writes every icon there.
    if (const QString dir = qEnvironmentVariable("BLUFIO_TRAY_ICON_DIR"); !dir.isEmpty())
        QVERIFY(image.save(
            dir + QStringLiteral("/icon-%1-%2.png").arg(HealthReport::stateName(State(state))).arg(size)));
    // Not blank, and not a filled square either: a shape with transparent corners.
    const int opaque = opaquePixels(image);
    QVERIFY2(opaque > size * size / 8, qPrintable(QString::number(opaque)));
    QVERIFY(qAlpha(image.pixel(0, 0)) < 128 || State(state) == State::Unhealthy);
    // Dark outline and a lighter inside: readable on light and on dark panels.
    int dark = 0;
    int light = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAlpha(p) < 200)
                continue;
            const int lum = qGray(p);
            dark += lum < 60 ? 1 : 0;
            light += lum > 110 ? 1 : 0;
        }
    }
    QVERIFY2(dark >= size / 2, qPrintable(QStringLiteral("dark pixels: %1").arg(dark)));
    QVERIFY2(light >= size / 2, qPrintable(QStringLiteral("light pixels: %1").arg(light)));
}

void TstTrayUi::iconsDifferBetweenStates_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 32, 48})
        QTest::addRow("%d", size) << size;
}

void TstTrayUi::iconsDifferBetweenStates()
{
    QFETCH(int, size);
    for (qsizetype i = 0; i < kStates.size(); ++i) {
        for (qsizetype j = i + 1; j < kStates.size(); ++j) {
            const QImage a = TrayIconPainter::render(kStates[i], size);
            const QImage b = TrayIconPainter::render(kStates[j], size);
            const QString pair = HealthReport::stateName(kStates[i]) + QStringLiteral(" vs ")
                + HealthReport::stateName(kStates[j]);
            const int colourDiff = differingPixels(a, b);
            QVERIFY2(colourDiff > size * size / 6,
                     qPrintable(pair + QStringLiteral(": %1 pixels differ").arg(colourDiff)));
            // Shapes differ too, not only colours.
            const int shapeDiff = differingShapePixels(a, b);
            QVERIFY2(shapeDiff >= size,
                     qPrintable(pair + QStringLiteral(": %1 coverage pixels differ").arg(shapeDiff)));
        }
    }
}

void TstTrayUi::iconCoversEverySize()
{
    const QIcon icon = TrayIconPainter::icon(State::Healthy);
    for (int size : {16, 22, 24, 32, 48, 64})
        QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
}

void TstTrayUi::limiterAllowsOnePerKindPerGap()
{
    NotificationLimiter limiter(60000);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QVERIFY(limiter.allow(NotificationLimiter::Kind::Down, t0));
    QVERIFY(!limiter.allow(NotificationLimiter::Kind::Down, t0.addSecs(30)));
    QVERIFY(limiter.allow(NotificationLimiter::Kind::Recovered, t0.addSecs(31)));
    QVERIFY(limiter.allow(NotificationLimiter::Kind::Degraded, t0.addSecs(32)));
    QVERIFY(!limiter.allow(NotificationLimiter::Kind::Down, t0.addMSecs(59999)));
    QVERIFY(limiter.allow(NotificationLimiter::Kind::Down, t0.addSecs(60)));
}

void TstTrayUi::settingsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blufio-tray.ini"));
    TraySettings defaults;
    defaults.url = QUrl(QStringLiteral("http://127.0.0.1:3000"));
    {
        QSettings store(path, QSettings::IniFormat);
        QCOMPARE(TraySettings::load(store, defaults), defaults);
        TraySettings s;
        s.url = QUrl(QStringLiteral("http://10.0.0.2:4000"));
        s.intervalSecs = 12;
        s.bearerToken = "tok-123";
        s.save(store);
    }
    QSettings store(path, QSettings::IniFormat);
    const TraySettings loaded = TraySettings::load(store, defaults);
    QCOMPARE(loaded.url, QUrl(QStringLiteral("http://10.0.0.2:4000")));
    QCOMPARE(loaded.intervalSecs, 12);
    QCOMPARE(loaded.bearerToken, QByteArray("tok-123"));
    // It holds a credential: owner-only.
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // Out-of-range values from a hand-edited file are clamped.
    store.setValue(QStringLiteral("daemon/interval_secs"), 0);
    QCOMPARE(TraySettings::load(store, defaults).intervalSecs, TraySettings::minIntervalSecs);
}

void TstTrayUi::tooltipAndPlainText()
{
    const MemoryLimits limits {150ull << 20, 200ull << 20};
    const QUrl url(QStringLiteral("http://127.0.0.1:3000"));
    const QString tip = TrayController::tooltipFor(StatusSummary(report(State::Healthy), url, limits));
    QVERIFY2(tip.contains(QStringLiteral("healthy")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("up 2h 5m")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("warn 150.0 MiB")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("limit 200.0 MiB")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("RSS 24.0 MiB")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("3 active")), qPrintable(tip));

    const QString down = TrayController::tooltipFor(StatusSummary(report(State::Unreachable), url, limits));
    QVERIFY2(down.contains(QStringLiteral("unreachable")) && down.contains(url.toString()), qPrintable(down));

    // The same keys, in the same order, as `blufio status --plain`.
    const QStringList lines
        = StatusSummary(report(State::Healthy), url, limits).plainText().split(u'\n', Qt::SkipEmptyParts);
    QStringList keys;
    for (const QString &line : lines)
        keys << line.section(QStringLiteral(": "), 0, 0);
    QCOMPARE(keys,
             (QStringList {QStringLiteral("state"), QStringLiteral("url"), QStringLiteral("version"),
                           QStringLiteral("uptime_secs"), QStringLiteral("memory_heap_bytes"),
                           QStringLiteral("memory_rss_bytes"), QStringLiteral("memory_warn_bytes"),
                           QStringLiteral("memory_limit_bytes"), QStringLiteral("memory_pressure"),
                           QStringLiteral("active_sessions"), QStringLiteral("accepting_sessions")}));
    QVERIFY(lines.contains(QStringLiteral("memory_warn_bytes: 157286400")));
}

void TstTrayUi::graphDrawsSeries()
{
    MemoryGraph graph;
    graph.resize(480, 200);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<HealthPoller::Sample> samples;
    for (int i = 0; i < 60; ++i)
        samples.append({now.addSecs(-3600 + i * 60), quint64(40 + i) << 20, quint64(80 + i) << 20,
                        150ull << 20, 200ull << 20});
    graph.setSamples(samples, now);
    const QImage image = graph.grab().toImage();
    const auto count = [&](QRgb colour) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += (image.pixel(x, y) & 0xffffff) == (colour & 0xffffff) ? 1 : 0;
        return n;
    };
    // Heap (blue), RSS (purple), warn (amber), limit (red): each line is there, beyond the legend.
    QVERIFY(count(qRgb(0x1f, 0x6f, 0xd1)) > 200);
    QVERIFY(count(qRgb(0x8e, 0x44, 0xad)) > 200);
    QVERIFY(count(qRgb(0xe0, 0x9b, 0x00)) > 100);
    QVERIFY(count(qRgb(0xd9, 0x30, 0x25)) > 100);
}

void TstTrayUi::controllerWithoutTrayShowsWindow()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("a system tray is available on this platform");
    TestHealthServer server;
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    TraySettings settings;
    settings.url = QUrl(server.url());
    settings.intervalSecs = 60;
    TrayController controller(&nam, nullptr, settings, MemoryLimits {});
    QVERIFY(!controller.start(false));
    QVERIFY(controller.window()->isVisible());
    const auto labels = controller.window()->findChildren<QLabel *>();
    const bool noticeShown = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->isVisible() && l->text().contains(QStringLiteral("No system tray"));
    });
    QVERIFY(noticeShown);
    QTRY_COMPARE_WITH_TIMEOUT(controller.poller()->state(), State::Healthy, 5000);
    QVERIFY(controller.plainStatus().startsWith(QStringLiteral("state: healthy\nurl: ") + server.url()));
    controller.copyStatus();
    QCOMPARE(QGuiApplication::clipboard()->text(), controller.plainStatus());
    QApplication::setQuitOnLastWindowClosed(false);
}

void TstTrayUi::controllerNotifiesOnChanges()
{
    TestHealthServer server;
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    TraySettings settings;
    settings.url = QUrl(server.url());
    settings.intervalSecs = 3600; // polls only when asked (applySettings / pollNow)
    TrayController controller(&nam, nullptr, settings, MemoryLimits {});
    QSignalSpy notes(&controller, &TrayController::notified);
    controller.start(false);
    QTRY_COMPARE_WITH_TIMEOUT(controller.poller()->state(), State::Healthy, 5000);
    QCOMPARE(notes.size(), 0); // the first report is not news

    const auto pollUntil = [&](State state) {
        controller.poller()->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(controller.poller()->state(), state, 5000);
    };
    server.setHealth("unhealthy", 503);
    pollUntil(State::Unhealthy);
    server.setHealth("healthy");
    pollUntil(State::Healthy);
    server.setHealth("degraded", 200, 160u << 20);
    pollUntil(State::Degraded);
    server.setHealth("unhealthy", 503);
    pollUntil(State::Unhealthy); // a second "down" within the minute: suppressed
    server.setHealth("healthy");
    pollUntil(State::Healthy); // a second "recovered": suppressed

    QCOMPARE(notes.size(), 3);
    QCOMPARE(notes.at(0).at(0).value<NotificationLimiter::Kind>(), NotificationLimiter::Kind::Down);
    QCOMPARE(notes.at(1).at(0).value<NotificationLimiter::Kind>(), NotificationLimiter::Kind::Recovered);
    QCOMPARE(notes.at(2).at(0).value<NotificationLimiter::Kind>(), NotificationLimiter::Kind::Degraded);

    // New settings apply without a restart: the next request goes to the new URL.
    TestHealthServer other;
    QVERIFY(other.start());
    TraySettings moved = controller.settings();
    moved.url = QUrl(other.url());
    controller.applySettings(moved);
    QTRY_COMPARE_WITH_TIMEOUT(other.requestCount(), 1, 5000);
}

void TstTrayUi::controllerFollowsConfigFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blufio.toml"));
    const auto write = [&](const QByteArray &toml) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(toml);
    };
    write("[daemon]\nmemory_warn_mb = 100\nmemory_limit_mb = 120\n");
    QNetworkAccessManager nam;
    TraySettings settings;
    settings.url = QUrl(QStringLiteral("http://127.0.0.1:1"));
    TrayController controller(&nam, nullptr, settings, MemoryLimits {100ull << 20, 120ull << 20});
    controller.watchConfigFile(path);
    write("[daemon]\nmemory_warn_mb = 1\nmemory_limit_mb = 120\n");
    QTRY_COMPARE_WITH_TIMEOUT(controller.summary().warnBytes(), quint64(1) << 20, 5000);
    QCOMPARE(controller.summary().limitBytes(), quint64(120) << 20);
    // An invalid edit keeps the last good values.
    write("[daemon]\nmemory_warn_mb = \"lots\"\n");
    QTest::qWait(600); // nothing to wait on: the point is that nothing changes
    QCOMPARE(controller.summary().warnBytes(), quint64(1) << 20);
}

void TstTrayUi::settingsDialogValidates()
{
    TraySettings current;
    current.url = QUrl(QStringLiteral("http://127.0.0.1:3000"));
    current.intervalSecs = 7;
    current.bearerToken = "secret";
    SettingsDialog dialog(current);
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("token"));
    QVERIFY(url && token);
    QCOMPARE(token->echoMode(), QLineEdit::Password); // never shown in clear
    QCOMPARE(dialog.settings(), current);

    url->setText(QStringLiteral("ftp://example.org"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // refused, still open

    url->setText(QStringLiteral("http://10.1.2.3:4000"));
    dialog.findChild<QSpinBox *>(QStringLiteral("interval"))->setValue(30);
    token->clear();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().url, QUrl(QStringLiteral("http://10.1.2.3:4000")));
    QCOMPARE(dialog.settings().intervalSecs, 30);
    QVERIFY(dialog.settings().bearerToken.isEmpty());
}

QTEST_MAIN(TstTrayUi)
#include "tst_tray_ui.moc"
