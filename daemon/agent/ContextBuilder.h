#pragma once

#include "common/storage/StorageTypes.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace blufio {

// One message as the context counts it: from storage, or from a request that carries its own
// history (a stateless route), where seq is 0.
struct ContextMessage
{
    qint64 seq = 0;
    MessageRole role = MessageRole::User;
    QString content;
    qint64 reportedTokens = 0; // what the provider said it weighs; 0: estimate it

    static ContextMessage fromStored(const StoredMessage &message);
};

// What one provider call is sent.
struct AssembledContext
{
    QString systemPrompt; // the configured one, followed by the summary when one is sent
    QList<ContextMessage> messages; // oldest first; the last is the turn's own
    qint64 tokens = 0; // what the builder counted for the whole call
    bool summarySent = false;
    bool oversize = false; // the turn's own message does not fit even alone
};

// A summary call: the previous summary and the newest part of what fell out of the window.
struct SummaryRequest
{
    QString systemPrompt;
    QString content; // one user message: the previous summary, then the transcript
    qint64 tokens = 0; // counted like a context: within the bound
    int maxTokens = 0;
    qint64 coversThroughSeq = 0; // the new summary covers the session up to this message
    int messages = 0; // how many messages of the transcript it holds
};

// Assembles a bounded context (docs/ARCHITECTURE.md "Context"): the system prompt, the session's
// summary if there is one, and the newest messages that fit the bound. It is fed messages newest
// first (add() says when it needs no older ones), so a caller reading storage stops as soon as the
// context is full: what a turn costs depends on the bound, not on the session's length.
//
// When messages fall out of the window it plans a summary: it keeps only the newest messages that fit
// half of what is left after the system prompt and a summary's room (so the conversation can grow
// for a while before the next summary instead of summarising on every turn), and folds the older ones
// after the previous summary into a new one. The summary call obeys the same bound; when the dropped
// part is larger than that, only its newest part that fits is summarised and the older messages
// between the previous summary and it are lost to the context (they stay in the session).
class ContextBuilder
{
public:
    struct Limits
    {
        qint64 bound = 32000; // the effective bound of one call (ContextWindowTable::effectiveBound)
        int summaryMaxTokens = 256; // max_tokens of a summary call
    };

    // Tokens of a text: its UTF-8 bytes / 4, rounded up. The providers' BPE tokenizers average about
    // four bytes of English or code per token (fewer bytes for other scripts, whose characters take
    // 2-4 bytes each, so bytes are a better measure than characters); the provider's own count
    // replaces this wherever it reported one.
    static qint64 estimateText(QStringView text);
    // What the wire formats add per message (role, turn markers: OpenAI documents 3-4 tokens).
    static constexpr qint64 MessageOverhead = 4;
    static qint64 messageTokens(const ContextMessage &message);
    // Whether a single message fits the bound beside the system prompt (Agent::submit refuses it
    // before anything is stored otherwise).
    static bool fitsAlone(const QString &systemPrompt, const QString &content, qint64 bound);
    static qint64 callTokens(const QString &systemPrompt, qint64 messageTokens);
    // The system prompt of summary calls, and how a summary is put after the system prompt.
    static QString summarySystemPrompt();
    static QString withSummary(const QString &systemPrompt, const QString &summaryText);
    // A summary's max_tokens: a quarter of the bound, never more than a reply may have (the bound
    // already leaves max_tokens free in the model's window).
    static int summaryMaxTokensFor(qint64 bound, int maxTokens);

    ContextBuilder(Limits limits, QString systemPrompt, std::optional<StoredSummary> summary);

    // The next older message. false: the builder needs nothing older (the context and a summary's
    // input are full, or the message is covered by the summary and was ignored).
    bool add(const ContextMessage &message);

    const std::optional<StoredSummary> &summary() const { return m_summary; }
    // The call with the current summary and the newest messages that fit.
    AssembledContext trimmed() const { return assemble(m_summary); }
    // The call after a new summary was made.
    AssembledContext withSummary(const StoredSummary &fresh) const { return assemble(fresh); }
    // Set when messages fell out of the window and some of them fit a summary call's input.
    std::optional<SummaryRequest> summaryRequest() const;
    // The messages fed so far, newest first (what a cache may keep of them: those of trimmed()).
    const QList<ContextMessage> &seen() const { return m_seen; }

private:
    qint64 fixedTokens(const StoredSummary *summary) const; // null: no summary
    AssembledContext assemble(const std::optional<StoredSummary> &summary) const;
    qint64 summaryOverhead() const;
    static QString transcriptLine(const ContextMessage &message);

    Limits m_limits;
    QString m_systemPrompt;
    std::optional<StoredSummary> m_summary;
    qint64 m_coversThrough = 0;
    qint64 m_keepTarget = 0;
    qint64 m_fitBudget = 0;
    qint64 m_summaryBudget = 0;
    QList<ContextMessage> m_seen; // newest first
    qint64 m_total = 0; // tokens of m_seen
    qsizetype m_keepCount = 0; // leading messages of m_seen kept after a summary
    bool m_keeping = true;
    qint64 m_droppedTokens = 0; // transcript tokens of m_seen after m_keepCount
    bool m_overflow = false;
};

} // namespace blufio
