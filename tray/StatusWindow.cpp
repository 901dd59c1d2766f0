#include "StatusWindow.h"

#include "MemoryGraph.h"
#include "TrayIconPainter.h"
#include "common/term/TerminalOutput.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace blufio::tray {

StatusWindow::StatusWindow(QWidget *parent)
    : QWidget(parent), m_notice(new QLabel(this)), m_stateIcon(new QLabel(this)), m_state(new QLabel(this)),
      m_url(new QLabel(this)), m_version(new QLabel(this)), m_uptime(new QLabel(this)),
      m_heap(new QLabel(this)), m_rss(new QLabel(this)), m_sessions(new QLabel(this)),
      m_checked(new QLabel(this)), m_error(new QLabel(this)), m_graph(new MemoryGraph(this)),
      m_changes(new QListWidget(this))
{
    setWindowTitle(tr("blufio status"));
    setObjectName(QStringLiteral("blufioStatusWindow"));

    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();

    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_state->setFont(big);
    auto *header = new QHBoxLayout;
    header->addWidget(m_stateIcon);
    header->addWidget(m_state, 1);

    auto *facts = new QFormLayout;
    facts->addRow(tr("Daemon:"), m_url);
    facts->addRow(tr("Version:"), m_version);
    facts->addRow(tr("Uptime:"), m_uptime);
    facts->addRow(tr("Heap:"), m_heap);
    facts->addRow(tr("RSS:"), m_rss);
    facts->addRow(tr("Sessions:"), m_sessions);
    facts->addRow(tr("Last checked:"), m_checked);
    facts->addRow(tr("Error:"), m_error);
    for (QLabel *label : {m_url, m_version, m_uptime, m_heap, m_rss, m_sessions, m_checked, m_error})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);

    auto *graphBox = new QGroupBox(tr("Memory, last hour"), this);
    auto *graphLayout = new QVBoxLayout(graphBox);
    graphLayout->addWidget(m_graph);

    auto *changesBox = new QGroupBox(tr("Recent state changes"), this);
    auto *changesLayout = new QVBoxLayout(changesBox);
    m_changes->setMaximumHeight(120);
    changesLayout->addWidget(m_changes);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    QPushButton *copy = buttons->addButton(tr("&Copy status"), QDialogButtonBox::ActionRole);
    QPushButton *settings = buttons->addButton(tr("&Settings…"), QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    connect(refresh, &QPushButton::clicked, this, &StatusWindow::refreshRequested);
    connect(copy, &QPushButton::clicked, this, &StatusWindow::copyRequested);
    connect(settings, &QPushButton::clicked, this, &StatusWindow::settingsRequested);
    // close(), not hide(): without a tray, closing the last window is how the app quits.
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(header);
    layout->addLayout(facts);
    layout->addWidget(graphBox, 1);
    layout->addWidget(changesBox);
    layout->addWidget(buttons);
    resize(560, 640);

    showSummary(StatusSummary({}, {}, {}));
    m_state->setText(tr("Checking…"));
}

QString StatusWindow::stateText(HealthReport::State state)
{
    switch (state) {
    case HealthReport::State::Healthy:
        return tr("healthy");
    case HealthReport::State::Degraded:
        return tr("degraded");
    case HealthReport::State::Unhealthy:
        return tr("unhealthy");
    case HealthReport::State::Unreachable:
        return tr("unreachable");
    }
    return {};
}

void StatusWindow::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void StatusWindow::showSummary(const StatusSummary &summary)
{
    const bool reachable = summary.state() != HealthReport::State::Unreachable;
    const int iconSize = m_state->fontMetrics().height() + 8;
    m_stateIcon->setPixmap(QPixmap::fromImage(TrayIconPainter::render(summary.state(), iconSize)));
    m_state->setText(tr("blufio is %1").arg(stateText(summary.state())));
    m_url->setText(summary.url().toString());
    const QString none = QStringLiteral("—");
    m_version->setText(reachable ? summary.version() : none);
    m_uptime->setText(reachable ? TerminalOutput::duration(summary.uptimeSecs()) : none);
    const QString pressure = summary.memoryPressure() == 0 ? tr("normal")
        : summary.memoryPressure() == 1                    ? tr("above warn")
                                                           : tr("above limit");
    m_heap->setText(reachable ? tr("%1 (warn %2, limit %3): %4")
                                    .arg(TerminalOutput::bytes(summary.heapBytes()),
                                         TerminalOutput::bytes(summary.warnBytes()),
                                         TerminalOutput::bytes(summary.limitBytes()), pressure)
                              : none);
    m_rss->setText(reachable ? TerminalOutput::bytes(summary.rssBytes()) : none);
    m_sessions->setText(
        reachable ? tr("%n active", nullptr, summary.activeSessions()) + QStringLiteral(", ")
                + (summary.acceptingSessions() ? tr("accepting new sessions") : tr("refusing new sessions"))
                  : none);
    m_checked->setText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")));
    m_error->setText(summary.report().error.isEmpty() ? none : summary.report().error);
}

void StatusWindow::showHistory(const QList<HealthPoller::Sample> &samples,
                               const QList<HealthPoller::StateChange> &changes)
{
    m_graph->setSamples(samples);
    m_changes->clear();
    // Newest first: the change that explains the current icon is on top.
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        QString text = it->time.toLocalTime().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral("  ")
            + (it->initial ? tr("first seen %1").arg(stateText(it->to))
                           : tr("%1 → %2").arg(stateText(it->from), stateText(it->to)));
        if (!it->detail.isEmpty())
            text += QStringLiteral(" (") + it->detail + u')';
        auto *item
            = new QListWidgetItem(QIcon(QPixmap::fromImage(TrayIconPainter::render(it->to, 16))), text);
        m_changes->addItem(item);
    }
}

} // namespace blufio::tray
