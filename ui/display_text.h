#pragma once
// Text that a room, another user or a server controls (room names, topics, message bodies,
// server error messages), made safe to show. Everywhere in the GUI such text is PLAIN text:
// labels get Qt::PlainText, and these helpers cover the places where Qt would otherwise
// guess (tooltips) or where the text is put inside a sentence of ours.
#include <QString>

namespace nb {

// Line breaks, tabs and other control characters become spaces: for one-line places
// (a notification's title, a sentence in a dialog) where a line break could make the
// text look like a line of the app's own.
QString oneLine(const QString& text);

// The text as a bidi isolate (U+2068 ... U+2069) with its own explicit direction controls
// (U+202A-U+202E, U+2066-U+2069) removed, so a right-to-left override in a room name cannot
// reorder the app's words that follow it ("Delete <name>? It is removed ...").
QString isolated(const QString& text);

// CR LF and lone CR as LF, so a Windows line break is one break and no stray character.
QString unixLineBreaks(const QString& text);

// For a sentence of ours that quotes outside text: one line, isolated.
inline QString quoted(const QString& text)
{
    return isolated(oneLine(text));
}

// A tooltip that shows `text` literally. QToolTip decides by Qt::mightBeRichText whether
// to render markup, so "<b>x</b>" would be bold and "<img src=...>" an image; this returns
// rich text whose only content is the escaped text, line breaks kept.
QString plainToolTip(const QString& text);

} // namespace nb
