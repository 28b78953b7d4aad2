#include "accessible_alert.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QVariant>
#include <QWidget>

namespace nb {

namespace {
constexpr const char* alertProperty = "nbAccessibleAlert";
AlertObserver g_observer = nullptr;

QAccessibleInterface* alertFactory(const QString&, QObject* object)
{
    if (object && object->isWidgetType() && object->property(alertProperty).toBool())
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::AlertMessage);
    return nullptr;
}
} // namespace

void markAsAccessibleAlert(QWidget* widget)
{
    static const bool installed = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(installed);
    widget->setProperty(alertProperty, true);
}

void announceAlert(QWidget* widget)
{
    QAccessibleEvent event(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    if (g_observer)
        g_observer(&event);
}

void setAlertObserver(AlertObserver observer)
{
    g_observer = observer;
}

} // namespace nb
