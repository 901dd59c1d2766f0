#include "ProviderFactory.h"

#include "AnthropicProvider.h"
#include "OpenAiProvider.h"

#include "common/config/Config.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>

Q_DECLARE_LOGGING_CATEGORY(lcProvider) // ProviderCall.cpp

namespace blufio {

namespace {

// The translation context of the factory's messages (it has no class of its own).
struct ProviderFactoryText
{
    Q_DECLARE_TR_FUNCTIONS(blufio::ProviderFactory)
};

ProviderSetup failure(ProviderError error)
{
    ProviderSetup setup;
    setup.error = std::move(error);
    return setup;
}

// Empty when the URL is usable, else why not.
QString checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ProviderFactoryText::tr("not a valid URL");
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return ProviderFactoryText::tr("the URL must start with https:// or http://");
    if (url.hasQuery() || url.hasFragment())
        return ProviderFactoryText::tr("the URL must not have a query or fragment");
    return {};
}

// OpenSSL's tools (curl, git, Python) trust the certificates in $SSL_CERT_FILE, besides the system
// directory; Qt 6.4 loads only the system roots and never reads that variable. Honouring it is how an
// operator trusts a private CA or a TLS-inspecting proxy in front of the upstream.
std::optional<QSslConfiguration> upstreamTls()
{
    const QString file = qEnvironmentVariable("SSL_CERT_FILE");
    if (file.isEmpty())
        return std::nullopt;
    const QList<QSslCertificate> extra = QSslCertificate::fromPath(file, QSsl::Pem);
    if (extra.isEmpty()) {
        qCWarning(lcProvider).noquote()
            << "SSL_CERT_FILE" << file << "holds no PEM certificate; trusting the system's roots only";
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    return tls;
}

} // namespace

ProviderSetup createProvider(const Config &config, NetworkPool *network)
{
    const QString name = config.settings().agent.provider;
    const Settings::Provider *section = config.settings().providers.named(name);
    if (!section)
        return failure(ProviderError::notConfigured(
            QStringLiteral("agent.provider"), ProviderFactoryText::tr("unknown provider \"%1\"").arg(name)));
    const QString &urlKey = section->baseUrlKey;
    const QString &keyKey = section->apiKeyKey;

    if (section->baseUrl.trimmed().isEmpty())
        return failure(ProviderError::notConfigured(urlKey));
    const QUrl url(section->baseUrl.trimmed(), QUrl::StrictMode);
    if (const QString problem = checkUrl(url); !problem.isEmpty())
        return failure(ProviderError::notConfigured(urlKey, problem));

    const QString key = section->apiKey;
    if (key.startsWith(QLatin1String("vault:")))
        return failure(ProviderError::notConfigured(
            keyKey,
            ProviderFactoryText::tr("the secret %1 could not be read from the vault").arg(key.mid(6))));
    // Header values cannot carry line breaks; a key with one was pasted wrong.
    if (key.contains(QLatin1Char('\n')) || key.contains(QLatin1Char('\r')))
        return failure(ProviderError::notConfigured(
            keyKey, ProviderFactoryText::tr("the API key contains a line break")));

    ProviderSetup setup;
    if (name == QLatin1String("anthropic")) {
        if (key.trimmed().isEmpty())
            return failure(ProviderError::notConfigured(keyKey));
        setup.provider = std::make_unique<AnthropicProvider>(network, url, key.trimmed().toUtf8());
    } else {
        // Local OpenAI-compatible servers (llama.cpp, Ollama, vLLM) need no key; OpenAI itself does.
        if (key.trimmed().isEmpty() && url.host() == QLatin1String("api.openai.com"))
            return failure(ProviderError::notConfigured(keyKey));
        setup.provider = std::make_unique<OpenAiProvider>(network, url, key.trimmed().toUtf8());
    }
    if (url.scheme() == QLatin1String("https")) {
        if (const auto tls = upstreamTls())
            setup.provider->setTlsConfiguration(*tls);
    }
    return setup;
}

} // namespace blufio
