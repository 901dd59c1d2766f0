#include "daemon/http/RequestFramer.h"

#include <QTest>

using namespace blufio;

// RequestFramer decides limits before QHttpServer buffers a byte: it must frame requests
// identically however the bytes are split across reads.
class TestFramer : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int heads = 0;
        int complete = 0;
        int errorStatus = 0;
        QList<RequestFramer::Head> seen;
    };

    static Outcome run(const QByteArray &input, int splitEvery, qint64 maxHeader = 1024, qint64 maxBody = 4096)
    {
        RequestFramer framer(maxHeader, maxBody);
        Outcome o;
        framer.onHead = [&](const RequestFramer::Head &head) {
            ++o.heads;
            o.seen.append(head);
            return true;
        };
        framer.onComplete = [&] { ++o.complete; };
        for (qsizetype i = 0; i < input.size(); i += splitEvery) {
            if (const auto error = framer.feed(input.mid(i, splitEvery))) {
                o.errorStatus = error->status;
                break;
            }
        }
        return o;
    }

private slots:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("complete");
        QTest::addColumn<int>("errorStatus");

        QTest::newRow("simple get") << QByteArray("GET /health HTTP/1.1\r\nHost: x\r\n\r\n") << 1 << 1 << 0;
        QTest::newRow("pipelined") << QByteArray("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n") << 2 << 2 << 0;
        QTest::newRow("content-length body") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET / HTTP/1.1\r\n\r\n")
                                             << 2 << 2 << 0;
        QTest::newRow("partial body") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\nhello") << 1 << 0 << 0;
        QTest::newRow("chunked") << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3;ext=1\r\nabc\r\n0\r\n\r\n")
                                 << 1 << 1 << 0;
        QTest::newRow("chunked with trailer") << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nX-T: 1\r\n\r\n")
                                              << 1 << 1 << 0;
        QTest::newRow("body too large") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 5000\r\n\r\n") << 0 << 0 << 413;
        QTest::newRow("chunked too large") << (QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                               + QByteArray("800\r\n") + QByteArray(2048, 'a') + "\r\n" + "800\r\n"
                                               + QByteArray(2048, 'a') + "\r\n" + "1\r\n")
                                           << 1 << 0 << 413;
        QTest::newRow("headers too large") << (QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(2000, 'a') + "\r\n\r\n") << 0 << 0 << 431;
        QTest::newRow("bad request line") << QByteArray("HELLO\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("smuggling") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                                   << 0 << 0 << 400;
        QTest::newRow("conflicting lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")
                                             << 0 << 0 << 400;
        QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 1 << 0 << 400;
    }

    void framing()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, heads);
        QFETCH(int, complete);
        QFETCH(int, errorStatus);
        for (int split : {1, 2, 7, 64, 100000}) {
            const Outcome o = run(input, split);
            QVERIFY2(o.heads == heads && o.complete == complete && o.errorStatus == errorStatus,
                     qPrintable(QStringLiteral("split %1: heads %2 complete %3 error %4")
                                    .arg(split).arg(o.heads).arg(o.complete).arg(o.errorStatus)));
        }
    }

    void headFields()
    {
        const Outcome o = run("POST /v1/messages?x=1 HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n"
                              "Upgrade: WebSocket\r\nAUTHORIZATION: Bearer t\r\n\r\nhi",
                              3);
        QCOMPARE(o.seen.size(), 1);
        const RequestFramer::Head &h = o.seen.first();
        QCOMPARE(h.method, QByteArray("POST"));
        QCOMPARE(h.target, QByteArray("/v1/messages?x=1"));
        QCOMPARE(h.contentLength, 2);
        QVERIFY(h.expectsContinue());
        QVERIFY(h.wantsWebSocket());
        QCOMPARE(h.header("authorization"), QByteArray("Bearer t"));
    }

    void inRequestTracksPartialHeads()
    {
        RequestFramer framer(1024, 1024);
        QVERIFY(!framer.inRequest());
        QVERIFY(!framer.feed("GET / HT"));
        QVERIFY(framer.inRequest());
        QVERIFY(!framer.feed("TP/1.1\r\n\r\n"));
        QVERIFY(!framer.inRequest());
    }

    void stopsAfterUpgrade()
    {
        RequestFramer framer(1024, 1024);
        framer.onHead = [](const RequestFramer::Head &) { return false; };
        QVERIFY(!framer.feed("GET /ws HTTP/1.1\r\nUpgrade: websocket\r\n\r\n\x81\x85garbage"));
        QVERIFY(framer.stopped());
    }
};

QTEST_GUILESS_MAIN(TestFramer)
#include "tst_framer.moc"
