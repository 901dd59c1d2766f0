// libFuzzer target: request authentication (daemon/auth Authenticator, public authenticate() only)
// with fuzzed method, target, body and X-Blufio-* / Authorization headers, against one configured
// device key and one bearer token. Besides not crashing, it checks the contract: a request signed
// correctly within the window is accepted once and then refused as a replay, the same request
// with any covered part changed is refused, and nothing without the token or a signature passes.
#include "FuzzInput.h"

#include "common/crypto/DeviceKey.h"
#include "daemon/auth/Authenticator.h"

#include <QHash>

#include <cstdlib>

using namespace blufio;
using namespace blufio::fuzz;

namespace {

constexpr qint64 kNow = 1700000000;
const QByteArray kToken = QByteArrayLiteral("fuzz-token-0123456789abcdef");

const DeviceKey &deviceKey()
{
    static const DeviceKey key = DeviceKey::generate();
    return key;
}

struct Fields
{
    QByteArray method, target, body;
    QHash<QByteArray, QByteArray> headers;

    Authenticator::Request request() const
    {
        Authenticator::Request r;
        r.method = method;
        r.pathAndQuery = target;
        r.body = body;
        r.header = [this](QByteArrayView name) {
            return headers.value(name.toByteArray());
        };
        return r;
    }
};

bool check(const Fields &fields)
{
    Authenticator auth(kToken, {QString::fromLatin1(deviceKey().publicKeyBase64())});
    auth.setClock([] { return kNow; });
    return auth.authenticate(fields.request()).ok();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const quint8 mode = input.byte();
    const quint8 flags = input.byte();
    Fields f;
    f.method = input.until('\n');
    f.target = input.until('\n');
    f.body = input.until('\n');

    switch (mode % 4) {
    case 0: { // every header as the input has it
        for (const char *name : {"authorization", "x-blufio-key", "x-blufio-timestamp", "x-blufio-nonce",
                                 "x-blufio-signature"}) {
            const QByteArray value = input.until('\n');
            if (!value.isEmpty())
                f.headers.insert(name, value);
        }
        const bool accepted = check(f);
        // Only the exact token can pass without a valid signature, which random bytes do not make.
        if (accepted && !f.headers.value("authorization").contains(kToken))
            std::abort();
        break;
    }
    case 1: { // the configured key, the rest fuzzed: reaches timestamp and signature checks
        f.headers.insert("x-blufio-key", deviceKey().publicKeyBase64());
        f.headers.insert("x-blufio-timestamp", input.until('\n'));
        f.headers.insert("x-blufio-nonce", input.until('\n'));
        f.headers.insert("x-blufio-signature", input.until('\n'));
        if (check(f))
            std::abort(); // a signature the fuzzer made up verified
        break;
    }
    case 2: { // correctly signed, then possibly changed on the way
        const qint64 when = kNow + qint8(input.byte());
        const QByteArray nonce = input.until('\n').toBase64();
        const QByteArray timestamp = QByteArray::number(when);
        const QByteArray message = RequestSigning::canonical(f.method, f.target, timestamp, nonce, f.body);
        f.headers.insert("x-blufio-key", deviceKey().publicKeyBase64());
        f.headers.insert("x-blufio-timestamp", timestamp);
        f.headers.insert("x-blufio-nonce", nonce);
        f.headers.insert("x-blufio-signature", deviceKey().sign(message).toBase64());
        const qsizetype nonceBytes = QByteArray::fromBase64(nonce).size();
        const bool valid
            = qAbs(when - kNow) <= Authenticator::kWindowSecs && nonceBytes >= 16 && nonceBytes <= 64;
        Fields changed = f;
        const QByteArray extra = input.until('\n');
        if (flags & 1)
            changed.method += extra.isEmpty() ? QByteArray("X") : extra;
        if (flags & 2)
            changed.target += extra.isEmpty() ? QByteArray("?x") : extra;
        if (flags & 4)
            changed.body += extra.isEmpty() ? QByteArray(" ") : extra;
        const bool modified = (flags & 7) != 0;

        Authenticator auth(kToken, {QString::fromLatin1(deviceKey().publicKeyBase64())});
        auth.setClock([] { return kNow; });
        const bool first = auth.authenticate((modified ? changed : f).request()).ok();
        if (modified && first)
            std::abort();
        if (!modified && valid && !first)
            std::abort();
        if (first && auth.authenticate(f.request()).ok())
            std::abort(); // a replay passed
        break;
    }
    case 3: { // bearer tokens near the real one
        QByteArray value = input.until('\n');
        if (flags & 1)
            value = "Bearer " + kToken + value;
        f.headers.insert("authorization", value);
        const bool accepted = check(f);
        if (accepted && !value.contains(kToken))
            std::abort();
        if (value == "Bearer " + kToken && !accepted)
            std::abort();
        break;
    }
    }
    return 0;
}
