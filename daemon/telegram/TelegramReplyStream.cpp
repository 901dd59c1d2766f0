#include "TelegramReplyStream.h"

#include "TelegramText.h"

#include "common/storage/Storage.h"
#include "common/telegram/TelegramBotApi.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcTelegram)

namespace blufio {

namespace {
// A reply that cannot get through after this many failed requests in a row is given up on (it is
// still stored, and a recorded update is tried again at the next start).
constexpr int MaxFailures = 6;
constexpr int MaxRetryMs = 30000;
} // namespace

TelegramReplyStream::TelegramReplyStream(TelegramBotApi &api, Storage *storage, Target target,
                                         int editIntervalMs, QObject *parent)
    : QObject(parent), m_api(api), m_storage(storage), m_target(target), m_intervalMs(editIntervalMs)
{
    if (m_target.sentMessageId)
        m_sent.append({m_target.sentMessageId, QString()});
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // retry_after and the edit interval are minimums
    connect(&m_timer, &QTimer::timeout, this, &TelegramReplyStream::pump);
}

TelegramReplyStream::~TelegramReplyStream()
{
    // The agent must not call a sink that is gone; the reply is still stored.
    m_handle.detach();
}

void TelegramReplyStream::finish(const QString &text)
{
    m_text = text;
    m_final = true;
    pump();
}

void TelegramReplyStream::onDelta(const QString &text)
{
    m_text += text;
    pump();
}

void TelegramReplyStream::onCompleted(const AgentReply &reply)
{
    // The stored text, not what the deltas added up to: that is the reply of record.
    finish(reply.content.trimmed().isEmpty() ? tr("(the reply was empty)") : reply.content);
}

void TelegramReplyStream::onFailed(const AgentError &error)
{
    const QString note = describe(error);
    finish(m_text.trimmed().isEmpty() ? note : m_text + QStringLiteral("\n\n") + note);
}

QString TelegramReplyStream::describe(const AgentError &error)
{
    using K = AgentError::Kind;
    switch (error.kind) {
    case K::BudgetExhausted:
        return tr("The spending budget is used up, so I cannot answer now. %1").arg(error.message);
    case K::MemoryPressure:
        return tr("I am short of memory and take no new conversations right now; please try again later.");
    case K::QueueFull:
        return tr("Too many messages are waiting; please try again in a moment.");
    case K::ProviderRateLimited:
        return tr("The language model is rate-limiting me; please try again shortly.");
    case K::ProviderNotConfigured:
        return tr("No language model is configured on this blufio.");
    case K::Cancelled:
        return tr("The reply was cancelled.");
    case K::Timeout:
    case K::ProviderTimeout:
        return tr("The language model took too long to answer.");
    case K::StorageUnavailable:
    case K::Storage:
        return tr("The database is not available, so I cannot take messages right now.");
    default:
        return tr("Sorry, something went wrong: %1").arg(error.message);
    }
}

void TelegramReplyStream::pump()
{
    if (m_busy || m_ended)
        return;
    const QStringList parts = TelegramText::split(m_text);
    qsizetype index = 0;
    while (index < parts.size() && index < m_sent.size() && m_sent.at(index).messageId
           && m_sent.at(index).text == parts.at(index))
        ++index;
    if (index >= parts.size()) {
        if (m_final)
            end(true);
        return;
    }
    // At most one request per interval: Telegram limits a chat to about one message a second.
    if (m_lastRequest.isValid() && m_lastRequest.elapsed() < m_intervalMs) {
        if (!m_timer.isActive())
            m_timer.start(int(m_intervalMs - m_lastRequest.elapsed()));
        return;
    }
    m_busy = true;
    m_lastRequest.start();
    const QString text = parts.at(index);
    QPointer<TelegramReplyStream> self(this);
    const int i = int(index);
    if (index < m_sent.size() && m_sent.at(index).messageId) {
        const qint64 id = m_sent.at(index).messageId;
        m_api.editMessageText(
            m_target.chatId, id, text, [self, i, text, id](Result<std::optional<TelegramMessage>> r) {
                if (self)
                    self->onAnswered(i, text, id, r ? std::nullopt : std::optional<Error>(r.error()));
            });
    } else {
        m_api.sendMessage(m_target.chatId, text, [self, i, text](Result<TelegramMessage> r) {
            if (self)
                self->onAnswered(i, text, r ? r->messageId : 0,
                                 r ? std::nullopt : std::optional<Error>(r.error()));
        });
    }
}

void TelegramReplyStream::onAnswered(int index, const QString &text, qint64 messageId,
                                     const std::optional<Error> &error)
{
    m_busy = false;
    const bool wasEdit = index < m_sent.size() && m_sent.at(index).messageId;
    if (error) {
        // Telegram refuses an edit to the text the message already has: it is there, then.
        if (wasEdit && error->code == ErrorCode::InvalidArgument
            && error->message.contains(QStringLiteral("not modified"))) {
            m_sent[index].text = text;
            pump();
            return;
        }
        ++m_failures;
        qCWarning(lcTelegram).noquote() << "could not" << (wasEdit ? "edit" : "send") << "a reply in chat"
                                        << m_target.chatId << ":" << error->message;
        if (wasEdit && error->code == ErrorCode::InvalidArgument)
            m_sent[index].messageId = 0; // gone or not editable: send that part as a new message
        if (m_failures >= MaxFailures) {
            end(false);
            return;
        }
        if (error->code == ErrorCode::RateLimited && error->retryAfterSecs >= 0)
            retryLater(error->retryAfterSecs * 1000);
        else
            retryLater(std::min(MaxRetryMs, 1000 << std::min(m_failures, 5)));
        return;
    }
    m_failures = 0;
    if (index < m_sent.size()) {
        m_sent[index] = {messageId, text};
    } else {
        m_sent.append({messageId, text});
    }
    if (index == 0 && !wasEdit && m_target.updateId && m_storage) {
        if (const Result<void> r = m_storage->setTelegramSentMessage(m_target.updateId, messageId); !r)
            qCWarning(lcTelegram).noquote() << "cannot record the reply's message:" << r.errorMessage();
    }
    pump();
}

void TelegramReplyStream::retryLater(int ms)
{
    m_timer.start(std::max(ms, m_intervalMs));
}

void TelegramReplyStream::end(bool delivered)
{
    if (m_ended)
        return;
    m_ended = true;
    m_timer.stop();
    if (delivered && m_target.updateId && m_storage) {
        if (const Result<void> r = m_storage->markTelegramDelivered(m_target.updateId); !r)
            qCWarning(lcTelegram).noquote()
                << "cannot mark update" << m_target.updateId << "delivered:" << r.errorMessage();
    }
    Q_EMIT done(delivered);
}

} // namespace blufio
