#pragma once

#include <QObject>
#include <QTimer>

namespace blufio {

// sd_notify(3): READY=1 once the listener accepts, WATCHDOG=1 at half of WATCHDOG_USEC,
// STOPPING=1 on shutdown, STATUS= lines for `systemctl status`. A no-op outside systemd.
class SystemdNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    void ready(const QString &status);
    void stopping();
    void status(const QString &text);
    void reloading();
    int watchdogIntervalMs() const { return m_watchdog.interval(); }

private:
    QTimer m_watchdog;
};

} // namespace blufio
