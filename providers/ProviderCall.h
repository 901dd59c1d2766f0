#pragma once

#include "ProviderError.h"
#include "ProviderResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace blufio {

// One request to an LLM provider. It ends with exactly one of finished() or failed(), after any
// number of textDelta()s, and then deletes itself (deleteLater), so callers hold it in a QPointer
// or only use it from its signals. Deleting it earlier aborts the upstream request silently.
class ProviderCall : public QObject
{
    Q_OBJECT

public:
    ~ProviderCall() override;

    // Aborts the upstream request (closing its connection) and fails with Kind::Cancelled, unless
    // the call has already ended. Safe to call at any time, also from a slot of this call.
    void cancel();

    // Fails with Kind::Timeout when the whole call takes longer than ms from now, however steadily
    // bytes trickle in (the idle timeout alone would let that go on forever). 0 disables.
    void setMaxDurationMs(int ms);

    bool isDone() const { return m_done; }
    // The upstream's HTTP status once its headers arrived, 0 before.
    int httpStatus() const { return m_status; }
    // The upstream's Date header, for clock-skew checks; invalid until the headers arrived.
    QDateTime serverDate() const { return m_serverDate; }

Q_SIGNALS:
    void textDelta(const QString &text);
    void finished(const blufio::ProviderResult &result);
    void failed(const blufio::ProviderError &error);

protected:
    // Takes ownership of reply. idleTimeoutMs bounds the wait for the headers and then any gap
    // between received bytes.
    ProviderCall(QNetworkReply *reply, int idleTimeoutMs, QObject *parent);

    // A 2xx reply's body bytes, as they arrive.
    virtual void handleBody(const QByteArray &bytes) = 0;
    // A 2xx reply ended cleanly; the subclass calls complete() or fail().
    virtual void handleEnd() = 0;
    // The Content-Type a 2xx reply must have ("text/event-stream"); empty accepts anything.
    virtual QByteArray expectedContentType() const = 0;

    void emitDelta(const QString &text);
    void complete(ProviderResult result);
    void fail(const ProviderError &error);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onIdleTimeout();
    void finishReply(bool abort);
    ProviderError httpError() const;

    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_deadline;
    QByteArray m_errorBody;
    QDateTime m_serverDate;
    int m_idleMs;
    int m_maxMs = 0;
    int m_status = 0;
    bool m_headersChecked = false;
    bool m_success = false;
    bool m_done = false;
};

} // namespace blufio
