#include "notice/usage_limit.h"
#include "matrix/matrix_error.h"
#include "notice/mailto.h"

#include <QCoreApplication>

namespace nb {

std::optional<UsageLimit> usageLimitFromError(const MatrixError& error)
{
    if (!error.isResourceLimit())
        return std::nullopt;
    UsageLimit limit;
    limit.source = UsageLimit::Source::Error;
    limit.limitType = error.limitType.value_or(QString());
    limit.adminContact = error.adminContact.value_or(QString());
    return limit;
}

QString describeUsageLimit(const QString& limitType, TextLanguage language)
{
    constexpr const char* context = "nb::UsageLimit";
    if (limitType == QStringLiteral("monthly_active_user"))
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::UsageLimit",
                "Your server has reached its limit of monthly active users. "
                "New sign-ins and some actions are refused until an administrator raises the limit."));
    if (limitType == QStringLiteral("hs_disabled"))
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::UsageLimit",
                "Your server has been disabled by its administrator. "
                "Sign-ins and most actions are refused until it is enabled again."));
    return textIn(language, context,
        QT_TRANSLATE_NOOP("nb::UsageLimit",
            "Your server has reached a usage limit and is refusing some requests. "
            "Contact its administrator for help."));
}

QUrl safeContactUrl(const QString& adminContact)
{
    const QUrl url(adminContact.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("mailto"))
        return cleanMailto(url);
    if (scheme == QStringLiteral("https") && !url.host().isEmpty())
        return url;
    return {};
}

QString usageLimitSourceName(UsageLimit::Source source)
{
    return source == UsageLimit::Source::Error ? QStringLiteral("error") : QStringLiteral("pinned_notice");
}

} // namespace nb
