// Cost of the metric operations on the request path and of one /metrics render.
#include "metrics/Metrics.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace blufio;

namespace {
template<typename F> double nsPerOp(qint64 iterations, F &&op)
{
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < iterations; ++i)
        op(i);
    return double(timer.nsecsElapsed()) / double(iterations);
}
} // namespace

int main()
{
    Metrics metrics(QStringLiteral("bench"));
    const qint64 n = 5'000'000;
    prometheus::Counter &counter = metrics.messages(QStringLiteral("http"));
    prometheus::Histogram &histogram = metrics.responseLatency;

    const double counterNs = nsPerOp(n, [&](qint64) { counter.Increment(); });
    const double histogramNs = nsPerOp(n, [&](qint64 i) { histogram.Observe(double(i % 1000) / 100.0); });
    const double httpNs = nsPerOp(n / 10, [&](qint64 i) {
        metrics.observeHttp(QStringLiteral("/health"), 200, double(i % 100) / 1000.0);
    });
    // A realistic registry: every route and a few status codes seen.
    for (const char *route :
         {"/health", "/metrics", "/v1/messages", "/v1/sessions", "/v1/sessions/{id}", "/v1/health", "/ws"})
        for (int code : {200, 400, 401, 404, 503})
            metrics.observeHttp(QString::fromLatin1(route), code, 0.01);
    QByteArray text;
    const double renderNs = nsPerOp(2000, [&](qint64) { text = metrics.render(); });

    std::printf("counter increment:           %6.1f ns/op  (target <= 25)\n", counterNs);
    std::printf("histogram observe:           %6.1f ns/op  (target <= 25)\n", histogramNs);
    std::printf("http observe (label lookup): %6.1f ns/op\n", httpNs);
    std::printf("/metrics render:             %6.1f us (%lld bytes)\n", renderNs / 1000.0,
                static_cast<long long>(text.size()));
    return 0;
}
