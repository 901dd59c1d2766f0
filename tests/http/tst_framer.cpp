#include "daemon/http/RequestFramer.h"

#include <QTest>
#include <QUrl>

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

    static Outcome run(const QByteArray &input, int splitEvery, qint64 maxHeader = 1024,
                       qint64 maxBody = 4096)
    {
        RequestFramer framer(maxHeader, maxBody);
        Outcome o;
        framer.onHead = [&](const RequestFramer::Head &head) {
            ++o.heads;
            o.seen.append(head);
            return true;
        };
        framer.onComplete = [&] {
            ++o.complete;
        };
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
        QTest::newRow("pipelined") << QByteArray("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n") << 2 << 2
                                   << 0;
        QTest::newRow("crlf between requests")
            << QByteArray("GET /a HTTP/1.1\r\n\r\n\r\n\r\nGET /b HTTP/1.1\r\n\r\n") << 2 << 2 << 0;
        QTest::newRow("content-length body")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET / HTTP/1.1\r\n\r\n") << 2
            << 2 << 0;
        QTest::newRow("partial body")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\nhello") << 1 << 0 << 0;
        QTest::newRow("chunked") << QByteArray(
            "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3\r\nabc\r\n0\r\n\r\n")
                                 << 1 << 1 << 0;
        QTest::newRow("chunked upper-case hex") << QByteArray(
            "POST /x HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n")
                                                << 1 << 1 << 0;
        QTest::newRow("http/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << 1 << 0;
        QTest::newRow("body too large")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 5000\r\n\r\n") << 0 << 0 << 413;
        QTest::newRow("chunked too large")
            << (QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") + QByteArray("800\r\n")
                + QByteArray(2048, 'a') + "\r\n" + "800\r\n" + QByteArray(2048, 'a') + "\r\n" + "1\r\n")
            << 1 << 0 << 413;
        QTest::newRow("huge chunk size")
            << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n") << 1
            << 0 << 413;
        QTest::newRow("headers too large")
            << (QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(2000, 'a') + "\r\n\r\n") << 0 << 0 << 431;
        QTest::newRow("bad request line") << QByteArray("HELLO\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("smuggling") << QByteArray(
            "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                                   << 0 << 0 << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n") << 0 << 0
            << 400;
        QTest::newRow("repeated equal lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n") << 0 << 0
            << 400;
        QTest::newRow("signed length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: +3\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("bad chunk size")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 1 << 0 << 400;
        // The strict grammar ([7]): everything Qt 6.4 reads differently from RFC 9112 is refused.
        QTest::newRow("chunk extension")
            << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n0\r\n\r\n")
            << 1 << 0 << 400;
        QTest::newRow("chunked with trailer") << QByteArray(
            "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nX-T: 1\r\n\r\n")
                                              << 1 << 0 << 400;
        QTest::newRow("chunk end bare LF")
            << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\n\n") << 1 << 0
            << 400;
        QTest::newRow("chunk data without CRLF")
            << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\naXY0\r\n\r\n") << 1 << 0
            << 400;
        QTest::newRow("chunk size with space")
            << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1 \r\na\r\n0\r\n\r\n") << 1
            << 0 << 400;
        QTest::newRow("chunk size 0x")
            << QByteArray("POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0x1\r\na\r\n0\r\n\r\n") << 1
            << 0 << 400;
        QTest::newRow("obs-fold") << QByteArray("GET /ws HTTP/1.1\r\nX-A: 1\r\n Upgrade: h2c\r\n\r\n") << 0
                                  << 0 << 400;
        QTest::newRow("obs-fold tab")
            << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n\tContent-Length: 5\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("bare LF head") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 0 << 0 << 400;
        QTest::newRow("bare LF end of head")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\n") << 0 << 0 << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nX: a\rb\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nContent-Length : 5\r\n\r\nhello") << 0 << 0 << 400;
        QTest::newRow("name not a token") << QByteArray("GET / HTTP/1.1\r\nX(a): 1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("control char in value") << QByteArray("GET / HTTP/1.1\r\nX: a\x01"
                                                             "b\r\n\r\n")
                                               << 0 << 0 << 400;
        QTest::newRow("NUL in value") << QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 27) << 0 << 0 << 400;
        QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 0 << 0
                                   << 400;
        QTest::newRow("host with userinfo")
            << QByteArray("GET / HTTP/1.1\r\nHost: a@b\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("two authorizations")
            << QByteArray("GET / HTTP/1.1\r\nAuthorization: Bearer a\r\nauthorization: Bearer b\r\n\r\n") << 0
            << 0 << 400;
        QTest::newRow("two upgrades")
            << QByteArray("GET / HTTP/1.1\r\nUpgrade: websocket\r\nUpgrade: h2c\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("two transfer-encodings") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n")
                                                << 0 << 0 << 400;
        QTest::newRow("te gzip, chunked")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("65 header fields")
            << (QByteArray("GET / HTTP/1.1\r\n") + QByteArray("X: 1\r\n").repeated(65) + "\r\n") << 0 << 0
            << 431;
        QTest::newRow("64 header fields")
            << (QByteArray("GET / HTTP/1.1\r\n") + QByteArray("X: 1\r\n").repeated(64) + "\r\n") << 1 << 1
            << 0;
        QTest::newRow("leading space") << QByteArray(" GET / HTTP/1.1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("leading bare LF") << QByteArray("\nGET / HTTP/1.1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("double space in request line")
            << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("trailing word in request line")
            << QByteArray("GET / HTTP/1.1 x\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("unknown method") << QByteArray("BREW / HTTP/1.1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("http/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("absolute target") << QByteArray("GET http://a/ HTTP/1.1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("authority-looking target")
            << QByteArray("GET //evil/v1 HTTP/1.1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("fragment in target") << QByteArray("GET /a#b HTTP/1.1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("lower-case escape") << QByteArray("GET /a%2f HTTP/1.1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("escaped unreserved") << QByteArray("GET /%7E HTTP/1.1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("broken escape") << QByteArray("GET /%G0 HTTP/1.1\r\n\r\n") << 0 << 0 << 400;
        QTest::newRow("upgrade with body") << QByteArray(
            "GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nContent-Length: 1\r\n\r\nx")
                                           << 0 << 0 << 400;
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
                                    .arg(split)
                                    .arg(o.heads)
                                    .arg(o.complete)
                                    .arg(o.errorStatus)));
        }
    }

    void headFields()
    {
        const Outcome o
            = run("POST /v1/messages?x=1 HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n"
                  "Upgrade: WebSocket\r\nAUTHORIZATION: Bearer t\r\n\r\nhi",
                  3);
        // Upgrade without "Connection: upgrade" is an ordinary request for Qt too.
        QCOMPARE(o.seen.size(), 1);
        const RequestFramer::Head &h = o.seen.first();
        QCOMPARE(h.method, QByteArray("POST"));
        QCOMPARE(h.target, QByteArray("/v1/messages?x=1"));
        QCOMPARE(h.contentLength, 2);
        QVERIFY(h.expectsContinue());
        QVERIFY(!h.wantsWebSocket());
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
        framer.onHead = [](const RequestFramer::Head &) {
            return false;
        };
        QVERIFY(!framer.feed("GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: keep-alive, "
                             "Upgrade\r\n\r\n\x81\x85garbage"));
        QVERIFY(framer.stopped());
    }

    void webSocketNeedsConnectionUpgrade()
    {
        // Qt hands a socket to its WebSocket server only with both headers; the framer agrees.
        QVERIFY(run("GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n", 5)
                    .seen.value(0)
                    .wantsWebSocket());
        QVERIFY(!run("GET /ws HTTP/1.1\r\nUpgrade: websocket\r\n\r\n", 5).seen.value(0).wantsWebSocket());
        QVERIFY(!run("GET /ws HTTP/1.1\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n", 5)
                     .seen.value(0)
                     .wantsWebSocket());
    }

    void keepAlive()
    {
        QVERIFY(run("GET / HTTP/1.1\r\n\r\n", 100).seen.value(0).keepAlive());
        QVERIFY(!run("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n", 100).seen.value(0).keepAlive());
        QVERIFY(!run("GET / HTTP/1.0\r\n\r\n", 100).seen.value(0).keepAlive());
        QVERIFY(run("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 100).seen.value(0).keepAlive());
    }

    void pausesAfterRequest()
    {
        RequestFramer framer(1024, 1024);
        int complete = 0;
        framer.onComplete = [&] {
            ++complete;
        };
        framer.pauseAfterRequest = [&] {
            return complete >= 1;
        };
        const QByteArray two = "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n";
        QVERIFY(!framer.feed(two));
        QCOMPARE(complete, 1);
        QCOMPARE(framer.consumed(), qsizetype(two.indexOf("GET /b")));
    }

    void fieldLongerThanQtAccepts()
    {
        // QHttpHeaderParser drops every header of a request with a field over 8 KiB.
        const QByteArray head = "GET / HTTP/1.1\r\nX: " + QByteArray(8100, 'a') + "\r\n\r\n";
        QCOMPARE(run(head, 1000, 65536).errorStatus, 431);
    }

    void canonicalTargets_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("ok");
        QTest::newRow("root") << QByteArray("/") << true;
        QTest::newRow("query") << QByteArray("/v1/sessions?limit=5&cursor=a%2Bb") << true;
        QTest::newRow("sub-delims") << QByteArray("/a!$&'()*+,;=:@b") << true;
        // The router matches QUrl's decoded path: %2F would join or split segments there.
        QTest::newRow("escaped slash") << QByteArray("/a%2Fb") << false;
        QTest::newRow("escaped separator") << QByteArray("/v1%2Fsessions") << false;
        QTest::newRow("escaped slash in query") << QByteArray("/v1/sessions?cursor=a%2Fb") << true;
        QTest::newRow("escaped NUL") << QByteArray("/a%00b") << false;
        QTest::newRow("escaped newline") << QByteArray("/a%0Ab") << false;
        QTest::newRow("escaped DEL") << QByteArray("/a%7F") << false;
        QTest::newRow("escaped space") << QByteArray("/a%20b") << true;
        QTest::newRow("utf-8 escaped") << QByteArray("/%C3%A9") << true;
        QTest::newRow("raw utf-8") << QByteArray("/\xc3\xa9") << false;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("star") << QByteArray("*") << false;
        QTest::newRow("brackets") << QByteArray("/[a]") << false;
        QTest::newRow("backslash") << QByteArray("/a\\b") << false;
        QTest::newRow("quote") << QByteArray("/a\"b") << false;
        QTest::newRow("trailing percent") << QByteArray("/a%") << false;
    }

    void canonicalTargets()
    {
        QFETCH(QByteArray, target);
        QFETCH(bool, ok);
        QCOMPARE(RequestFramer::isCanonicalTarget(target), ok);
        if (ok) {
            // What the grammar accepts, QUrl leaves exactly as it is.
            const QUrl url = QUrl::fromEncoded(target);
            QByteArray again = url.path(QUrl::FullyEncoded).toUtf8();
            if (url.hasQuery())
                again += '?' + url.query(QUrl::FullyEncoded).toUtf8();
            QCOMPARE(again, target);
        }
    }

    void everyTargetByteRoundTripsThroughQUrl()
    {
        // Exhaustive over one byte and one escape in a path and in a query.
        for (int c = 0; c < 256; ++c) {
            const QByteArray escape = '%' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            for (const QByteArray &t :
                 QByteArrayList {"/a" + QByteArray(1, char(c)) + "b", "/q?a" + QByteArray(1, char(c)) + "b",
                                 "/a" + escape + "b", "/q?a" + escape + "b"}) {
                if (!RequestFramer::isCanonicalTarget(t))
                    continue;
                const QUrl url = QUrl::fromEncoded(t);
                QByteArray again = url.path(QUrl::FullyEncoded).toUtf8();
                if (url.hasQuery())
                    again += '?' + url.query(QUrl::FullyEncoded).toUtf8();
                QVERIFY2(again == t, t.constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFramer)
#include "tst_framer.moc"
