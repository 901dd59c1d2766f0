#include "TrayController.h"

#include "SettingsDialog.h"
#include "StatusWindow.h"
#include "TrayIconPainter.h"
#include "common/config/ConfigLoader.h"
#include "common/term/TerminalOutput.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

// Debug (one line per report) is off unless QT_LOGGING_RULES="blufio.tray.debug=true".
Q_LOGGING_CATEGORY(lcTray, "blufio.tray", QtInfoMsg)

namespace blufio::tray {

TrayController::TrayController(QNetworkAccessManager *nam, QSettings *store, const TraySettings &settings,
                               const MemoryLimits &limits, QObject *parent)
    : QObject(parent), m_poller(nam), m_store(store), m_settings(settings), m_limits(limits),
      m_window(new StatusWindow)
{
    configurePoller();
    connect(&m_poller, &HealthPoller::reportReady, this, &TrayController::onReport);
    connect(&m_poller, &HealthPoller::stateChanged, this, &TrayController::onStateChanged);
    connect(m_window, &StatusWindow::refreshRequested, &m_poller, &HealthPoller::pollNow);
    connect(m_window, &StatusWindow::settingsRequested, this, &TrayController::openSettings);
    connect(m_window, &StatusWindow::copyRequested, this, &TrayController::copyStatus);
}

TrayController::~TrayController()
{
    delete m_window;
    delete m_menu;
}

void TrayController::configurePoller()
{
    m_poller.setUrl(m_settings.url);
    m_poller.setIntervalMs(m_settings.intervalSecs * 1000);
    // A reply slower than the interval is as good as none; 10 s caps it for long intervals.
    m_poller.setTimeoutMs(qBound(1000, m_settings.intervalSecs * 1000, 10000));
    m_poller.setBearerToken(m_settings.bearerToken);
    m_poller.setMemoryLimits(m_limits.warnBytes, m_limits.limitBytes);
}

bool TrayController::start(bool showWindow)
{
    const bool trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    if (trayAvailable) {
        buildTray();
    } else {
        const QString text
            = tr("No system tray is available on this desktop, so blufio-tray shows this window "
                 "instead. Closing it quits blufio-tray.");
        qCWarning(lcTray).noquote() << text;
        m_window->setNotice(text);
        // Nothing else would be left on screen to quit from.
        QApplication::setQuitOnLastWindowClosed(true);
    }
    m_poller.start();
    if (showWindow || !trayAvailable)
        this->showWindow();
    return trayAvailable;
}

void TrayController::buildTray()
{
    m_tray = new QSystemTrayIcon(TrayIconPainter::icon(HealthReport::State::Unreachable), this);
    m_tray->setToolTip(tr("blufio: checking…"));
    m_menu = new QMenu;
    m_menu->addAction(tr("Open status &window"), this, &TrayController::showWindow);
    m_menu->addAction(tr("&Copy status"), this, &TrayController::copyStatus);
    m_menu->addAction(tr("Open &metrics in browser"), this, &TrayController::openMetrics);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Settings…"), this, &TrayController::openSettings);
    m_menu->addAction(tr("&Quit"), qApp, &QCoreApplication::quit);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            if (m_window->isVisible())
                m_window->hide();
            else
                showWindow();
        }
    });
    m_tray->show();
}

StatusSummary TrayController::summary() const
{
    return StatusSummary(m_poller.lastReport(), m_settings.url, m_limits);
}

QString TrayController::plainStatus() const
{
    return summary().plainText();
}

QString TrayController::tooltipFor(const StatusSummary &s)
{
    QStringList lines;
    lines << tr("blufio: %1").arg(StatusWindow::stateText(s.state()));
    if (s.state() == HealthReport::State::Unreachable) {
        lines << s.url().toString();
        if (!s.report().error.isEmpty())
            lines << s.report().error;
        return lines.join(u'\n');
    }
    lines << tr("up %1").arg(TerminalOutput::duration(s.uptimeSecs()));
    lines << tr("heap %1 (warn %2, limit %3)")
                 .arg(TerminalOutput::bytes(s.heapBytes()), TerminalOutput::bytes(s.warnBytes()),
                      TerminalOutput::bytes(s.limitBytes()));
    lines << tr("RSS %1").arg(TerminalOutput::bytes(s.rssBytes()));
    lines << tr("sessions: %n active", nullptr, s.activeSessions());
    if (s.telegramEnabled())
        lines << (s.telegramUp() ? tr("Telegram: up") : tr("Telegram: down"));
    return lines.join(u'\n');
}

void TrayController::onReport(const HealthReport &report)
{
    qCDebug(lcTray).noquote() << "report" << HealthReport::stateName(report.state) << report.source;
    const StatusSummary s = summary();
    if (m_tray)
        m_tray->setToolTip(tooltipFor(s));
    m_window->showSummary(s);
    m_window->showHistory(m_poller.samples(), m_poller.stateChanges());
}

