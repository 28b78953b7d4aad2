// What noticectl's text output does with server text that tries to steer the terminal
// (app/noticectl/terminal_text.h): one row per kind of control character or escape
// sequence. Each row is checked twice: nothing a terminal acts on survives, and the
// character is still shown (as an escape), so the reader sees that something was there.
#include "terminal_text.h"

#include <QTest>

using namespace nb::cli;

namespace {

// True when `text` holds a character a terminal would act on or reorder by.
bool hasActiveCharacter(const QString& text, bool linesAllowed)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (linesAllowed && (c == u'\n' || c == u'\t'))
            continue;
        if (QChar::category(char32_t(c)) == QChar::Other_Format && c != 0x200c && c != 0x200d)
            return true;
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
            || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029)
            return true;
    }
    return false;
}

} // namespace

class TestTerminalText : public QObject {
    Q_OBJECT

private slots:
    void neutralises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shown"); // what terminalText must contain

        auto row = [](const char* name, QString input, const char* shown) {
            QTest::newRow(name) << input << QString::fromUtf8(shown);
        };
        const QChar esc(0x1b);
        row("cursor up + erase line (CSI 1A, 2K)", QString(esc) + QStringLiteral("[1A") + esc + QStringLiteral("[2K"),
            "\\x1b[1A\\x1b[2K");
        row("colour (SGR)", QString(esc) + QStringLiteral("[31mred"), "\\x1b[31mred");
        row("window title (OSC 0, BEL)", QString(esc) + QStringLiteral("]0;pwned") + QChar(0x07), "\\x1b]0;pwned\\x07");
        row("hyperlink (OSC 8, ST)",
            QString(esc) + QStringLiteral("]8;;https://evil.example") + esc + QStringLiteral("\\click"),
            "\\x1b]8;;https://evil.example\\x1b\\click");
        row("clipboard write (OSC 52)", QString(esc) + QStringLiteral("]52;c;cm0gLXJm") + QChar(0x07),
            "\\x1b]52;c;cm0gLXJm\\x07");
        row("carriage return overwrite", QStringLiteral("Your account is fine\rDELETED"), "fine\\x0dDELETED");
        row("backspace", QStringLiteral("abc") + QChar(0x08) + QChar(0x08), "abc\\x08\\x08");
        row("NUL", QStringLiteral("a") + QChar(0x00) + QStringLiteral("b"), "a\\x00b");
        row("DEL", QStringLiteral("a") + QChar(0x7f), "a\\x7f");
        row("C1 CSI U+009B", QString(QChar(0x9b)) + QStringLiteral("2J"), "\\x9b2J");
        row("C1 OSC U+009D", QString(QChar(0x9d)) + QStringLiteral("0;title"), "\\x9d0;title");
        row("C1 NEL U+0085", QStringLiteral("a") + QChar(0x85) + QStringLiteral("b"), "a\\x85b");
        row("bidi RLO U+202E", QStringLiteral("invoice") + QChar(0x202e) + QStringLiteral("fdp.exe"),
            "invoice\\u202efdp.exe");
        row("bidi LRE U+202A", QString(QChar(0x202a)) + QStringLiteral("x"), "\\u202ax");
        row("bidi PDF U+202C", QString(QChar(0x202c)), "\\u202c");
        row("bidi isolate RLI U+2067", QString(QChar(0x2067)) + QStringLiteral("x") + QChar(0x2069), "\\u2067x\\u2069");
        row("bidi FSI U+2068", QString(QChar(0x2068)), "\\u2068");
        row("right-to-left mark U+200F", QString(QChar(0x200f)), "\\u200f");
        row("line separator U+2028", QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b"), "a\\u2028b");
        // Invisible format characters (red-team note, issue 7): "ad<ZWSP>min" prints as
        // "admin", a name that imitates another while comparing unequal.
        row("zero-width space U+200B in a name", QStringLiteral("ad") + QChar(0x200b) + QStringLiteral("min"),
            "ad\\u200bmin");
        row("soft hyphen U+00AD", QStringLiteral("Server") + QChar(0x00ad) + QStringLiteral("Notices"),
            "Server\\xadNotices");
        row("word joiner U+2060", QStringLiteral("a") + QChar(0x2060) + QStringLiteral("b"), "a\\u2060b");
        row("byte order mark U+FEFF", QString(QChar(0xfeff)) + QStringLiteral("x"), "\\ufeffx");
        row("tag character U+E0041 (outside the BMP)",
            QStringLiteral("a") + QString::fromUcs4(U"\U000E0041") + QStringLiteral("b"), "a\\U000e0041b");
    }

