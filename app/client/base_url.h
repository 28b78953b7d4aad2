#pragma once
#include <QUrl>

namespace nb {

// A homeserver base URL in one canonical form, so "https://hs/", "https://hs" and
// "https://hs/?x#y" compare equal and endpoint paths can be appended to it.
// (QUrl::StripTrailingSlash keeps a lone "/".)
inline QUrl normalizedBaseUrl(const QUrl& url)
{
    QUrl base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (base.path() == QStringLiteral("/"))
        base.setPath(QString());
    return base;
}

} // namespace nb
