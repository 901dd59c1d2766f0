#include "FakeLlmBehaviour.h"

#include <QJsonArray>

namespace blufio::test {

namespace {

struct ModeName
{
    FakeLlmBehaviour::Mode mode;
    const char *name;
};

constexpr ModeName modeNames[] = {
    {FakeLlmBehaviour::Mode::Ok, "ok"},
    {FakeLlmBehaviour::Mode::Slow, "slow"},
    {FakeLlmBehaviour::Mode::Unauthorized, "401"},
    {FakeLlmBehaviour::Mode::RateLimited, "429"},
    {FakeLlmBehaviour::Mode::ServerError, "500"},
    {FakeLlmBehaviour::Mode::Overloaded, "529"},
    {FakeLlmBehaviour::Mode::Broken, "broken"},
    {FakeLlmBehaviour::Mode::StreamError, "stream_error"},
    {FakeLlmBehaviour::Mode::Garbage, "garbage"},
    {FakeLlmBehaviour::Mode::Oversized, "oversized"},
    {FakeLlmBehaviour::Mode::Html, "html"},
    {FakeLlmBehaviour::Mode::Hang, "hang"},
};

} // namespace

QString FakeLlmBehaviour::modeName(Mode mode)
{
    for (const ModeName &entry : modeNames) {
        if (entry.mode == mode)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("ok");
}

std::optional<FakeLlmBehaviour::Mode> FakeLlmBehaviour::parseMode(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    for (const ModeName &entry : modeNames) {
        if (lower == QLatin1String(entry.name))
            return entry.mode;
    }
    if (lower == QLatin1String("unauthorized"))
        return Mode::Unauthorized;
    if (lower == QLatin1String("rate_limited"))
        return Mode::RateLimited;
    if (lower == QLatin1String("server_error"))
        return Mode::ServerError;
    if (lower == QLatin1String("overloaded") || lower == QLatin1String("503"))
        return Mode::Overloaded;
    return std::nullopt;
}

QJsonObject FakeLlmBehaviour::toJson() const
{
    return {
        {QStringLiteral("mode"), modeName(mode)},
        {QStringLiteral("reply"), reply},
        {QStringLiteral("delay_ms"), delayMs},
        {QStringLiteral("retry_after"), retryAfterSecs},
        {QStringLiteral("hold_after_deltas"), holdAfterDeltas},
        {QStringLiteral("close_delimited"), closeDelimited},
        {QStringLiteral("text_in_block_start"), textInBlockStart},
        {QStringLiteral("input_tokens"), inputTokens},
        {QStringLiteral("output_tokens"), outputTokens},
        {QStringLiteral("cache_read_tokens"), cacheReadTokens},
        {QStringLiteral("cache_write_tokens"), cacheWriteTokens},
        {QStringLiteral("system_contains"), systemContains},
        {QStringLiteral("when_system_contains"), whenSystemContains},
    };
}

bool FakeLlmBehaviour::apply(const QJsonObject &json, QString *error)
{
    if (json.contains(QLatin1String("mode"))) {
        const auto parsed = parseMode(json.value(QLatin1String("mode")).toString());
        if (!parsed) {
            if (error)
                *error = QStringLiteral("unknown mode");
            return false;
        }
        mode = *parsed;
    }
    auto integer = [&json](const char *key, auto &field) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isDouble())
            field = static_cast<std::remove_reference_t<decltype(field)>>(value.toInteger());
    };
    if (json.value(QLatin1String("reply")).isString())
        reply = json.value(QLatin1String("reply")).toString();
    integer("delay_ms", delayMs);
    integer("retry_after", retryAfterSecs);
    integer("hold_after_deltas", holdAfterDeltas);
    integer("input_tokens", inputTokens);
    integer("output_tokens", outputTokens);
    integer("cache_read_tokens", cacheReadTokens);
    integer("cache_write_tokens", cacheWriteTokens);
    if (json.value(QLatin1String("close_delimited")).isBool())
        closeDelimited = json.value(QLatin1String("close_delimited")).toBool();
    if (json.value(QLatin1String("text_in_block_start")).isBool())
        textInBlockStart = json.value(QLatin1String("text_in_block_start")).toBool();
    if (json.value(QLatin1String("system_contains")).isString())
        systemContains = json.value(QLatin1String("system_contains")).toString();
    if (json.value(QLatin1String("when_system_contains")).isObject()) {
        const QJsonObject then = json.value(QLatin1String("when_system_contains")).toObject();
        FakeLlmBehaviour check;
        if (!check.apply(then, error))
            return false;
        whenSystemContains = then;
    }
    delayMs = qBound(0, delayMs, 60000);
    return true;
}

FakeLlmBehaviour FakeLlmBehaviour::forSystemPrompt(const QString &system) const
{
    if (systemContains.isEmpty() || !system.contains(systemContains))
        return *this;
    FakeLlmBehaviour matched = *this;
    matched.apply(whenSystemContains, nullptr);
    return matched;
}

QString FakeLlmBehaviour::systemPromptOf(const QJsonObject &body)
{
    const QJsonValue system = body.value(QLatin1String("system"));
    if (system.isString())
        return system.toString();
    QString text;
    if (system.isArray()) { // Anthropic's list of text blocks
        for (const QJsonValue &block : system.toArray())
            text += block.toObject().value(QLatin1String("text")).toString();
        return text;
    }
    for (const QJsonValue &message : body.value(QLatin1String("messages")).toArray()) {
        const QJsonObject m = message.toObject();
        if (m.value(QLatin1String("role")).toString() == u"system")
            text += m.value(QLatin1String("content")).toString();
    }
    return text;
}

} // namespace blufio::test