void TrayController::onStateChanged(HealthReport::State from, HealthReport::State to)
{
    // Logged so an operator (and the smoke test) can follow along; never includes the token.
    qCInfo(lcTray).noquote() << "state" << HealthReport::stateName(from) << "->"
                             << HealthReport::stateName(to);
    if (m_tray)
        m_tray->setIcon(TrayIconPainter::icon(to));
    // The very first report is what the daemon was already doing, not news.
    if (m_poller.reportCount() <= 1)
        return;
    const QString url = m_settings.url.toString();
    const StatusSummary s = summary();
    switch (to) {
    case HealthReport::State::Unreachable:
        notify(NotificationLimiter::Kind::Down, tr("blufio is down"),
               tr("Nothing answers at %1 (%2).").arg(url, s.report().error));
        break;
    case HealthReport::State::Unhealthy:
        notify(NotificationLimiter::Kind::Down, tr("blufio is unhealthy"),
               tr("%1 reports unhealthy (HTTP %2).").arg(url).arg(s.report().httpStatus));
        break;
    case HealthReport::State::Degraded:
        notify(NotificationLimiter::Kind::Degraded, tr("blufio is degraded"),
               tr("Heap %1 (warn %2, limit %3).")
                   .arg(TerminalOutput::bytes(s.heapBytes()), TerminalOutput::bytes(s.warnBytes()),
                        TerminalOutput::bytes(s.limitBytes())));
        break;
    case HealthReport::State::Healthy:
        if (from != HealthReport::State::Healthy)
            notify(NotificationLimiter::Kind::Recovered, tr("blufio has recovered"),
                   tr("%1 is healthy again.").arg(url));
        break;
    }
}

void TrayController::notify(NotificationLimiter::Kind kind, const QString &title, const QString &message)
{
    if (!m_limiter.allow(kind))
        return;
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        const auto icon = kind == NotificationLimiter::Kind::Recovered ? QSystemTrayIcon::Information
            : kind == NotificationLimiter::Kind::Degraded              ? QSystemTrayIcon::Warning
                                                                       : QSystemTrayIcon::Critical;
        m_tray->showMessage(title, message, icon);
    }
    Q_EMIT notified(kind, title, message);
}

void TrayController::showWindow()
{
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TrayController::copyStatus()
{
    QGuiApplication::clipboard()->setText(plainStatus());
}

void TrayController::openMetrics()
{
    QUrl url = m_settings.url;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/metrics"));
    if (!QDesktopServices::openUrl(url))
        qCWarning(lcTray).noquote() << "could not open a browser for" << url.toString();
}

void TrayController::openSettings()
{
    SettingsDialog dialog(m_settings, m_window->isVisible() ? m_window : nullptr);
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog.settings());
}

void TrayController::applySettings(const TraySettings &settings)
{
    m_settings = settings;
    if (m_store)
        m_settings.save(*m_store);
    configurePoller();
    qCInfo(lcTray).noquote() << "settings applied: url" << m_settings.url.toString() << "interval"
                             << m_settings.intervalSecs << "s, token"
                             << (m_settings.bearerToken.isEmpty() ? "unset" : "set");
    m_poller.pollNow();
}

} // namespace blufio::tray

namespace blufio::tray {

void TrayController::setMemoryLimits(const MemoryLimits &limits)
{
    m_limits = limits;
    m_poller.setMemoryLimits(limits.warnBytes, limits.limitBytes);
}

void TrayController::watchConfigFile(const QString &path)
{
    if (path.isEmpty())
        return;
    if (!m_configWatcher) {
        m_configWatcher = new QFileSystemWatcher(this);
        m_configReload = new QTimer(this);
        // Writers truncate, then write: reading at the first signal could see an empty file.
        m_configReload->setSingleShot(true);
        m_configReload->setInterval(300);
        connect(m_configWatcher, &QFileSystemWatcher::fileChanged, m_configReload,
                qOverload<>(&QTimer::start));
        connect(m_configReload, &QTimer::timeout, this, [this, path] {
            // Editors and `blufio config set` replace the file: watch the new one.
            if (!m_configWatcher->files().contains(path) && QFile::exists(path))
                m_configWatcher->addPath(path);
            const Result<Config> result = ConfigLoader().loadFile(path);
            if (!result) {
                qCWarning(lcTray).noquote() << "ignoring invalid configuration" << path;
                return;
            }
            setMemoryLimits(MemoryLimits::fromConfig(*result));
            qCInfo(lcTray).noquote() << "memory limits reloaded from" << path;
        });
    }
    m_configWatcher->addPath(path);
}

} // namespace blufio::tray
