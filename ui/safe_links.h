#pragma once
// The one place where the app hands a URL to the desktop. Notices come from a server
// and may be hostile, so only safe schemes (https, http, mailto, matrix.to) are opened.
#include <QUrl>

namespace nb {

// Opens the link when its scheme is safe; returns whether it did.
bool openSafeLink(const QUrl& url);

} // namespace nb
