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
// accepts an unpaired surrogate escape without an error: on Debian's 6.4.2 "\ud800xyz" becomes a
// string holding a lone U+D800 (not Unicode text; it turns into U+FFFD or is lost on the way to
// UTF-8), and other versions are reported to drop the character after it. Either way what the
// client sent and what the daemon stores would differ, so such bodies are refused first.
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
