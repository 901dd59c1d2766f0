// libFuzzer target: configuration loading (common/config ConfigLoader): TOML text through toml++
// and the schema walk, plus up to three BLUFIO_<SECTION>_<KEY> environment overrides whose keys
// and values come from the input, so the typed text parsers (integers, lists, host:port, ...)
// are fuzzed too. A result is either a config or at least one error, never both or neither.
#include "FuzzInput.h"

#include "common/config/ConfigLoader.h"
#include "common/config/ConfigSchema.h"

#include <QProcessEnvironment>

#include <cstdlib>

using namespace blufio;
using namespace blufio::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QList<ConfigKey> &schema = configSchema();
    QProcessEnvironment env;
    const int overrides = input.byte() % 4;
    for (int i = 0; i < overrides && !schema.isEmpty(); ++i) {
        const ConfigKey &key = schema.at(input.byte() % schema.size());
        // One line of the input is the variable's value.
        env.insert(configEnvName(key.key), QString::fromUtf8(input.until('\n')));
    }
    const QByteArray toml = input.rest().toByteArray();
    const Result<Config> result = ConfigLoader(env).parse(toml, QStringLiteral("fuzz.toml"));
    if (result.ok())
        return 0;
    // A refusal says why: a configuration error, at least one problem, each with a message.
    if (result.code() != ErrorCode::Config || result.error().details.isEmpty()
        || result.errorMessage().isEmpty())
        std::abort();
    for (const ErrorDetail &error : result.error().details) {
        if (error.message.isEmpty())
            std::abort();
        (void)error.toString();
    }
    return 0;
}
