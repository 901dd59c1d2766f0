#pragma once

#include "NotificationLimiter.h"
#include "TraySettings.h"
#include "common/net/HealthPoller.h"
#include "common/net/StatusSummary.h"

#include <QObject>

class QAction;
class QMenu;
class QNetworkAccessManager;
class QSettings;
class QSystemTrayIcon;
class QFileSystemWatcher;
class QTimer;

namespace blufio::tray {

class StatusWindow;

// Wires the poller to the tray icon, its menu, the status window and notifications. Holds no
// network or settings objects of its own: both are injected so tests can use local ones.
class TrayController : public QObject
{
    Q_OBJECT

public:
    TrayController(QNetworkAccessManager *nam, QSettings *store, const TraySettings &settings,
                   const MemoryLimits &limits, QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the tray icon when a system tray exists, else the window with a notice saying why.
    // Returns whether the tray icon is in use.
    bool start(bool showWindow);

    HealthPoller *poller() { return &m_poller; }
    StatusWindow *window() { return m_window; }
    const TraySettings &settings() const { return m_settings; }
    StatusSummary summary() const;

    // The `blufio status --plain` text for the last report.
    QString plainStatus() const;
    // State, uptime, heap/RSS against warn/limit, sessions: short enough for a tooltip.
    static QString tooltipFor(const StatusSummary &summary);

    // Persists (when a store was given) and applies at once, without a restart.
    void applySettings(const TraySettings &settings);
    void setMemoryLimits(const MemoryLimits &limits);
    // Re-reads the warn and limit thresholds whenever this blufio.toml changes, so the tray
    // follows an operator who edits the configuration and restarts the daemon.
    void watchConfigFile(const QString &path);

public Q_SLOTS:
    void showWindow();
    void copyStatus();
    void openMetrics();
    void openSettings();

Q_SIGNALS:
    // Emitted for every notification actually shown (after rate limiting).
    void notified(blufio::tray::NotificationLimiter::Kind kind, const QString &title, const QString &message);

private:
    void onReport(const HealthReport &report);
    void onStateChanged(HealthReport::State from, HealthReport::State to);
    void notify(NotificationLimiter::Kind kind, const QString &title, const QString &message);
    void buildTray();
    void configurePoller();

    HealthPoller m_poller;
    QSettings *m_store;
    TraySettings m_settings;
    MemoryLimits m_limits;
    NotificationLimiter m_limiter;
    StatusWindow *m_window; // owned; a top-level widget, so not parented to this QObject
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QFileSystemWatcher *m_configWatcher = nullptr;
    QTimer *m_configReload = nullptr;
};

} // namespace blufio::tray
