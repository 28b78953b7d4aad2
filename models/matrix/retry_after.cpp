#include "matrix/retry_after.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace nb {

namespace {
// Longer than any retry is worth waiting for; keeps absurd values from overflowing.
constexpr qint64 kMaxSeconds = 24 * 3600;
} // namespace

std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // delay-seconds: 1*DIGIT. No sign, no fraction.
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (text.size() > 9)
            return kMaxSeconds * 1000;
        return qMin(text.toLongLong(), kMaxSeconds) * 1000;
    }
    // HTTP-date in its preferred form, IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    // Parsed with the C locale: day and month names are English whatever the user's locale.
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    const qint64 ms = now.msecsTo(QDateTime(when.date(), when.time(), QTimeZone::utc()));
    return qBound<qint64>(0, ms, kMaxSeconds * 1000);
}

} // namespace nb
