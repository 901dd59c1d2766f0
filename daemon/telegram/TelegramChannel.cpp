#include "TelegramChannel.h"

#include "TelegramReplyStream.h"
#include "TelegramText.h"

#include "common/storage/Storage.h"
#include "daemon/agent/Agent.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <prometheus/counter.h>
#include <prometheus/gauge.h>

#include <utility>

Q_LOGGING_CATEGORY(lcTelegram, "blufio.telegram")

namespace blufio {

namespace {
const QString kChannel = QStringLiteral("telegram");
// A refused token or a webhook does not go away by itself: asking often only fills the log.
constexpr int UnauthorizedRetryMs = 60000;
constexpr int ConflictRetryMs = 30000;
constexpr int FirstBackoffMs = 1000;
constexpr int MaxBackoffMs = 60000;
} // namespace

TelegramChannel::TelegramChannel(Settings settings, Agent &agent, Storage &storage, prometheus::Gauge &up,
                                 prometheus::Counter &ignored, StatusText status, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_agent(agent), m_storage(storage), m_up(up),
      m_ignored(ignored), m_status(std::move(status)), m_network(std::make_unique<QNetworkAccessManager>())
{
    m_api = std::make_unique<TelegramBotApi>(m_network.get(), m_settings.apiUrl, m_settings.token);
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: Telegram's retry_after is a minimum.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TelegramChannel::poll);
}

TelegramChannel::~TelegramChannel()
{
    stop();
    // Streams detach their turns as they go, before the API they talk through.
    qDeleteAll(findChildren<TelegramReplyStream *>(Qt::FindDirectChildrenOnly));
    m_api.reset();
}

void TelegramChannel::start()
{
    m_up.Set(0);
    const Result<qint64> offset = m_storage.channelCursor(kChannel);
    if (!offset)
        qCWarning(lcTelegram).noquote() << "cannot read the Telegram offset:" << offset.errorMessage();
    m_offset = offset ? *offset : 0;
    if (const Result<QList<TelegramPending>> pending = m_storage.undeliveredTelegramUpdates(); !pending) {
        qCWarning(lcTelegram).noquote()
            << "cannot read undelivered Telegram replies:" << pending.errorMessage();
    } else {
        for (const TelegramPending &p : *pending)
            resume(p);
        if (!pending->isEmpty())
            qCInfo(lcTelegram) << "delivering" << pending->size() << "Telegram replies a restart interrupted";
    }
    m_running = true;
    qCInfo(lcTelegram).noquote() << "polling" << m_api->displayUrl(QStringLiteral("getUpdates"))
                                 << "from update" << m_offset + 1 << "for" << m_settings.allowedChatIds.size()
                                 << "allowed chats";
    fetchBotName();
    poll();
}

void TelegramChannel::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_poll && m_api)
        m_api->abort(std::exchange(m_poll, 0));
}

void TelegramChannel::fetchBotName()
{
    if (m_askingName || !m_state.botUsername.isEmpty())
        return;
    m_askingName = true;
    m_api->getMe([this](Result<TelegramUser> me) {
        m_askingName = false;
        if (me) {
            m_state.botUsername = me->username;
            qCInfo(lcTelegram).noquote() << "bot" << (QStringLiteral("@") + me->username);
        }
    });
}

void TelegramChannel::poll()
{
    if (!m_running || m_poll)
        return;
    m_pollStarted.start();
    m_poll = m_api->getUpdates(m_offset + 1, m_settings.pollTimeoutSecs,
                               [this](Result<QList<TelegramUpdate>> r) { onPolled(std::move(r)); });
}

void TelegramChannel::scheduleNext(int ms)
{
    if (m_running)
        m_timer.start(std::max(0, ms));
}

