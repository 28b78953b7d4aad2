#include "icons.h"

#include <QApplication>
#include <QStyle>

// Q_INIT_RESOURCE must be called outside any namespace. Calling it here references the
// resource library's init symbol, so the static linker keeps the compiled icons.
static void initNoticeboardResources()
{
    Q_INIT_RESOURCE(noticeboard);
}

namespace nb::icons {

namespace {
QIcon load(const char* name, QStyle::StandardPixmap fallback)
{
    static const bool initialised = [] {
        initNoticeboardResources();
        return true;
    }();
    Q_UNUSED(initialised);
    QIcon icon(QStringLiteral(":/noticeboard/%1").arg(QLatin1String(name)));
    // Without the SVG icon engine the icon exists but renders nothing.
    if (icon.pixmap(16, 16).isNull() && qApp)
        return qApp->style()->standardIcon(fallback);
    return icon;
}
} // namespace

QIcon app()
{
    return load("app.svg", QStyle::SP_FileDialogInfoView);
}
QIcon warning()
{
    return load("warning.svg", QStyle::SP_MessageBoxWarning);
}
QIcon official()
{
    return load("official.svg", QStyle::SP_DialogApplyButton);
}
QIcon pinned()
{
    return load("pin.svg", QStyle::SP_ArrowDown);
}
QIcon usageLimit()
{
    return load("limit.svg", QStyle::SP_MessageBoxInformation);
}

} // namespace nb::icons
