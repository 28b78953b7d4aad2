// Notice HTML: only a safe subset survives.
#include "notice/html_sanitizer.h"

#include <QTest>

using namespace nb;

class TestHtmlSanitizer : public QObject {
    Q_OBJECT
private slots:
    void keepsFormatting()
    {
        QCOMPARE(sanitizeNoticeHtml(QStringLiteral("<p>Hello <b>world</b> &amp; <em>you</em></p>")),
            QStringLiteral("<p>Hello <b>world</b> &amp; <em>you</em></p>"));
        QCOMPARE(sanitizeNoticeHtml(QStringLiteral("<ol start=\"3\"><li>x</li></ol>")),
            QStringLiteral("<ol start=\"3\"><li>x</li></ol>"));
    }

    void dropsScriptsAndStyles_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("script") << QStringLiteral("a<script>alert(1)</script>b");
        QTest::newRow("SCRIPT upper") << QStringLiteral("a<SCRIPT>alert(1)</SCRIPT>b");
        QTest::newRow("style") << QStringLiteral("a<style>body{}</style>b");
        QTest::newRow("iframe") << QStringLiteral("a<iframe src=\"https://x\">alert(1)</iframe>b");
        QTest::newRow("event handler") << QStringLiteral("a<b onclick=\"alert(1)\"></b>b");
        QTest::newRow("svg") << QStringLiteral("a<svg><script>alert(1)</script></svg>b");
    }
    void dropsScriptsAndStyles()
    {
        QFETCH(QString, input);
        const QString out = sanitizeNoticeHtml(input);
        QVERIFY2(!out.contains(QStringLiteral("alert")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("onclick")), qPrintable(out));
        QVERIFY(out.startsWith(QLatin1Char('a')));
        QVERIFY(out.endsWith(QLatin1Char('b')));
    }

    void noRemoteImages()
    {
        const QString out =
            sanitizeNoticeHtml(QStringLiteral("<img src=\"https://tracker.example/x.png\" alt=\"logo\">"));
        QVERIFY(!out.contains(QStringLiteral("img")));
        QVERIFY(!out.contains(QStringLiteral("tracker")));
        QVERIFY(out.contains(QStringLiteral("logo")));
    }

    void linksOnlyWithSafeSchemes_data()
    {
        QTest::addColumn<QString>("href");
        QTest::addColumn<bool>("kept");
        QTest::newRow("https") << QStringLiteral("https://example.org/tos") << true;
        QTest::newRow("mailto") << QStringLiteral("mailto:admin@example.org") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("JavaScript mixed case") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>x</script>") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("entity-encoded javascript") << QStringLiteral("&#106;avascript:alert(1)") << false;
        // The same schemes the GUI opens (ui/safe_links: https, http, mailto); what a kept
        // mailto may carry is trimmed there, when it is opened.
        QTest::newRow("http") << QStringLiteral("http://example.org/") << true;
        QTest::newRow("mailto with attach") << QStringLiteral("mailto:admin@example.org?attach=/etc/passwd") << true;
        QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)") << false;
        QTest::newRow("leading space javascript") << QStringLiteral(" javascript:alert(1)") << false;
        QTest::newRow("smb") << QStringLiteral("smb://evil.example/share") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://evil.example/x") << false;
    }
    void linksOnlyWithSafeSchemes()
    {
        QFETCH(QString, href);
        QFETCH(bool, kept);
        const QString out = sanitizeNoticeHtml(QStringLiteral("<a href=\"%1\">terms</a> end").arg(href));
        QCOMPARE(out.contains(QStringLiteral("<a href=")), kept);
        QVERIFY(out.contains(QStringLiteral("terms")));
        QVERIFY(out.endsWith(QStringLiteral(" end")));
        QVERIFY(!out.contains(QStringLiteral("</a> end")) || kept);
    }

    void unknownTagsKeepTheirText()
    {
        QCOMPARE(sanitizeNoticeHtml(QStringLiteral("<marquee>hi</marquee>")), QStringLiteral("hi"));
    }

    void malformedInputIsEscaped()
    {
        QCOMPARE(sanitizeNoticeHtml(QStringLiteral("1 < 2 and 3 > 2")), QStringLiteral("1 &lt; 2 and 3 &gt; 2"));
        QCOMPARE(sanitizeNoticeHtml(QStringLiteral("<b>unclosed")), QStringLiteral("<b>unclosed</b>"));
        QCOMPARE(sanitizeNoticeHtml(QStringLiteral("</i>stray")), QStringLiteral("stray"));
        QCOMPARE(sanitizeNoticeHtml(QStringLiteral("<b><i>x</b>y")), QStringLiteral("<b><i>x</i></b>y"));
        QCOMPARE(sanitizeNoticeHtml(QStringLiteral("a<!-- <script> -->b")), QStringLiteral("ab"));
        QCOMPARE(sanitizeNoticeHtml(QStringLiteral("<a href='x")), QStringLiteral("&lt;a href='x"));
    }

    void deepNestingIsBounded()
    {
        QString deep;
        for (int i = 0; i < 10000; ++i)
            deep += QStringLiteral("<div>");
        deep += QStringLiteral("core");
        const QString out = sanitizeNoticeHtml(deep);
        QVERIFY(out.contains(QStringLiteral("core")));
        QVERIFY(out.count(QStringLiteral("<div>")) == out.count(QStringLiteral("</div>")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "test_html_sanitizer.moc"
