#include "SseCall.h"

#include "ProviderError.h"
#include "StreamLimits.h"

namespace blufio {

SseCall::SseCall(QNetworkReply *reply, int idleTimeoutMs, QObject *parent)
    : ProviderCall(reply, idleTimeoutMs, parent), m_parser(StreamLimits::maxLineBytes)
{ }

void SseCall::handleBody(const QByteArray &bytes)
{
    const QList<SseEvent> events = m_parser.feed(bytes);
    for (const SseEvent &event : events) {
        handleEvent(event);
        if (isDone())
            return;
    }
    if (m_parser.hasError())
        fail(ProviderError::malformed(tr("a line longer than %1 bytes").arg(StreamLimits::maxLineBytes)));
}

} // namespace blufio
