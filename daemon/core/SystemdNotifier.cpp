#include "SystemdNotifier.h"

#include <systemd/sd-daemon.h>

namespace blufio {

SystemdNotifier::SystemdNotifier(QObject *parent) : QObject(parent)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        m_watchdog.setInterval(int(qMax<uint64_t>(usec / 2000, 1)));
        // The ping rides on the event loop: a wedged loop stops it and systemd restarts us.
        connect(&m_watchdog, &QTimer::timeout, this, [] { sd_notify(0, "WATCHDOG=1"); });
    }
}

void SystemdNotifier::ready(const QString &text)
{
    sd_notify(0, QByteArray("READY=1\nSTATUS=" + text.toUtf8()).constData());
    if (m_watchdog.interval() > 0)
        m_watchdog.start();
}

void SystemdNotifier::stopping()
{
    sd_notify(0, "STOPPING=1\nSTATUS=stopping");
}

void SystemdNotifier::status(const QString &text)
{
    sd_notify(0, QByteArray("STATUS=" + text.toUtf8()).constData());
}

void SystemdNotifier::reloading()
{
    sd_notify(0, "RELOADING=1");
}

} // namespace blufio
