#include "ContextBuilder.h"

#include <algorithm>

namespace blufio {

namespace {

// Put between the system prompt and the summary, and before a summary call's transcript. These are
// sent to the model, not shown to people: not translated.
const QString &summaryHeader()
{
    static const QString header
        = QStringLiteral("Summary of the earlier conversation (its messages are no longer shown):\n");
    return header;
}

QString summaryInputPrefix(const std::optional<StoredSummary> &previous)
{
    if (!previous || previous->text.isEmpty())
        return QStringLiteral("Conversation to summarise:\n\n");
    return QStringLiteral("Summary so far:\n") + previous->text
        + QStringLiteral("\n\nLater messages to fold into it:\n\n");
}

} // namespace

ContextMessage ContextMessage::fromStored(const StoredMessage &message)
{
    return {message.seq, message.role, message.content, message.tokens};
}

qint64 ContextBuilder::estimateText(QStringView text)
{
    // UTF-8 length without building the bytes: 1 byte below U+0080, 2 below U+0800, 3 for the rest
    // of the BMP, 4 for a surrogate pair (2 UTF-16 units, so 2 each).
    qint64 bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : QChar::isSurrogate(u) ? 2 : 3;
    }
    return (bytes + 3) / 4;
}

qint64 ContextBuilder::messageTokens(const ContextMessage &message)
{
    return (message.reportedTokens > 0 ? message.reportedTokens : estimateText(message.content))
        + MessageOverhead;
}

qint64 ContextBuilder::callTokens(const QString &systemPrompt, qint64 messageTokens)
{
    return estimateText(systemPrompt) + MessageOverhead + messageTokens;
}

bool ContextBuilder::fitsAlone(const QString &systemPrompt, const QString &content, qint64 bound)
{
    return callTokens(systemPrompt, estimateText(content) + MessageOverhead) <= bound;
}

QString ContextBuilder::summarySystemPrompt()
{
    return QStringLiteral(
        "You are summarising a conversation between a user and an assistant so that the assistant can "
        "continue it without seeing these messages again. Write a concise summary of the facts, names, "
        "decisions, open questions and the user's preferences, in the language of the conversation. "
        "Output only the summary.");
}

QString ContextBuilder::withSummary(const QString &systemPrompt, const QString &summaryText)
{
    if (systemPrompt.isEmpty())
        return summaryHeader() + summaryText;
    return systemPrompt + QStringLiteral("\n\n") + summaryHeader() + summaryText;
}

int ContextBuilder::summaryMaxTokensFor(qint64 bound, int maxTokens)
{
    return int(std::clamp<qint64>(bound / 4, 1, std::max(1, maxTokens)));
}

ContextBuilder::ContextBuilder(Limits limits, QString systemPrompt, std::optional<StoredSummary> summary)
    : m_limits(limits), m_systemPrompt(std::move(systemPrompt)), m_summary(std::move(summary))
{
    if (m_summary && m_summary->text.isEmpty())
        m_summary.reset();
    m_coversThrough = m_summary ? m_summary->coversThroughSeq : 0;
    m_fitBudget = m_limits.bound - fixedTokens(m_summary ? &*m_summary : nullptr);
    // What a new summary would leave, halved: room for the conversation to grow before the next one.
    m_keepTarget
        = (m_limits.bound - fixedTokens(nullptr) - estimateText(summaryHeader()) - m_limits.summaryMaxTokens)
        / 2;
    m_summaryBudget = m_limits.bound - summaryOverhead();
}

qint64 ContextBuilder::fixedTokens(const StoredSummary *summary) const
{
    if (!summary || summary->text.isEmpty())
        return callTokens(m_systemPrompt, 0);
    // Sent inside the system prompt, where the provider's count of it as output is an approximation:
    // the larger of that and the estimate.
    return callTokens(withSummary(m_systemPrompt, QString()), 0)
        + std::max(summary->tokens, estimateText(summary->text));
}

