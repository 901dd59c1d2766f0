#pragma once

#include "ProviderCall.h"
#include "SseParser.h"

namespace blufio {

// A provider call whose 2xx body is a server-sent event stream: feeds the bytes through one
// bounded SseParser and hands each event to the API-specific subclass.
class SseCall : public ProviderCall
{
    Q_OBJECT

protected:
    SseCall(QNetworkReply *reply, int idleTimeoutMs, QObject *parent);

    void handleBody(const QByteArray &bytes) override;
    QByteArray expectedContentType() const override { return QByteArrayLiteral("text/event-stream"); }
    virtual void handleEvent(const SseEvent &event) = 0;
    qsizetype eventCount() const { return m_parser.eventCount(); }

private:
    SseParser m_parser;
};

} // namespace blufio
