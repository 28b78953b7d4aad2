#include "notice/mailto.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

namespace nb {

namespace {
// One plain address: no spaces or control characters, nothing a mail program could read
// as a header (?, &, =), a list (, ;) or a display name (<, >, quotes, parentheses).
bool isPlainAddress(const QString& address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^\\s\\p{Cc}@<>\"'?&=#,;()\\\\/]+@[^\\s\\p{Cc}@<>\"'?&=#,;()\\\\/]+$"));
    return pattern.match(address).hasMatch();
}

QStringList mailtoAddresses(const QUrl& url)
{
    QStringList addresses;
    const QStringList parts = url.path(QUrl::FullyDecoded).split(QLatin1Char(','));
    for (const QString& part : parts) {
        const QString address = part.trimmed();
        if (!isPlainAddress(address))
            return {};
        addresses << address;
    }
    return addresses;
}

// A subject is one header line: a line break in it could start another header.
QString singleLine(QString text)
{
    for (QChar& c : text)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029)
            || c == QChar(0x0085) || c == QChar(0x000B) || c == QChar(0x000C))
            c = QLatin1Char(' ');
    return text;
}
} // namespace

// RFC 6068: header names are case-insensitive; the first subject and the first body win.
QUrl cleanMailto(const QUrl& url)
{
    if (url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) != 0)
        return {};
    const QStringList addresses = mailtoAddresses(url);
    if (addresses.isEmpty())
        return {};
    QString subject, body;
    bool haveSubject = false, haveBody = false;
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        const QString name = key.toLower();
        if (name == QLatin1String("subject") && !haveSubject) {
            subject = singleLine(value);
            haveSubject = true;
        } else if (name == QLatin1String("body") && !haveBody) {
            body = value;
            haveBody = true;
        }
    }
    QStringList kept;
    if (haveSubject)
        kept << QStringLiteral("subject=") + QString::fromLatin1(QUrl::toPercentEncoding(subject));
    if (haveBody)
        kept << QStringLiteral("body=") + QString::fromLatin1(QUrl::toPercentEncoding(body));
    QUrl clean;
    clean.setScheme(QStringLiteral("mailto"));
    clean.setPath(addresses.join(QLatin1Char(',')));
    if (!kept.isEmpty())
        clean.setQuery(kept.join(QLatin1Char('&')), QUrl::StrictMode);
    return clean;
}

} // namespace nb
