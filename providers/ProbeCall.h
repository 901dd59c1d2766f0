#pragma once

#include "ProviderCall.h"

namespace blufio {

// A cheap authenticated GET (the model list) for `blufio doctor`: finished() means reachable and
// the key accepted (stopReason "probe", serverDate for the clock-skew check); failed() says why not.
class ProbeCall : public ProviderCall
{
    Q_OBJECT

public:
    ProbeCall(QNetworkReply *reply, int timeoutMs, QObject *parent);

protected:
    void handleBody(const QByteArray &bytes) override;
    void handleEnd() override;
    QByteArray expectedContentType() const override { return QByteArrayLiteral("application/json"); }

private:
    QByteArray m_body;
};

} // namespace blufio
