#pragma once

#include "SseCall.h"

namespace blufio {

// A streaming Messages API call: message_start carries the input usage, content_block_start and
// content_block_delta the text, message_delta the output usage and stop reason, message_stop the end; error
// events fail.
class AnthropicCall : public SseCall
{
    Q_OBJECT

public:
    AnthropicCall(QNetworkReply *reply, int idleTimeoutMs, QObject *parent);

protected:
    void handleEnd() override;

private:
    void handleEvent(const SseEvent &event) override;
    // Reply text from a text_delta or a text block's start, both counted against the reply cap.
    void appendText(const QString &text);

    ProviderResult m_result;
};

} // namespace blufio
