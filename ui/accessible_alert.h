#pragma once
// A widget that a screen reader treats as an alert (role AlertMessage) and that is
// announced when it appears: Qt 6.4 widgets have no way to set their accessible role, so
// a small accessibility factory gives marked widgets a QAccessibleWidget with that role.
class QAccessibleEvent;
class QWidget;

namespace nb {

// Call once, in the widget's constructor (before anything asks for its interface).
void markAsAccessibleAlert(QWidget* widget);
// Raises QAccessible::Alert for the widget: screen readers read its accessible name and
// description out. Call after it is shown, and whenever what it says changes.
void announceAlert(QWidget* widget);

// Qt passes accessibility events on only while an assistive technology is active, which
// never happens on the offscreen platform the tests run on; the event is also handed to
// this observer (tests install one). Null: none.
using AlertObserver = void (*)(QAccessibleEvent* event);
void setAlertObserver(AlertObserver observer);

} // namespace nb
