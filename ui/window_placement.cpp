#include "window_placement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSplitter>
#include <QWidget>

#include <algorithm>

namespace nb {

namespace {
// Usable on `screen`: its top edge on it, and kUsablePart of it (or all of a smaller window).
bool usableOn(const QRect& window, const QRect& screen)
{
    const QRect visible = window.intersected(screen);
    return !visible.isEmpty() && visible.top() == window.top()
        && visible.width() >= std::min(kUsablePart.width(), window.width())
        && visible.height() >= std::min(kUsablePart.height(), window.height());
}

qint64 overlapArea(const QRect& a, const QRect& b)
{
    const QRect both = a.intersected(b);
    return both.isEmpty() ? 0 : qint64(both.width()) * both.height();
}

QSize clampedSize(QSize size, const QRect& screen, QSize minimum)
{
    // Never below what the window can be nor below a usable part, never above the screen
    // (unless the window cannot be that small: then as small as it can be).
    minimum = minimum.expandedTo(kUsablePart);
    size = size.expandedTo(minimum).boundedTo(screen.size());
    return size.expandedTo(minimum.boundedTo(screen.size()));
}
} // namespace

QRect placeOnScreens(const QRect& wanted, const QList<QRect>& screens, const QSize& minimum)
{
    if (screens.isEmpty())
        return wanted;
    const QRect& primary = screens.front();
    // An inverted or empty rectangle has no place: the primary screen's middle, at the minimum.
    const QRect window = wanted.isValid() ? wanted : QRect(primary.topLeft(), QSize(0, 0));
    // The screen it lands on: the one it overlaps most (the primary when none).
    QRect screen = primary;
    qint64 best = 0;
    for (const QRect& candidate : screens) {
        if (const qint64 area = overlapArea(window, candidate); area > best) {
            best = area;
            screen = candidate;
        }
    }
    QRect placed(window.topLeft(), clampedSize(window.size(), screen, minimum));
    if (wanted.isValid() && usableOn(placed, screen))
        return placed;
    placed.setSize(clampedSize(placed.size(), primary, minimum));
    placed.moveCenter(primary.center());
    // A window larger than the screen (its minimum is) keeps its top-left corner on it.
    placed.moveTopLeft(QPoint(std::max(placed.left(), primary.left()), std::max(placed.top(), primary.top())));
    return placed;
}

void restoreWindowGeometry(QWidget* window, const QByteArray& saved)
{
    if (!window->restoreGeometry(saved))
        return;
    QList<QRect> screens;
    if (QScreen* primary = QGuiApplication::primaryScreen())
        screens << primary->availableGeometry();
    for (QScreen* screen : QGuiApplication::screens())
        if (screen != QGuiApplication::primaryScreen())
            screens << screen->availableGeometry();
    // Placed as a normal window; maximised again afterwards, so un-maximising it later
    // does not bring back a size that does not fit.
    const Qt::WindowStates state = window->windowState();
    window->setWindowState(state & ~(Qt::WindowFullScreen | Qt::WindowMaximized));
    window->setGeometry(placeOnScreens(window->geometry(), screens, window->minimumSizeHint()));
    if (state & Qt::WindowMaximized)
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
}

void restoreSplitterState(QSplitter* splitter, const QByteArray& saved)
{
    const Qt::Orientation orientation = splitter->orientation();
    const int handleWidth = splitter->handleWidth();
    const bool opaqueResize = splitter->opaqueResize();
    const bool collapsible = splitter->childrenCollapsible();
    // Qt applies the saved sizes before the saved "collapsible" flag: with collapsing off,
    // as the app builds its splitters, a pane saved at 0 px (or less) gets its minimum size.
    if (!splitter->restoreState(saved))
        return;
    splitter->setOrientation(orientation);
    splitter->setHandleWidth(handleWidth);
    splitter->setOpaqueResize(opaqueResize);
    splitter->setChildrenCollapsible(collapsible);
}

} // namespace nb
