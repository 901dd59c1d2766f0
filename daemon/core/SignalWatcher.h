#pragma once

#include <QObject>
#include <QSocketNotifier>

namespace blufio {

// Turns SIGTERM/SIGINT/SIGHUP into Qt signals on the event loop: the handler only writes the
// signal number into a socketpair (async-signal-safe); a QSocketNotifier reads it on the loop.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signal);
    void reloadRequested();

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace blufio