void TelegramChannel::onPolled(Result<QList<TelegramUpdate>> result)
{
    m_poll = 0;
    if (!result) {
        onPollFailed(result.error());
        return;
    }
    if (m_failing)
        qCInfo(lcTelegram) << "Telegram polling works again";
    m_failing = false;
    m_backoffMs = 0;
    m_state.up = true;
    m_state.lastError.clear();
    m_state.lastPollAt = QDateTime::currentDateTimeUtc();
    m_up.Set(1);
    fetchBotName();
    for (const TelegramUpdate &update : *result) {
        // A server that sends an update again (offsets ignored, a retried request) must not get
        // it answered twice: everything up to the stored offset is done.
        if (update.updateId <= m_offset) {
            qCDebug(lcTelegram) << "skipping update" << update.updateId << "processed before";
            continue;
        }
        handle(update);
    }
    // A server that answers at once (no long poll) is asked again only after the interval.
    const qint64 elapsed = m_pollStarted.elapsed();
    scheduleNext(elapsed < m_settings.minPollIntervalMs ? int(m_settings.minPollIntervalMs - elapsed) : 0);
}

void TelegramChannel::onPollFailed(const Error &error)
{
    const QString message = m_api->redact(error.message);
    m_state.lastError = message;
    int delayMs = 0;
    bool down = true;
    QString advice;
    switch (error.code) {
    case ErrorCode::Unauthorized:
        delayMs = UnauthorizedRetryMs;
        advice = tr("Telegram refused the bot token (401): set telegram.bot_token to the token @BotFather "
                    "gave (`blufio doctor` checks it); retrying every %n s",
                    nullptr, delayMs / 1000);
        break;
    case ErrorCode::Conflict:
        delayMs = ConflictRetryMs;
        advice = tr("Telegram refuses getUpdates (409): a webhook is set for this bot (remove it with "
                    "deleteWebhook) or another program polls with the same token; retrying every %n s",
                    nullptr, delayMs / 1000);
        break;
    case ErrorCode::RateLimited:
        delayMs = std::max(1, error.retryAfterSecs) * 1000;
        down = false; // it answered: only slower
        advice = tr("Telegram asks to wait %n s (429)", nullptr, delayMs / 1000);
        break;
    default:
        // Network errors, resets, timeouts, 5xx, garbage: back off with jitter so that many
        // daemons do not return together, capped.
        m_backoffMs = m_backoffMs ? std::min(MaxBackoffMs, m_backoffMs * 2) : FirstBackoffMs;
        delayMs = m_backoffMs / 2 + int(QRandomGenerator::global()->bounded(m_backoffMs / 2 + 1));
        advice = tr("retrying in %1 ms").arg(delayMs);
        break;
    }
    if (down) {
        m_state.up = false;
        m_up.Set(0);
    }
    // One line per episode of the same failure; the retries of it are at debug level.
    if (!m_failing || m_lastLogged != error.code)
        qCWarning(lcTelegram).noquote() << "Telegram getUpdates failed:" << message << "--" << advice;
    else
        qCDebug(lcTelegram).noquote() << "Telegram getUpdates failed again:" << message;
    m_failing = true;
    m_lastLogged = error.code;
    scheduleNext(delayMs);
}

bool TelegramChannel::allowed(qint64 chatId) const
{
    return m_settings.allowedChatIds.contains(chatId);
}

void TelegramChannel::advance(qint64 updateId)
{
    m_offset = std::max(m_offset, updateId);
    if (const Result<void> r = m_storage.advanceChannelCursor(kChannel, updateId); !r)
        qCWarning(lcTelegram).noquote() << "cannot store the Telegram offset:" << r.errorMessage();
}

void TelegramChannel::handle(const TelegramUpdate &update)
{
    if (!update.isMessage()) {
        advance(update.updateId);
        return;
    }
    if (!allowed(update.chatId)) {
        m_ignored.Increment();
        if (!m_ignoredChats.contains(update.chatId)) {
            m_ignoredChats.insert(update.chatId);
            qCWarning(lcTelegram).noquote()
                << "ignoring Telegram chat" << update.chatId
                << "(not in telegram.allowed_chat_ids; add it there to let it talk to the agent)";
        }
        advance(update.updateId);
        return;
    }
    if (!update.isText()) {
        advance(update.updateId);
        say(update.chatId, tr("I can only read text messages."));
        return;
    }
    handleText(update);
}

