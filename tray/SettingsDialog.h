#pragma once

#include "TraySettings.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QLabel;

namespace blufio::tray {

// Edits TraySettings. Accepting emits nothing itself: the caller reads settings() and applies
// them at once (no restart).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const TraySettings &current, QWidget *parent = nullptr);

    TraySettings settings() const;

    void accept() override;

private:
    QLineEdit *m_url;
    QSpinBox *m_interval;
    QLineEdit *m_token;
    QLabel *m_error;
};

} // namespace blufio::tray
