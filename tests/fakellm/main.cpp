// fake-llm: the in-process fake LLM as a program, for tests that run blufiod as a subprocess.
#include "FakeLlmServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using blufio::test::FakeLlmBehaviour;
using blufio::test::FakeLlmServer;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fake-llm"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A fake Anthropic / OpenAI API server for tests. Prints the port it listens on, then serves\n"
        "/v1/messages, /v1/chat/completions, /v1/models, /_control and /_requests."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0: any free one)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to listen on."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        QStringLiteral("ok|slow|401|429|500|529|broken|stream_error|garbage|oversized|html|hang"),
        QStringLiteral("MODE"), QStringLiteral("ok"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"), QStringLiteral("Delay between events."),
                                   QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption reply(QStringLiteral("reply"), QStringLiteral("The reply text to stream."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption retryAfter(QStringLiteral("retry-after"), QStringLiteral("retry-after for 429."),
                                        QStringLiteral("SECS"), QStringLiteral("7"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), QStringLiteral("Require this API key."),
                                    QStringLiteral("KEY"));
    const QCommandLineOption closeDelimited(
        QStringLiteral("close-delimited"),
        QStringLiteral("End streamed bodies by closing instead of chunked."));
    parser.addOptions({port, bind, mode, delay, reply, retryAfter, apiKey, closeDelimited});
    parser.process(app);

    FakeLlmBehaviour behaviour;
    const auto parsedMode = FakeLlmBehaviour::parseMode(parser.value(mode));
    bool portOk = false;
    bool delayOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    behaviour.delayMs = parser.value(delay).toInt(&delayOk);
    if (!parsedMode || !portOk || portNumber > 65535 || !delayOk || behaviour.delayMs < 0) {
        std::fprintf(stderr, "fake-llm: bad --mode, --port or --delay-ms\n");
        return 2;
    }
    behaviour.mode = *parsedMode;
    if (parser.isSet(reply))
        behaviour.reply = parser.value(reply);
    behaviour.retryAfterSecs = parser.value(retryAfter).toInt();
    behaviour.closeDelimited = parser.isSet(closeDelimited);

    FakeLlmServer server;
    server.setBehaviour(behaviour);
    if (parser.isSet(apiKey))
        server.setExpectedApiKey(parser.value(apiKey).toUtf8());
    if (!server.listen(QHostAddress(parser.value(bind)), quint16(portNumber))) {
        std::fprintf(stderr, "fake-llm: cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
