#include "ProbeCall.h"

#include <QJsonDocument>

namespace blufio {

namespace {
// A model list is a few kilobytes; enough to see that it is JSON.
constexpr qsizetype maxProbeBody = 1 << 20;
} // namespace

ProbeCall::ProbeCall(QNetworkReply *reply, int timeoutMs, QObject *parent)
    : ProviderCall(reply, timeoutMs, parent)
{ }

void ProbeCall::handleBody(const QByteArray &bytes)
{
    if (m_body.size() + bytes.size() > maxProbeBody) {
        fail(ProviderError::badResponse(tr("the model list exceeds %1 bytes").arg(maxProbeBody)));
        return;
    }
    m_body.append(bytes);
}

void ProbeCall::handleEnd()
{
    if (!QJsonDocument::fromJson(m_body).isObject()) {
        fail(ProviderError::badResponse(tr("the model list is not a JSON object")));
        return;
    }
    ProviderResult result;
    result.stopReason = QStringLiteral("probe");
    complete(result);
}

} // namespace blufio
