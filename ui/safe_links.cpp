#include "safe_links.h"

#include "notice/html_sanitizer.h"

#include <QDesktopServices>
#include <QLoggingCategory>

namespace nb {

namespace {
Q_LOGGING_CATEGORY(lcLinks, "noticeboard.ui.links")
}

bool openSafeLink(const QUrl& url)
{
    if (!url.isValid() || !isSafeLinkScheme(url.toString())) {
        qCWarning(lcLinks) << "Refused to open a link with an unsafe scheme:" << url.scheme();
        return false;
    }
    return QDesktopServices::openUrl(url);
}

} // namespace nb
