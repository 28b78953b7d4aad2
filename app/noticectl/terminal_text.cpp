#include "terminal_text.h"

#include <QList>

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
// - the line and paragraph separators U+2028, U+2029 (a line break a filter misses);
// - the other invisible format characters (Unicode category Cf: zero-width space U+200B,
//   soft hyphen U+00AD, word joiner U+2060, U+FEFF, the tag characters U+E0000-U+E007F):
//   "ad<U+200B>min" prints as "admin", a name that imitates another. The joiners U+200C
//   and U+200D stay: Persian and other scripts, and emoji sequences, need them.
bool neutralised(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029)
        return true;
    return QChar::category(c) == QChar::Other_Format && c != 0x200c && c != 0x200d;
}

QString visible(char32_t c)
{
    if (c <= 0xff)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    if (c <= 0xffff)
        return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    return QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
}

QString neutralise(const QString& text, bool keepLines)
{
    QString result;
    result.reserve(text.size());
    for (const uint code : text.toUcs4()) {
        const auto c = char32_t(code);
        if ((c == U'\n' || c == U'\t') && keepLines)
            result += QLatin1Char(char(c));
        else if (c == U'\n' || c == U'\t')
            result += QLatin1Char(' ');
        else if (neutralised(c))
            result += visible(c);
        else
            result += QString::fromUcs4(&c, 1);
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

QString tableRow(std::initializer_list<TableCell> cells)
{
    QString row;
    for (const TableCell& cell : cells) {
        if (!row.isEmpty())
            row += QStringLiteral("  ");
        row += cell.width < 0 ? cell.text.leftJustified(-cell.width) : cell.text.rightJustified(cell.width);
    }
    return row;
}

} // namespace nb::cli
