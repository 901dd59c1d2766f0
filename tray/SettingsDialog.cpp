#include "SettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace blufio::tray {

SettingsDialog::SettingsDialog(const TraySettings &current, QWidget *parent)
    : QDialog(parent), m_url(new QLineEdit(current.url.toString(), this)), m_interval(new QSpinBox(this)),
      m_token(new QLineEdit(QString::fromUtf8(current.bearerToken), this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("blufio tray settings"));
    m_url->setObjectName(QStringLiteral("url"));
    m_interval->setObjectName(QStringLiteral("interval"));
    m_token->setObjectName(QStringLiteral("token"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:3000"));
    m_interval->setRange(TraySettings::minIntervalSecs, TraySettings::maxIntervalSecs);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(current.intervalSecs);
    // Never shown in clear: screenshots and screen sharing should not leak it.
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("optional: uses /v1/health"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Daemon &URL:"), m_url);
    form->addRow(tr("Check &every:"), m_interval);
    form->addRow(tr("Bearer &token:"), m_token);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

TraySettings SettingsDialog::settings() const
{
    TraySettings s;
    s.url = QUrl::fromUserInput(m_url->text().trimmed());
    s.intervalSecs = m_interval->value();
    s.bearerToken = m_token->text().trimmed().toUtf8();
    return s;
}

void SettingsDialog::accept()
{
    const QUrl url = settings().url;
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        m_error->setText(tr("Enter an http:// or https:// URL, e.g. http://127.0.0.1:3000."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace blufio::tray
