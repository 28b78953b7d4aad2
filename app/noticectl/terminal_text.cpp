#include "terminal_text.h"

namespace nb::cli {

namespace {

// Characters a terminal acts on instead of showing, or that change how the text around
// them is shown:
// - C0 controls U+0000-U+001F (ESC starts escape sequences; CR, BS and VT move the
//   cursor; BEL rings) and DEL U+007F;
// - C1 controls U+0080-U+009F (U+009B is a one-character CSI in terminals that take
//   8-bit controls, U+009D starts an OSC: window titles, hyperlinks, clipboard);
// - the bidirectional embeddings, overrides and isolates U+202A-U+202E, U+2066-U+2069
//   and the marks U+200E, U+200F, U+061C ("Trojan Source": text that reads differently
//   from how it is stored);
// - the line and paragraph separators U+2028, U+2029 (a line break a filter misses).
bool neutralised(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029;
}

QString visible(char16_t c)
{
    if (c <= 0xff)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

QString neutralise(const QString& text, bool keepLines)
{
    QString result;
    result.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c == u'\n' || c == u'\t') && keepLines)
            result += ch;
        else if (c == u'\n' || c == u'\t')
            result += QLatin1Char(' ');
        else if (neutralised(c))
            result += visible(c);
        else
            result += ch;
    }
    return result;
}

} // namespace

QString terminalText(const QString& text)
{
    return neutralise(text, true);
}

QString terminalLine(const QString& text)
{
    return neutralise(text, false);
}

QString terminalCell(const QString& text, int width)
{
    const QString whole = terminalLine(text);
    if (whole.size() <= width || width < 1)
        return whole;
    // Cut the server's text, not its neutralised form: each escape stays whole.
    QString shown;
    for (qsizetype taken = 0; taken < text.size();) {
        const qsizetype step = text.at(taken).isHighSurrogate() && taken + 1 < text.size() ? 2 : 1;
        const QString next = terminalLine(text.left(taken + step));
        if (next.size() > width - 1)
            break;
        shown = next;
        taken += step;
    }
    return shown + QChar(0x2026);
}

} // namespace nb::cli
