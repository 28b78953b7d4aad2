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

// Whether going from `from` to `to` (a discovery file's base URL, a redirect, a login
// answer's well_known) would leave https: what was reached encrypted must stay encrypted.
inline bool isSchemeDowngrade(const QUrl& from, const QUrl& to)
{
    return from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        && to.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0;
}

} // namespace nb
