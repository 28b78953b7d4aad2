#pragma once
// The hostile strings every place that shows room- or server-controlled text is tested with
// (room names, topics, display names, message bodies, server error text). One QTest row
// each; docs/security.md cites the rows by name.
#include <QString>
#include <QTest>

namespace nb::guitest {

inline void addHostileStringRows()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bold tag") << QStringLiteral("<b>x</b>");
    QTest::newRow("remote image") << QStringLiteral("<img src=https://evil.example/x.png>");
    QTest::newRow("link") << QStringLiteral("<a href=\"https://evil.example\">Click</a>");
    QTest::newRow("entity") << QStringLiteral("&lt;b&gt; &amp; &#60;i&#62;");
    QTest::newRow("styled") << QStringLiteral("<span style=\"font-size:60px;color:red\">Official</span>");
    QTest::newRow("newlines") << QStringLiteral("Maintenance\nOfficial notice from your server\r\nreally");
    QTest::newRow("bidi override") << QStringLiteral("\u202Eeciton laiciffO");
    QTest::newRow("very long") << QStringLiteral("Server Notices ").repeated(400).trimmed();
}

} // namespace nb::guitest