    void neutralises()
    {
        QFETCH(QString, input);
        QFETCH(QString, shown);
        const QString text = terminalText(input);
        QVERIFY2(!hasActiveCharacter(text, true), qPrintable(text));
        QVERIFY2(text.contains(shown), qPrintable(text));
        const QString line = terminalLine(input);
        QVERIFY2(!hasActiveCharacter(line, false), qPrintable(line));
    }

    void keepsOrdinaryText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("ascii") << QStringLiteral("Maintenance on Sunday, 06:00-08:00 UTC.");
        QTest::newRow("accents and quotes") << QString::fromUtf8("Wartung am Sonntag \u201cbitte\u201d \u2026");
        QTest::newRow("arabic (right-to-left letters, no overrides)")
            << QString::fromUtf8("\u0635\u064a\u0627\u0646\u0629");
        QTest::newRow("emoji (surrogate pair)") << QString::fromUtf8("\U0001F6A7 works");
        QTest::newRow("a backslash stays a backslash") << QStringLiteral("C:\\notices\\x1b");
        // Joiners that scripts and emoji need are format characters too, and stay.
        QTest::newRow("emoji ZWJ sequence (U+200D)") << QString::fromUtf8("\U0001F469\u200D\U0001F692 on call");
        QTest::newRow("persian ZWNJ (U+200C)") << QString::fromUtf8("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
    }

    void keepsOrdinaryText()
    {
        QFETCH(QString, input);
        QCOMPARE(terminalText(input), input);
        QCOMPARE(terminalLine(input), input);
    }

    // Red-team note: a NAME cut to 24 characters could end in "\u2…", half an escape.
    void cellsAreCutBetweenEscapes()
    {
        // 21 characters, then an escape of 6 that does not fit in the 23 before the "…".
        const QString name = QStringLiteral("Server Notices admin ") + QChar(0x202E) + QStringLiteral("gnp.exe");
        const QString cell = terminalCell(name, 24);
        QVERIFY(cell.size() <= 24);
        QVERIFY(cell.endsWith(QChar(0x2026)));
        // Either the whole escape or none of it.
        QVERIFY2(cell.contains(QStringLiteral("\\u202e")) || !cell.contains(QLatin1Char('\\')), qPrintable(cell));
        QCOMPARE(terminalCell(QStringLiteral("short"), 24), QStringLiteral("short"));
        const QString emoji = QString::fromUtf8("\U0001F6A7").repeated(15);
        QVERIFY(!terminalCell(emoji, 10).chopped(1).back().isHighSurrogate()); // no half emoji
    }

    void linesAndTabs()
    {
        const QString body = QStringLiteral("line one\n\tline two");
        QCOMPARE(terminalText(body), body); // a multi-line body stays multi-line
        QCOMPARE(terminalLine(body), QStringLiteral("line one  line two")); // a table cell is one line
    }

    // A room name is the room creator's text: "%1" in it must stay "%1", not take the
    // next column's text (the red team moved the "latest notice" into the name column).
    void tableCellsAreNeverFilledInAgain()
    {
        const QString name = QStringLiteral("Pct %1 %2 %L1 %99 done");
        const QString row = tableRow(
            {{QStringLiteral("!room:x"), -10}, {name, -24}, {QStringLiteral("7"), 3}, {QStringLiteral("latest %1")}});
        QCOMPARE(row,
            QStringLiteral("!room:x   ") + QStringLiteral("  ") + QStringLiteral("Pct %1 %2 %L1 %99 done  ")
                + QStringLiteral("  ") + QStringLiteral("  7") + QStringLiteral("  ") + QStringLiteral("latest %1"));
        QCOMPARE(tableRow({{QStringLiteral("ab"), -4}, {QStringLiteral("c"), 3}}), QStringLiteral("ab      c"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "test_terminal_text.moc"
