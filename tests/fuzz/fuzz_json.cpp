// libFuzzer target: JsonBody::parse (daemon/gateway), through which every request body and
// WebSocket frame becomes JSON. Whatever it accepts has no unpaired surrogate escape and, written
// back out, parses again (to a fixed point: a second round trip changes nothing; the first may,
// since Qt writes an overflowing number as null); what it refuses names an offset inside the body.
#include "FuzzInput.h"

#include "daemon/gateway/JsonBody.h"

#include <QJsonDocument>

#include <cstdlib>
#include <variant>

using namespace blufio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = JsonBody::parse(body);
    if (const auto *error = std::get_if<JsonBodyError>(&parsed)) {
        if (error->offset < 0 || error->offset > body.size() || error->message.isEmpty())
            std::abort();
        if (error->kind == JsonBodyError::Kind::UnpairedSurrogate
            && (body.sliced(error->offset).size() < 6 || body[error->offset] != '\\'))
            std::abort();
        return 0;
    }
    if (JsonBody::findUnpairedSurrogate(body) >= 0)
        std::abort();
    const QJsonDocument &doc = std::get<QJsonDocument>(parsed);
    const QByteArray again = doc.toJson(QJsonDocument::Compact);
    const auto reparsed = JsonBody::parse(again);
    if (!std::holds_alternative<QJsonDocument>(reparsed))
        std::abort();
    if (std::get<QJsonDocument>(reparsed).toJson(QJsonDocument::Compact) != again)
        std::abort();
    return 0;
}
