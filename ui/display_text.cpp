#include "display_text.h"

namespace nb {

namespace {
bool isDirectionControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool breaksLine(QChar c)
{
    // Cc (C0 and C1 controls), and the Unicode line and paragraph separators.
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}
} // namespace

QString oneLine(const QString& text)
{
    QString out = text;
    for (QChar& c : out)
        if (breaksLine(c))
            c = QLatin1Char(' ');
    return out;
}

QString isolated(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QChar(0x2068); // FIRST STRONG ISOLATE
    for (const QChar c : text)
        if (!isDirectionControl(c.unicode()))
            out += c;
    out += QChar(0x2069); // POP DIRECTIONAL ISOLATE
    return out;
}

QString unixLineBreaks(const QString& text)
{
    QString out = text;
    return out.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return {}; // no tooltip at all, rather than an empty box
    // <p> makes Qt::mightBeRichText() say yes, so the entities are decoded, never shown.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(unixLineBreaks(text).toHtmlEscaped());
}

} // namespace nb
