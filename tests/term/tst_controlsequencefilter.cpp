#include "common/term/ControlSequenceFilter.h"

#include <QTest>

using namespace blufio;

class TestControlSequenceFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeInput_data();
    void wholeInput();
    void everySplitGivesTheSameOutput_data() { wholeInput_data(); }
    void everySplitGivesTheSameOutput();
    void oscStateSurvivesDeltas();
    void resetEndsAnUnterminatedSequence();
    void everyControlCodePointIsGone();
};

void TestControlSequenceFilter::wholeInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString esc(QChar(0x1B));
    QTest::newRow("plain") << QStringLiteral("hello, world") << QStringLiteral("hello, world");
    QTest::newRow("newline and tab kept") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
    QTest::newRow("utf-8 kept") << QStringLiteral("Ünïcödé ✓ 日本語 😀 ÿ")
                                << QStringLiteral("Ünïcödé ✓ 日本語 😀 ÿ");
    QTest::newRow("CSI 2J clear screen") << QString(esc + u"[2Jafter") << QStringLiteral("after");
    QTest::newRow("CSI with params and intermediate")
        << QString(u"a" + esc + u"[1;31mred" + esc + u"[0m " + esc + u"[1 qz") << QStringLiteral("ared z");
    QTest::newRow("CSI private") << QString(esc + u"[?1049hx") << QStringLiteral("x");
    QTest::newRow("OSC 52 clipboard, BEL")
        << QString(u"a" + esc + u"]52;c;ZXZpbCBjb21tYW5k\u0007b") << QStringLiteral("ab");
    QTest::newRow("OSC title, ST") << QString(u"a" + esc + u"]0;owned title" + esc + u"\\b")
                                   << QStringLiteral("ab");
    QTest::newRow("OSC 8 hyperlink") << QString(esc + u"]8;;http://evil.example/" + esc + u"\\click" + esc
                                                + u"]8;;" + esc + u"\\")
                                     << QStringLiteral("click");
    QTest::newRow("DCS string") << QString(esc + u"P1$qm" + esc + u"\\ok") << QStringLiteral("ok");
    QTest::newRow("two-character escapes")
        << QString(esc + u"c" + esc + u"7x" + esc + u"8") << QStringLiteral("x");
    QTest::newRow("charset escape") << QString(esc + u"(Bx") << QStringLiteral("x");
    QTest::newRow("BEL") << QStringLiteral("ding\u0007!") << QStringLiteral("ding!");
    QTest::newRow("CR overwrite") << QStringLiteral("rm -rf /\rls") << QStringLiteral("rm -rf /ls");
    QTest::newRow("backspace, DEL, NUL")
        << QString(QStringLiteral("a\bb\u007fc") + QChar(0) + u"d") << QStringLiteral("abcd");
    QTest::newRow("C1 CSI") << QStringLiteral("a\u009b2Jb") << QStringLiteral("ab");
    QTest::newRow("C1 OSC with C1 ST") << QStringLiteral("a\u009d0;t\u009cb") << QStringLiteral("ab");
    QTest::newRow("other C1") << QStringLiteral("a\u0085\u0084b\u0080\u009f") << QStringLiteral("ab");
    QTest::newRow("malformed CSI keeps the text after it")
        << QString(esc + u"[12" + u"ü" + u"x") << QStringLiteral("üx");
    QTest::newRow("CAN aborts") << QString(esc + u"]0;t\u0018after") << QStringLiteral("after");
    QTest::newRow("ESC in OSC starts a new escape")
        << QString(esc + u"]0;t" + esc + u"[31mx") << QStringLiteral("x");
}

void TestControlSequenceFilter::wholeInput()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    ControlSequenceFilter filter;
    QCOMPARE(filter.filter(input), expected);
}

void TestControlSequenceFilter::everySplitGivesTheSameOutput()
{
    // A sequence split across deltas anywhere, even into single characters, is still removed.
    QFETCH(QString, input);
    QFETCH(QString, expected);
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        ControlSequenceFilter filter;
        QString out = filter.filter(QStringView(input).first(cut));
        out += filter.filter(QStringView(input).sliced(cut));
        QVERIFY2(out == expected, qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(out)));
    }
    ControlSequenceFilter filter;
    QString out;
    for (const QChar c : input)
        out += filter.filter(QStringView(&c, 1));
    QCOMPARE(out, expected);
}

void TestControlSequenceFilter::oscStateSurvivesDeltas()
{
    ControlSequenceFilter filter;
    QCOMPARE(filter.filter(QStringLiteral("copy \u001b]52;c;")), QStringLiteral("copy "));
    QCOMPARE(filter.filter(QStringLiteral("Y3VybCBldmlsIHwgc2g=")), QString());
    QCOMPARE(filter.filter(QStringLiteral("\u001b")), QString());
    QCOMPARE(filter.filter(QStringLiteral("\\done")), QStringLiteral("done"));
}

void TestControlSequenceFilter::resetEndsAnUnterminatedSequence()
{
    ControlSequenceFilter filter;
    QCOMPARE(filter.filter(QStringLiteral("cut \u001b]0;never ends")), QStringLiteral("cut "));
    QCOMPARE(filter.filter(QStringLiteral("still title")), QString());
    filter.reset();
    QCOMPARE(filter.filter(QStringLiteral("next reply")), QStringLiteral("next reply"));
}

void TestControlSequenceFilter::everyControlCodePointIsGone()
{
    // After any input, what comes out has no ESC, no C0 other than \n and \t, no DEL and no C1.
    QString all;
    for (char16_t c = 0; c < 0x100; ++c)
        all.append(QChar(c));
    ControlSequenceFilter filter;
    const QString out = filter.filter(QString(all + all + all));
    for (const QChar c : out) {
        const char16_t u = c.unicode();
        QVERIFY2(u == u'\n' || u == u'\t' || (u >= 0x20 && u < 0x7F) || u > 0x9F,
                 qPrintable(QString::number(u, 16)));
    }
    QVERIFY(out.contains(QStringLiteral("0123456789")));
}

QTEST_GUILESS_MAIN(TestControlSequenceFilter)
#include "tst_controlsequencefilter.moc"
