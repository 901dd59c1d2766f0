#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace blufio::test {

// What the fake LLM does with the next request(s). Modes name the failure a test wants to see.
struct FakeLlmBehaviour
{
    enum class Mode {
        Ok, // a well-formed stream
        Slow, // Ok with delayMs (default 200) between events
        Unauthorized, // 401 with the API's error body
        RateLimited, // 429 with retry-after
        ServerError, // 500
        Overloaded, // 529 (Anthropic) / 503 (OpenAI)
        Broken, // a few events, then the connection is cut
        StreamError, // a few events, then an error event inside the 200 stream
        Garbage, // 200 text/event-stream with bytes that are not events
        Oversized, // 200 text/event-stream with one 2 MiB line
        Html, // 200 text/html, as a captive portal or a wrong base URL answers
        Hang, // reads the request and never answers
    };

    Mode mode = Mode::Ok;
    QString reply = QStringLiteral("Hello from the fake LLM. It streams word by word.");
    int delayMs = 0; // between events
    int retryAfterSecs = 7; // RateLimited
    int holdAfterDeltas = -1; // >= 0: stop after that many text deltas until FakeLlmServer::release()
    bool closeDelimited = false; // HTTP/1.0-style body ended by closing instead of chunked encoding
    // Anthropic only: each word of the reply is a text block whose text is in content_block_start
    // (no text_delta events), which the API may send and the client must count as reply text.
    bool textInBlockStart = false;
    qint64 inputTokens = -1; // -1: derived from the request size
    qint64 outputTokens = -1; // -1: the number of deltas
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    // A request whose system prompt (Anthropic "system", OpenAI's system message) contains
    // systemContains gets these keys applied over the rest (e.g. the agent's summary calls fail or
    // get a reply of their own while its turns go on). Empty: no such requests.
    QString systemContains;
    QJsonObject whenSystemContains;

    int effectiveDelayMs() const { return mode == Mode::Slow && delayMs == 0 ? 200 : delayMs; }

    static QString modeName(Mode mode);
    // Accepts the names above in lower case plus the status codes "401", "429", "500", "529".
    static std::optional<Mode> parseMode(const QString &name);

    QJsonObject toJson() const;
    // Applies the keys present in json (mode, reply, delay_ms, retry_after, hold_after_deltas,
    // close_delimited, text_in_block_start, input_tokens, output_tokens, cache_read_tokens,
    // cache_write_tokens, system_contains, when_system_contains) over *this; false with error set for
    // an unknown mode.
    bool apply(const QJsonObject &json, QString *error);
    // What a request with this system prompt gets (whenSystemContains applied when it matches).
    FakeLlmBehaviour forSystemPrompt(const QString &system) const;
    // The system prompt of an Anthropic or OpenAI request body.
    static QString systemPromptOf(const QJsonObject &body);
};

} // namespace blufio::test
