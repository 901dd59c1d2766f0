#pragma once

#include "SecureBytes.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace blufio {

// Where the vault passphrase comes from: $BLUFIO_VAULT_KEY, else a prompt on the controlling terminal
// with echo off, else a NoPassphrase error telling the operator to set BLUFIO_VAULT_KEY (a daemon under
// systemd has no terminal).
class PassphraseReader
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseReader)

public:
    static QString environmentVariable() { return QStringLiteral("BLUFIO_VAULT_KEY"); }

    // ttyPath is a test seam; production reads /dev/tty.
    explicit PassphraseReader(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                              QString ttyPath = QStringLiteral("/dev/tty"));

    // confirm: on a terminal, ask twice and require both to match (for creating a vault).
    Result<SecureBytes> read(const QString &prompt, bool confirm = false) const;

private:
    Result<SecureBytes> prompt(int fd, const QString &text) const;

    QProcessEnvironment m_env;
    QString m_ttyPath;
};

} // namespace blufio
