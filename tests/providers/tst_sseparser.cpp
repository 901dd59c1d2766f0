#include "providers/SseParser.h"

#include <QRandomGenerator>
#include <QTest>

using blufio::SseEvent;
using blufio::SseParser;

class TestSseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySplitGivesTheSameEvents_data();
    void everySplitGivesTheSameEvents();
    void lineOverTheCapIsAnError();
    void dataOverTheCapIsAnError();
    void randomBytesNeverCrash();
};

namespace {

QList<SseEvent> parseWhole(const QByteArray &stream)
{
    SseParser parser;
    return parser.feed(stream);
}

} // namespace

void TestSseParser::everySplitGivesTheSameEvents_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArrayList>("names");
    QTest::addColumn<QByteArrayList>("datas");

    QTest::newRow("anthropic lf") << QByteArray("event: ping\ndata: {\"type\":\"ping\"}\n\n"
                                                "event: message_stop\ndata: {}\n\n")
                                  << QByteArrayList {"ping", "message_stop"}
                                  << QByteArrayList {"{\"type\":\"ping\"}", "{}"};
    QTest::newRow("crlf and cr") << QByteArray("data: a\r\n\r\ndata: b\r\rdata: c\n\n")
                                 << QByteArrayList {"", "", ""} << QByteArrayList {"a", "b", "c"};
    QTest::newRow("multi-line data, comments, no space")
        << QByteArray(": keep-alive\ndata:one\ndata: two\nid: 3\nretry: 10\n\n") << QByteArrayList {""}
        << QByteArrayList {"one\ntwo"};
    QTest::newRow("bom, empty data, unknown field") << QByteArray("\xEF\xBB\xBF"
                                                                  "data\nbogus: x\n\nevent: e\n\n")
                                                    << QByteArrayList {""} << QByteArrayList {""};
    QTest::newRow("unterminated event is not dispatched")
        << QByteArray("data: [DONE]\n\ndata: half") << QByteArrayList {""} << QByteArrayList {"[DONE]"};
}

void TestSseParser::everySplitGivesTheSameEvents()
{
    QFETCH(QByteArray, stream);
    QFETCH(QByteArrayList, names);
    QFETCH(QByteArrayList, datas);

    const QList<SseEvent> whole = parseWhole(stream);
    QCOMPARE(whole.size(), names.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        QCOMPARE(whole.at(i).event, names.at(i));
        QCOMPARE(whole.at(i).data, datas.at(i));
    }
    // Network reads split anywhere, including between '\r' and '\n'.
    for (qsizetype split = 0; split <= stream.size(); ++split) {
        SseParser parser;
        QList<SseEvent> events = parser.feed(stream.left(split));
        events += parser.feed(stream.mid(split));
        QCOMPARE(events.size(), whole.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events.at(i).event, whole.at(i).event);
            QCOMPARE(events.at(i).data, whole.at(i).data);
        }
    }
    // And byte by byte.
    SseParser parser;
    QList<SseEvent> events;
    for (char c : stream)
        events += parser.feed(QByteArray(1, c));
    QCOMPARE(events.size(), whole.size());
}

void TestSseParser::lineOverTheCapIsAnError()
{
    SseParser parser(1024);
    QVERIFY(parser.feed(QByteArray(1000, 'x')).isEmpty());
    QVERIFY(!parser.hasError());
    parser.feed(QByteArray(100, 'x'));
    QVERIFY(parser.hasError());
    // Sticky: later well-formed input is not parsed.
    QVERIFY(parser.feed("\n\ndata: x\n\n").isEmpty());
}

void TestSseParser::dataOverTheCapIsAnError()
{
    SseParser parser(1024);
    for (int i = 0; i < 20 && !parser.hasError(); ++i)
        QVERIFY(parser.feed("data: " + QByteArray(100, 'y') + '\n').isEmpty());
    QVERIFY(parser.hasError());
}

void TestSseParser::randomBytesNeverCrash()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 200; ++round) {
        SseParser parser(4096);
        for (int chunk = 0; chunk < 20; ++chunk) {
            QByteArray bytes(int(random.bounded(200)), Qt::Uninitialized);
            for (char &c : bytes) {
                // Mostly the characters the grammar cares about.
                static const char alphabet[] = "data:event \r\n\n:xy{}\x00\xff";
                c = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
            }
            const QList<SseEvent> events = parser.feed(bytes);
            for (const SseEvent &event : events)
                QVERIFY(event.data.size() <= 4096);
        }
    }
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
