#include "JsonBody.h"

#include <QJsonParseError>

namespace blufio {

namespace {

// The value of "\uXXXX" at i (i at the backslash), or -1 when there is no complete escape there.
int unicodeEscapeAt(QByteArrayView s, qsizetype i)
{
    if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u')
        return -1;
    int value = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const char c = s[k];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

bool isHighSurrogate(int u)
{
    return u >= 0xD800 && u <= 0xDBFF;
}

bool isLowSurrogate(int u)
{
    return u >= 0xDC00 && u <= 0xDFFF;
}

} // namespace

qsizetype JsonBody::findUnpairedSurrogate(QByteArrayView body)
{
    // Outside strings a backslash is a syntax error anyway, so string context need not be
    // tracked: every backslash starts an escape, and the character after it is consumed.
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] != '\\')
            continue;
        const int unit = unicodeEscapeAt(body, i);
        if (unit < 0) {
            ++i; // "\\", "\"", "\n", ... (or a broken escape the parser will refuse)
            continue;
        }
        if (isLowSurrogate(unit))
            return i;
        if (isHighSurrogate(unit)) {
            if (!isLowSurrogate(unicodeEscapeAt(body, i + 6)))
                return i;
            i += 6; // the pair's low half
        }
        i += 5;
    }
    return -1;
}

std::variant<QJsonDocument, JsonBodyError> JsonBody::parse(QByteArrayView body)
{
    const qsizetype surrogate = findUnpairedSurrogate(body);
    if (surrogate >= 0) {
        return JsonBodyError {
            JsonBodyError::Kind::UnpairedSurrogate, surrogate,
            tr("the body is not valid JSON: unpaired UTF-16 surrogate escape at offset %1").arg(surrogate)};
    }
    QByteArray bytes = body.toByteArray();
    // Qt 6.4's parser silently drops a raw U+FEFF (EF BB BF) at the start of every string (its
    // UTF-8 decoder takes it for a byte order mark): a message "\xEF\xBB\xBFhi" would be stored as
    // "hi" (found by fuzz_json). The \uFEFF escape means the same in JSON and survives, so every raw
    // one after the first byte becomes that; one at the very start is a real BOM and stays (Qt skips it).
    static constexpr char kBom[] = "\xEF\xBB\xBF";
    if (bytes.indexOf(kBom, 1) >= 0) {
        const qsizetype keep = bytes.startsWith(kBom) ? 3 : 0;
        bytes = bytes.left(keep) + bytes.mid(keep).replace(kBom, "\\uFEFF");
    }
    QJsonParseError parseError {};
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports an offset past the end for some truncated bodies ({"a":{"b, found by
        // fuzz_json), and past an escaped BOM the offset is up to 3 bytes per BOM late; the client
        // is told a position inside what it sent.
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), body.size());
        return JsonBodyError {
            JsonBodyError::Kind::Syntax, offset,
            tr("the body is not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(offset)};
    }
    return doc;
}

} // namespace blufio
