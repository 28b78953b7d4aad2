// What a keyboard or screen-reader user meets in a window, as the GUI tests check it:
// every control that takes focus has an accessible name, and Tab reaches every such
// control and comes back round, with no control that keeps Tab for itself.
#pragma once

#include <QStringList>

class QWidget;

namespace nb::guitest {

// Controls on show in `root` (through its QAccessible tree) that take focus but would be
// announced without a name, described as "Class objectName (role N)". `focusableSeen`
// gets how many focusable controls there were (so an empty tree cannot pass).
QStringList unnamedFocusableControls(QWidget* root, int* focusableSeen = nullptr);

struct TabWalk {
    QStringList unreached; // visible, enabled controls that take Tab focus but Tab never got to
    QString keptTab; // the control that kept focus when Tab was pressed (a focus trap); empty if none
    // Lists and tables where Tab moves from cell to cell (Qt's default for tables): with
    // many rows, Tab never seems to leave them. Arrow keys move inside a view.
    QStringList walksCells;
    bool cameBack = false; // Tab went round and returned to where it started
    int steps = 0;
    QStringList path; // where each Tab went, for failure messages
};

// Gives the first Tab-focusable control on show in `window` the focus, then presses Tab
// until focus is back there (or a bound is hit). `window` must be a top-level window.
TabWalk walkTabOrder(QWidget* window);

// One line for a failure message.
QString describe(const TabWalk& walk);

} // namespace nb::guitest
