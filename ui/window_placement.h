#pragma once
// A window's saved size and place come from desktop.ini, which may be damaged, hand-edited
// or written on another screen layout (a monitor unplugged since). Restored as they are, a
// 32767x32767 window paints nothing (Qt asks for a 17 GB buffer) and one left off-screen
// cannot be reached. So the size is clamped to the screen the window lands on, and a
// window without a usable part (its top edge, where the title bar is, and 200x100 of it)
// on some screen is moved back onto the primary screen. Full screen is never restored:
// the app never goes full screen itself.
#include <QByteArray>
#include <QList>
#include <QRect>
#include <QSize>

class QSplitter;
class QWidget;

namespace nb {

// How much of a window must be on a screen for it to be usable.
inline constexpr QSize kUsablePart {200, 100};

// Where a window of geometry `wanted` (its client area) goes, given the screens' available
// areas (the first is the primary) and the smallest size the window can be.
QRect placeOnScreens(const QRect& wanted, const QList<QRect>& screens, const QSize& minimum);

// QWidget::restoreGeometry(saved), then placed as above on the current screens. Garbage is
// ignored (the window keeps the size and place it had).
void restoreWindowGeometry(QWidget* window, const QByteArray& saved);

// QSplitter::restoreState(saved) for the pane sizes only. A saved state also carries the
// splitter's orientation, handle width and whether its panes collapse, and Qt applies them:
// a damaged or hand-edited desktop.ini could turn the inbox on its side, make the handle
// thousands of pixels wide or let panes be shut to nothing. Those stay as the app built
// them; in a splitter whose panes do not collapse (all of the app's), each pane keeps at
// least its minimum size. Garbage is ignored.
void restoreSplitterState(QSplitter* splitter, const QByteArray& saved);

} // namespace nb
