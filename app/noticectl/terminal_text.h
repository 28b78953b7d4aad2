#pragma once
// Text from the server (notice bodies, room names and topics, display names, user IDs,
// error messages) on its way to the user's terminal. A terminal obeys what it is sent:
// ESC[1A ESC[2K moves up and wipes a line, so a notice could rewrite the lines printed
// above it, retitle the window or fake a prompt; a lone CR overwrites its own line;
// bidi overrides reorder what follows them. These functions make every such character
// visible as an escape ("\x1b", "\u202e") instead of passing it on; the rest of the
// text, other languages and emoji included, is unchanged.
// JSON output does not use them: it prints the server's text exactly (JSON escaping
// already turns control characters into \u00XX; a JSON reader gets the original).
#include <QString>
#include <initializer_list>

namespace nb::cli {

// Keeps line feeds and tabs (a multi-line notice body stays multi-line).
QString terminalText(const QString& text);
// For one table cell or one line of a message: line feeds and tabs become spaces too.
QString terminalLine(const QString& text);
// terminalLine() cut to at most `width` characters, with "…" where it was cut; never inside
// an escape ("\u2…" would look like text the server sent) nor a surrogate pair.
QString terminalCell(const QString& text, int width);

// One line of a table: the cells joined by two spaces, each padded to its width (negative:
// left-aligned, positive: right-aligned, 0: as it is). Not QString::arg() in a chain: a
// cell holding "%1" (a room name) would be filled in by the next cell's text.
struct TableCell {
    QString text;
    int width = 0;
};
QString tableRow(std::initializer_list<TableCell> cells);

} // namespace nb::cli
