#pragma once

#include "SseCall.h"

namespace blufio {

// A streaming Chat Completions call: "data: {chunk}" events with choices[0].delta.content, a last
// chunk with usage (stream_options.include_usage) and "data: [DONE]".
class OpenAiCall : public SseCall
{
    Q_OBJECT

public:
    OpenAiCall(QNetworkReply *reply, int idleTimeoutMs, QObject *parent);

protected:
    void handleEnd() override;

private:
    void handleEvent(const SseEvent &event) override;

    ProviderResult m_result;
};

} // namespace blufio
