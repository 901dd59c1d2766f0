#pragma once

#include "ProviderCall.h"
#include "SseParser.h"

namespace blufio {

// A streaming Messages API call: message_start carries the input usage, content_block_delta the
// text, message_delta the output usage and stop reason, message_stop the end; error events fail.
class AnthropicCall : public ProviderCall
{
    Q_OBJECT

public:
    AnthropicCall(QNetworkReply *reply, int idleTimeoutMs, QObject *parent);

protected:
    void handleBody(const QByteArray &bytes) override;
    void handleEnd() override;
    QByteArray expectedContentType() const override { return QByteArrayLiteral("text/event-stream"); }

private:
    void handleEvent(const SseEvent &event);

    SseParser m_parser;
    ProviderResult m_result;
};

} // namespace blufio
