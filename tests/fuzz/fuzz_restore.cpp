// libFuzzer target: restore's schema check (common/storage SchemaCheck::checkBytes), the gate a
// database file from outside passes before `blufio restore` installs it. Arbitrary bytes are
// opened read-only in memory; whatever the verdict, it must come without a crash or hang, and an
// accepted image must pass the check again (the verdict depends on the bytes alone).
#include "FuzzInput.h"

#include "common/storage/SchemaCheck.h"

#include <cstdlib>

using namespace blufio;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray image(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<void> verdict = SchemaCheck::checkBytes(image);
    if (verdict && !SchemaCheck::checkBytes(image))
        std::abort();
    if (!verdict && verdict.errorMessage().isEmpty())
        std::abort();
    return 0;
}
