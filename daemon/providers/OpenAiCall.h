#pragma once

#include "ProviderCall.h"
#include "SseParser.h"

namespace blufio {

// A streaming Chat Completions call: "data: {chunk}" events with choices[0].delta.content, a last
// chunk with usage (stream_options.include_usage) and "data: [DONE]".
class OpenAiCall : public ProviderCall
{
    Q_OBJECT

public:
    OpenAiCall(QNetworkReply *reply, int idleTimeoutMs, QObject *parent);

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
