#pragma once

#include "common/net/HealthPoller.h"
#include "common/net/StatusSummary.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace blufio::tray {

class MemoryGraph;

// The facts `blufio status` prints, a memory graph of the last hour and the recent state
// changes. Closing it only hides it: the tray keeps running.
class StatusWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StatusWindow(QWidget *parent = nullptr);

    void showSummary(const StatusSummary &summary);
    void showHistory(const QList<HealthPoller::Sample> &samples,
                     const QList<HealthPoller::StateChange> &changes);
    // Shown above everything when there is no system tray to put the icon in.
    void setNotice(const QString &text);

    static QString stateText(HealthReport::State state);

Q_SIGNALS:
    void refreshRequested();
    void settingsRequested();
    void copyRequested();

private:
    QLabel *m_notice;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_url;
    QLabel *m_version;
    QLabel *m_uptime;
    QLabel *m_heap;
    QLabel *m_rss;
    QLabel *m_sessions;
    QLabel *m_checked;
    QLabel *m_error;
    MemoryGraph *m_graph;
    QListWidget *m_changes;
};

} // namespace blufio::tray
