// libFuzzer target: the providers' stream handling without a network. SseParser must give the
// same events however the bytes are cut (whole, at a point from the input, byte by byte); and
// AnthropicCall / OpenAiCall, fed the bytes through an in-memory QNetworkReply with a status and
// Content-Type from the input, must end exactly once, with the reply text equal to the deltas
// they streamed and within the reply cap.
#include "FuzzInput.h"

#include "providers/AnthropicCall.h"
#include "providers/OpenAiCall.h"
#include "providers/SseParser.h"
#include "providers/StreamLimits.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QPointer>

#include <cstdlib>
#include <cstring>

using namespace blufio;
using namespace blufio::fuzz;

namespace {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz_sse";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app)
}

// A finished-on-demand reply whose body the harness pushes in pieces, as the network would.
class MemoryReply : public QNetworkReply
{
public:
    MemoryReply(int status, const QByteArray &contentType)
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        if (!contentType.isEmpty())
            setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    void push(QByteArrayView bytes)
    {
        m_buffer.append(bytes);
        Q_EMIT metaDataChanged();
        Q_EMIT readyRead();
    }
    void end()
    {
        setFinished(true);
        Q_EMIT finished();
    }
    void abort() override { m_buffer.clear(); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_buffer.size() + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_buffer.size());
        std::memcpy(data, m_buffer.constData(), size_t(n));
        m_buffer.remove(0, n);
        return n;
    }

private:
    QByteArray m_buffer;
};

QList<QByteArray> parse(const QList<QByteArrayView> &pieces, qsizetype maxLine, bool *error)
{
    SseParser parser(maxLine);
    QList<QByteArray> out;
    for (QByteArrayView piece : pieces) {
        for (const SseEvent &e : parser.feed(piece.toByteArray()))
            out.append(e.event + '\0' + e.data);
    }
    *error = parser.hasError();
    return out;
}

void parserSplits(quint8 split, QByteArrayView bytes)
{
    // A small bound so the fuzzer meets it; whole and split feeds may legitimately fail at
    // different points (a long line is only judged when a feed ends inside it), so events are
    // compared when neither failed.
    const qsizetype maxLine = 256;
    bool wholeError = false, splitError = false, singleError = false;
    const QList<QByteArray> whole = parse({bytes}, maxLine, &wholeError);
    const qsizetype cut = splitPoint(split, bytes.size());
    const QList<QByteArray> halves = parse({bytes.first(cut), bytes.sliced(cut)}, maxLine, &splitError);
    if (!wholeError && !splitError && halves != whole)
        std::abort();
    if (bytes.size() <= 1024) {
        QList<QByteArrayView> single;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            single.append(bytes.sliced(i, 1));
        const QList<QByteArray> bytewise = parse(single, maxLine, &singleError);
        if (!wholeError && !singleError && bytewise != whole)
            std::abort();
    }
}

void call(quint8 flags, quint8 split, QByteArrayView bytes)
{
    static const int statuses[]
        = {200, 200, 200, 200, 200, 200, 400, 401, 429, 500, 529, 503, 204, 302, 200, 200};
    const int status = statuses[(flags >> 1) & 0x0F];
    const QByteArray contentType = (flags & 0x20) ? QByteArray("text/html") : QByteArray("text/event-stream");
    auto *reply = new MemoryReply(status, (flags & 0x40) ? QByteArray() : contentType);
    QPointer<MemoryReply> guard(reply);
    ProviderCall *c = (flags & 1) ? static_cast<ProviderCall *>(new AnthropicCall(reply, 60000, nullptr))
                                  : static_cast<ProviderCall *>(new OpenAiCall(reply, 60000, nullptr));
    QPointer<ProviderCall> callGuard(c);
    int ends = 0;
    QString deltas;
    QString finalText;
    bool finished = false;
    QObject::connect(c, &ProviderCall::textDelta, [&](const QString &text) {
        if (ends > 0 || text.isEmpty())
            std::abort();
        deltas += text;
        if (deltas.size() > StreamLimits::maxReplyChars)
            std::abort();
    });
    QObject::connect(c, &ProviderCall::finished, [&](const ProviderResult &result) {
        ++ends;
        finished = true;
        finalText = result.text;
    });
    QObject::connect(c, &ProviderCall::failed, [&](const ProviderError &) { ++ends; });

    const qsizetype cut = splitPoint(split, bytes.size());
    for (QByteArrayView piece : {bytes.first(cut), bytes.sliced(cut)}) {
        if (!guard || !callGuard || c->isDone())
            break;
        guard->push(piece);
    }
    if (guard && !guard->isFinished())
        guard->end();
    if (ends != 1)
        std::abort();
    if (finished && finalText != deltas)
        std::abort();
    // The call and the reply delete themselves later; let that happen now.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete callGuard.data();
    delete guard.data();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    FuzzInput input(data, size);
    const quint8 flags = input.byte();
    const quint8 split = input.byte();
    const QByteArrayView bytes = input.rest();
    parserSplits(split, bytes);
    call(flags, split, bytes);
    return 0;
}
