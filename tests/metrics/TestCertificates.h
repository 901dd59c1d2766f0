#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace blufio::test {

// A throw-away PKI made with the openssl CLI: the files an operator would make by following
// docs/METRICS-TLS.md, so the tests exercise the same formats.
class TestCertificates
{
public:
    TestCertificates();

    // False (with error()) when openssl is missing or a command failed.
    bool generate();
    QString error() const { return m_error; }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }

    // Client-side TLS configurations: trusting our CA (or not) and presenting a client pair.
    QSslConfiguration client(bool trustCa, const QString &certName = {}, const QString &keyName = {}) const;

    // Issues a server certificate for localhost/127.0.0.1 signed by ca into name.crt/name.key.
    bool issueServer(const QString &name, const QString &commonName);
    // Runs openssl with these arguments in dir(); false and error() set on failure.
    bool openssl(const QStringList &arguments);

private:
    bool writeFile(const QString &name, const QByteArray &data);

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_error;
};

} // namespace blufio::test
