#include "daemon/gateway/JsonBody.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace blufio;
using Kind = JsonBodyError::Kind;

class TestJsonBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unpairedSurrogates_data();
    void unpairedSurrogates();
    void validBodiesParse();
    void syntaxErrorNamesTheOffset();
    void byteOrderMarkInsideStringsIsKept();
};

void TestJsonBody::unpairedSurrogates_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("offset"); // -1: accepted
    QTest::newRow("lone high, then a letter") << QByteArray(R"({"content": "\ud800x"})") << 13;
    QTest::newRow("lone high at the end") << QByteArray(R"(["\uDBFF"])") << 2;
    QTest::newRow("lone low") << QByteArray(R"(["a\udc00b"])") << 3;
    QTest::newRow("high then non-low escape") << QByteArray(R"(["\ud83d\u0041"])") << 2;
    QTest::newRow("high then high") << QByteArray(R"(["\ud83d\ud83d\ude00"])") << 2;
    QTest::newRow("high then truncated escape") << QByteArray(R"(["\ud83d\ude0"])") << 2;
    QTest::newRow("in a key") << QByteArray(R"({"\udfff": 1})") << 2;
    QTest::newRow("pair") << QByteArray(R"(["\ud83d\ude00"])") << -1;
    QTest::newRow("pair upper case") << QByteArray(R"(["\uD83D\uDE00 and \uDBFF\uDFFF"])") << -1;
    QTest::newRow("escaped backslash is text") << QByteArray(R"(["\\ud800x"])") << -1;
    QTest::newRow("escaped backslash, then a real lone one") << QByteArray(R"(["\\\ud800"])") << 4;
    QTest::newRow("BMP escapes") << QByteArray(R"(["\u00e9\u2713\uffff\u0000"])") << -1;
}

void TestJsonBody::unpairedSurrogates()
{
    QFETCH(QByteArray, body);
    QFETCH(int, offset);
    QCOMPARE(JsonBody::findUnpairedSurrogate(body), qsizetype(offset));
    const auto parsed = JsonBody::parse(body);
    if (offset < 0) {
        QVERIFY(std::holds_alternative<QJsonDocument>(parsed));
        return;
    }
    QVERIFY(std::holds_alternative<JsonBodyError>(parsed));
    const JsonBodyError &error = std::get<JsonBodyError>(parsed);
    QCOMPARE(error.kind, Kind::UnpairedSurrogate);
    QCOMPARE(error.offset, qsizetype(offset));
    QVERIFY2(error.message.contains(QStringLiteral("offset %1").arg(offset)), qPrintable(error.message));
}

void TestJsonBody::validBodiesParse()
{
    const auto parsed = JsonBody::parse(R"({"content": "smile \ud83d\ude00 \\u0041", "n": [1, 2]})");
    QVERIFY(std::holds_alternative<QJsonDocument>(parsed));
    const QJsonObject o = std::get<QJsonDocument>(parsed).object();
    QCOMPARE(o.value(QStringLiteral("content")).toString(), QStringLiteral("smile \U0001F600 \\u0041"));
    QCOMPARE(o.value(QStringLiteral("n")).toArray().size(), 2);
}

void TestJsonBody::byteOrderMarkInsideStringsIsKept()
{
    // Qt alone drops a raw U+FEFF at the start of a string; a leading BOM of the body is skipped.
    const auto parsed
        = JsonBody::parse("\xEF\xBB\xBF{\"\xEF\xBB\xBFk\": \"\xEF\xBB\xBFv\", \"m\": \"a\xEF\xBB\xBF\"}");
    QVERIFY(std::holds_alternative<QJsonDocument>(parsed));
    const QJsonObject o = std::get<QJsonDocument>(parsed).object();
    const QString bom(QChar(0xFEFF));
    QCOMPARE(o.value(bom + u'k').toString(), bom + u'v');
    QCOMPARE(o.value(QStringLiteral("m")).toString(), QStringLiteral("a") + bom);
    // And what it writes back reads the same again (fuzz_json's fixed point).
    const QByteArray again = std::get<QJsonDocument>(parsed).toJson(QJsonDocument::Compact);
    const auto reparsed = JsonBody::parse(again);
    QVERIFY(std::holds_alternative<QJsonDocument>(reparsed));
    QCOMPARE(std::get<QJsonDocument>(reparsed).object(), o);
    // A BOM outside a string is still a syntax error.
    QVERIFY(std::holds_alternative<JsonBodyError>(JsonBody::parse("{\"a\": 1\xEF\xBB\xBF}")));
}

void TestJsonBody::syntaxErrorNamesTheOffset()
{
    const auto parsed = JsonBody::parse("{not json");
    QVERIFY(std::holds_alternative<JsonBodyError>(parsed));
    const JsonBodyError &error = std::get<JsonBodyError>(parsed);
    QCOMPARE(error.kind, Kind::Syntax);
    QVERIFY2(error.message.contains(QStringLiteral("offset %1").arg(error.offset)),
             qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestJsonBody)
#include "tst_jsonbody.moc"
