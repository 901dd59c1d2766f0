#pragma once

#include "daemon/agent/TurnHandle.h"
#include "daemon/agent/TurnSink.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "common/Result.h"

#include <optional>

namespace blufio {

class Storage;
class TelegramBotApi;

// One reply on its way into a chat, as a TurnSink: the first delta is sent with sendMessage, later
// ones edit that message (editMessageText) at most once per interval, and the end edits in the full
// stored text. A reply longer than TelegramText::MaxMessageLength goes out as several messages.
// One Bot API request at a time, so the chat sees the parts in order.
//
// For an update recorded in storage (updateId != 0), the id of the first message sent is stored,
// so that after a crash the restarted daemon edits that message instead of sending another, and
// the update is marked delivered once the whole text is in the chat.
class TelegramReplyStream : public QObject, public TurnSink
{
    Q_OBJECT

public:
    struct Target
    {
        qint64 chatId = 0;
        qint64 updateId = 0; // 0: not a recorded update (a command's answer, a refusal)
        qint64 sentMessageId = 0; // a message of an earlier attempt to edit rather than send anew
    };

    // api and storage must outlive the stream; storage may be null when updateId is 0.
    TelegramReplyStream(TelegramBotApi &api, Storage *storage, Target target, int editIntervalMs,
                        QObject *parent = nullptr);
    ~TelegramReplyStream() override;

    void setHandle(const TurnHandle &handle) { m_handle = handle; }
    qint64 chatId() const { return m_target.chatId; }
    qint64 updateId() const { return m_target.updateId; }

    // A whole text now: a stored reply after a restart, a refusal, a command's answer.
    void finish(const QString &text);

    void onDelta(const QString &text) override;
    void onCompleted(const AgentReply &reply) override;
    void onFailed(const AgentError &error) override;

    // What the chat is told for each refusal or failure.
    static QString describe(const AgentError &error);

Q_SIGNALS:
    // Every part is in the chat (delivered), or the stream gave up after repeated failures.
    void done(bool delivered);

private:
    struct Part
    {
        qint64 messageId = 0; // 0: to be sent (again)
        QString text;
    };

    void pump();
    // messageId: the message sent or edited; error set when the request failed.
    void onAnswered(int index, const QString &text, qint64 messageId, const std::optional<Error> &error);
    void retryLater(int ms);
    void end(bool delivered);

    TelegramBotApi &m_api;
    Storage *m_storage;
    Target m_target;
    int m_intervalMs;
    TurnHandle m_handle;
    QString m_text;
    bool m_final = false;
    bool m_busy = false;
    bool m_ended = false;
    int m_failures = 0;
    QList<Part> m_sent;
    QElapsedTimer m_lastRequest;
    QTimer m_timer;
};

} // namespace blufio
