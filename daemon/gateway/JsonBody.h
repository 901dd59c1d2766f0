#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

#include <variant>

namespace blufio {

struct JsonBodyError
{
    enum class Kind {
        Syntax, // QJsonDocument refused it
        UnpairedSurrogate, // a \uD800-\uDBFF escape without a \uDC00-\uDFFF after it, or a lone low one
    };
    Kind kind = Kind::Syntax;
    qsizetype offset = 0; // byte offset into the body
    QString message; // translated, names the offset; for the "invalid_json" error body
};

// The one way a request body (HTTP or WebSocket frame) becomes JSON. Qt 6.4's QJsonDocument::fromJson
// accepts an unpaired surrogate escape ("\ud800x") and silently swallows the character after it,
// so a client's text and what the daemon stores would differ; such bodies are refused first.
class JsonBody
{
    Q_DECLARE_TR_FUNCTIONS(JsonBody)

public:
    static std::variant<QJsonDocument, JsonBodyError> parse(QByteArrayView body);

    // Byte offset of the first backslash of an unpaired surrogate escape, or -1. Escaped
    // backslashes ("\\ud800") are text, not escapes.
    static qsizetype findUnpairedSurrogate(QByteArrayView body);
};

} // namespace blufio