qint64 ContextBuilder::summaryOverhead() const
{
    // The summary call's system prompt, its one message and the previous summary; +1 for the rounding
    // of the parts' estimates against the whole's.
    return callTokens(summarySystemPrompt(), MessageOverhead) + estimateText(summaryInputPrefix(m_summary))
        + 1;
}

QString ContextBuilder::transcriptLine(const ContextMessage &message)
{
    return messageRoleName(message.role) + QStringLiteral(": ") + message.content + QStringLiteral("\n\n");
}

bool ContextBuilder::add(const ContextMessage &message)
{
    if (message.seq > 0 && message.seq <= m_coversThrough)
        return false; // the summary holds it and everything older
    const qint64 tokens = messageTokens(message);
    m_seen.append(message);
    m_total += tokens;
    if (m_total > m_fitBudget)
        m_overflow = true;
    if (m_keeping && (m_keepCount == 0 || m_total <= m_keepTarget)) {
        ++m_keepCount; // the turn's own message is always kept
    } else {
        m_keeping = false;
        m_droppedTokens += estimateText(transcriptLine(message));
    }
    return !(m_overflow && m_droppedTokens > m_summaryBudget);
}

AssembledContext ContextBuilder::assemble(const std::optional<StoredSummary> &summary) const
{
    AssembledContext context;
    // A pointer, not a copy: GCC 12 at -O2 warns (maybe-uninitialized) through a copied optional.
    const StoredSummary *sent = summary && !summary->text.isEmpty() ? &*summary : nullptr;
    const qint64 covers = sent ? sent->coversThroughSeq : m_coversThrough;
    const qint64 own = m_seen.isEmpty() ? 0 : messageTokens(m_seen.constFirst());
    // A summary that leaves no room for the turn's own message is left out of this call (it stays
    // stored): the message matters more.
    if (sent && fixedTokens(sent) + own > m_limits.bound)
        sent = nullptr;
    const qint64 fixed = fixedTokens(sent);
    qint64 used = 0;
    for (const ContextMessage &m : m_seen) {
        if (m.seq > 0 && m.seq <= covers)
            break;
        const qint64 tokens = messageTokens(m);
        if (fixed + used + tokens > m_limits.bound) {
            if (context.messages.isEmpty()) { // the own message alone is too large
                context.oversize = true;
                context.messages.prepend(m);
                used += tokens;
            }
            break;
        }
        used += tokens;
        context.messages.prepend(m);
    }
    context.summarySent = sent != nullptr;
    context.systemPrompt = sent ? withSummary(m_systemPrompt, sent->text) : m_systemPrompt;
    context.tokens = fixed + used;
    return context;
}

std::optional<SummaryRequest> ContextBuilder::summaryRequest() const
{
    if (!m_overflow || m_keepCount >= m_seen.size() || m_seen.at(m_keepCount).seq <= 0)
        return std::nullopt;
    QStringList lines; // newest first
    qint64 used = 0;
    for (qsizetype i = m_keepCount; i < m_seen.size(); ++i) {
        const QString line = transcriptLine(m_seen.at(i));
        const qint64 tokens = estimateText(line);
        if (used + tokens > m_summaryBudget)
            break; // older messages than this one are left out: see the class comment
        used += tokens;
        lines.append(line);
    }
    if (lines.isEmpty())
        return std::nullopt; // the newest dropped message alone is too large: trim only
    std::reverse(lines.begin(), lines.end());
    SummaryRequest request;
    request.systemPrompt = summarySystemPrompt();
    request.content = summaryInputPrefix(m_summary) + lines.join(QString()).trimmed();
    request.tokens = callTokens(request.systemPrompt, estimateText(request.content) + MessageOverhead);
    request.maxTokens = m_limits.summaryMaxTokens;
    request.coversThroughSeq = m_seen.at(m_keepCount).seq;
    request.messages = int(lines.size());
    if (request.tokens > m_limits.bound)
        return std::nullopt;
    return request;
}

} // namespace blufio