void TelegramChannel::handleText(const TelegramUpdate &update)
{
    switch (TelegramText::command(update.text, m_state.botUsername)) {
    case TelegramText::Command::ForOtherBot:
        advance(update.updateId);
        return;
    case TelegramText::Command::New:
        startNewSession(update);
        return;
    case TelegramText::Command::Status:
        advance(update.updateId);
        say(update.chatId, m_status ? m_status() : QString());
        return;
    case TelegramText::Command::Start:
        advance(update.updateId);
        say(update.chatId,
            tr("Hello! Send me a message and I will answer. /new starts a new conversation, "
               "/status shows how I am."));
        return;
    case TelegramText::Command::None:
        break;
    }
    const Result<std::optional<QString>> session = m_storage.telegramChatSession(update.chatId);
    if (!session) {
        // Not advanced: the update is fetched again once the database answers.
        qCWarning(lcTelegram).noquote()
            << "cannot read chat" << update.chatId << "'s session:" << session.errorMessage();
        return;
    }
    submit(update, session->value_or(QString()), false);
}

void TelegramChannel::startNewSession(const TelegramUpdate &update)
{
    const Result<SessionInfo> created = m_storage.createSession();
    Result<void> mapped = created ? m_storage.setTelegramChatSession(update.chatId, created->id)
                                  : Result<void>(created.error());
    advance(update.updateId);
    if (!mapped) {
        qCWarning(lcTelegram).noquote()
            << "cannot start a new session for chat" << update.chatId << ":" << mapped.errorMessage();
        say(update.chatId, tr("I could not start a new conversation: the database refused."));
        return;
    }
    qCInfo(lcTelegram).noquote() << "chat" << update.chatId << "starts session" << created->id;
    say(update.chatId, tr("Started a new conversation."));
}

void TelegramChannel::submit(const TelegramUpdate &update, const QString &sessionId, bool retried)
{
    TurnRequest request;
    request.content = update.text;
    request.sessionId = sessionId;
    request.channel = kChannel;
    request.telegram = TelegramInbound {update.updateId, update.chatId};
    TelegramReplyStream *reply = stream(update.chatId, update.updateId, 0);
    auto outcome = m_agent.submit(request, *reply);
    if (auto *handle = std::get_if<TurnHandle>(&outcome)) {
        m_offset = std::max(m_offset, update.updateId); // stored with the message
        reply->setHandle(*handle);
        return;
    }
    const AgentError &error = std::get<AgentError>(outcome);
    if (error.kind == AgentError::Kind::SessionNotFound && !retried) {
        // The chat's session was deleted (DELETE /v1/sessions/{id}): the chat starts a new one.
        delete reply;
        submit(update, QString(), true);
        return;
    }
    qCInfo(lcTelegram).noquote() << "refused a message from chat" << update.chatId << ":" << error.code()
                                 << "-" << error.message;
    advance(update.updateId);
    reply->finish(TelegramReplyStream::describe(error));
}

void TelegramChannel::resume(const TelegramPending &pending)
{
    if (!allowed(pending.chatId)) {
        (void)m_storage.markTelegramDelivered(pending.updateId);
        return;
    }
    TelegramReplyStream *reply = stream(pending.chatId, pending.updateId, pending.sentMessageId);
    if (pending.reply) {
        reply->finish(pending.reply->content);
        return;
    }
    if (pending.queueState == QueueState::Pending || pending.queueState == QueueState::InProgress) {
        if (std::optional<TurnHandle> handle = m_agent.claimRecovered(pending.queueId, *reply)) {
            reply->setHandle(*handle);
            return;
        }
    }
    reply->finish(
        tr("Your message was interrupted by a restart before I could answer; please send it again."));
}

void TelegramChannel::say(qint64 chatId, const QString &text)
{
    stream(chatId, 0, 0)->finish(text);
}

TelegramReplyStream *TelegramChannel::stream(qint64 chatId, qint64 updateId, qint64 sentMessageId)
{
    auto *reply = new TelegramReplyStream(*m_api, &m_storage, {chatId, updateId, sentMessageId},
                                          m_settings.editIntervalMs, this);
    connect(reply, &TelegramReplyStream::done, reply, &QObject::deleteLater);
    return reply;
}

} // namespace blufio
