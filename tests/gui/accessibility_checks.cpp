#include "accessibility_checks.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QSet>
#include <QTest>
#include <QWidget>
#include <algorithm>
#include <vector>

namespace nb::guitest {

namespace {

void walk(QAccessibleInterface* iface, std::vector<QAccessibleInterface*>& out, int depth = 0)
{
    if (!iface || depth > 40)
        return;
    out.push_back(iface);
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), out, depth + 1);
}

QString nameOf(const QObject* object)
{
    if (!object)
        return QStringLiteral("?");
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(object->metaObject()->className()), object->objectName());
}

// What Tab should stop at: shown, enabled, taking Tab focus, in this window, and not
// handing its focus to another widget (that one is counted instead).
std::vector<QWidget*> tabStops(QWidget* window)
{
    std::vector<QWidget*> stops;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->window() != window || !widget->isVisible() || !widget->isEnabled() || widget->focusProxy())
            continue;
        if (!(widget->focusPolicy() & Qt::TabFocus))
            continue;
        stops.push_back(widget);
    }
    return stops;
}

// Tab stops at one button of an exclusive group (the checked one); the arrow keys move
// between them. So a radio button counts as reached when a button of its group was.
bool radioGroupReached(QWidget* stop, const QSet<QWidget*>& reached)
{
    const auto* radio = qobject_cast<QRadioButton*>(stop);
    if (!radio || !radio->autoExclusive())
        return false;
    if (radio->group()) {
        for (QAbstractButton* other : radio->group()->buttons())
            if (reached.contains(other))
                return true;
        return false;
    }
    for (QRadioButton* other : radio->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly))
        if (reached.contains(other))
            return true;
    return false;
}

} // namespace

QStringList unnamedFocusableControls(QWidget* root, int* focusableSeen)
{
    std::vector<QAccessibleInterface*> all;
    walk(QAccessible::queryAccessibleInterface(root), all);
    QStringList unnamed;
    int focusable = 0;
    for (QAccessibleInterface* iface : all) {
        const QAccessible::State state = iface->state();
        if (!state.focusable || state.invisible || state.offscreen)
            continue;
        // An empty label (a status line with nothing to say yet) is not a control: a
        // screen reader reads a label's text as its name, and there is none to read.
        if (const auto* label = qobject_cast<const QLabel*>(iface->object()); label && label->text().isEmpty())
            continue;
        ++focusable;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (role %2)").arg(nameOf(iface->object())).arg(int(iface->role()));
    }
    if (focusableSeen)
        *focusableSeen = focusable;
    return unnamed;
}

TabWalk walkTabOrder(QWidget* window)
{
    TabWalk result;
    // Keys go to the active window's focus widget: make `window` the active one (under
    // the offscreen platform a dialog opened over its parent does not become active).
    window->raise();
    window->activateWindow();
    if (!QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 2000))
        QApplication::setActiveWindow(window);
    if (QApplication::activeWindow() != window) {
        result.keptTab = QStringLiteral("(the window never became active)");
        return result;
    }
    const std::vector<QWidget*> stops = tabStops(window);
    if (stops.empty())
        return result;
    // Start where the window's own focus chain starts.
    QWidget* first = stops.front();
    for (QWidget* candidate = window->nextInFocusChain(); candidate && candidate != window;
         candidate = candidate->nextInFocusChain())
        if (std::find(stops.begin(), stops.end(), candidate) != stops.end()) {
            first = candidate;
            break;
        }
    first->setFocus(Qt::TabFocusReason);
    QSet<QWidget*> reached;
    QWidget* current = QApplication::focusWidget();
    const int bound = int(stops.size()) * 2 + 10;
    for (result.steps = 0; result.steps < bound && current; ++result.steps) {
        for (QWidget* w = current; w && w != window; w = w->parentWidget())
            reached.insert(w);
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        result.path << nameOf(next);
        if (next == current) {
            result.keptTab = nameOf(current);
            break;
        }
        current = next;
        if (current == first) {
            result.cameBack = true;
            ++result.steps;
            break;
        }
    }
    for (QWidget* stop : stops)
        if (const auto* view = qobject_cast<const QAbstractItemView*>(stop); view && view->tabKeyNavigation())
            result.walksCells << nameOf(stop);
    for (QWidget* stop : stops)
        if (!reached.contains(stop) && !radioGroupReached(stop, reached))
            result.unreached << nameOf(stop);
    return result;
}

QString describe(const TabWalk& walk)
{
    return QStringLiteral("after %1 Tabs: came back %2; kept Tab: %3; walk cells with Tab: %4; never reached: %5; "
                          "went: %6")
        .arg(walk.steps)
        .arg(walk.cameBack ? QStringLiteral("yes") : QStringLiteral("no"),
            walk.keptTab.isEmpty() ? QStringLiteral("none") : walk.keptTab,
            walk.walksCells.isEmpty() ? QStringLiteral("none") : walk.walksCells.join(QStringLiteral(", ")),
            walk.unreached.isEmpty() ? QStringLiteral("none") : walk.unreached.join(QStringLiteral(", ")),
            walk.path.join(QStringLiteral(" > ")));
}

} // namespace nb::guitest
