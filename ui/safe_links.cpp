#include "safe_links.h"

#include "display_text.h"
#include "notice/mailto.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

namespace nb {

namespace {
Q_LOGGING_CATEGORY(lcLinks, "noticeboard.ui.links")

QUrl comparable(const QUrl& url)
{
    QUrl normal = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normal.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone "/"
        normal.setPath(QString());
    return normal;
}

QString elideMiddle(const QString& text, int max)
{
    if (text.size() <= max)
        return text;
    return text.left(max / 2) + QChar(0x2026) + text.right(max / 2);
}
} // namespace

QUrl safeLinkTarget(const QUrl& url)
{
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return cleanMailto(url);
    if ((scheme == QLatin1String("https") || scheme == QLatin1String("http")) && !url.host().isEmpty())
        return url;
    return {};
}

bool linkTextShowsTarget(const QString& text, const QUrl& target)
{
    QString shown = text.trimmed();
    if (shown.isEmpty() || !target.isValid())
        return false;
    if (target.scheme() == QLatin1String("mailto")) {
        if (shown.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            shown = shown.mid(7);
        return shown.compare(target.path(QUrl::FullyDecoded), Qt::CaseInsensitive) == 0;
    }
    // "example.org/page" names https://example.org/page; the reader was shown no scheme.
    if (!shown.contains(QLatin1String("://")))
        shown = target.scheme() + QLatin1String("://") + shown;
    const QUrl candidate(shown, QUrl::StrictMode);
    return candidate.isValid() && comparable(candidate) == comparable(target);
}

QString linkConfirmationText(const QUrl& target, const QStringList& shownTexts)
{
    QString where;
    if (target.scheme() == QLatin1String("mailto")) {
        where = QCoreApplication::translate("nb::SafeLinks", "It writes an email to:\n%1")
                    .arg(target.path(QUrl::FullyDecoded));
    } else {
        const QString host = target.host(QUrl::FullyDecoded);
        const QString ascii = target.host(QUrl::EncodeUnicode);
        // An international name is shown in its ASCII form as well: lookalike letters
        // from other scripts show up there as "xn--".
        const QString hostLine = ascii == host ? host : QStringLiteral("%1 (%2)").arg(host, ascii);
        where = QCoreApplication::translate("nb::SafeLinks", "It opens a page on:\n%1\n\nFull address:\n%2")
                    .arg(hostLine, elideMiddle(target.toDisplayString(), 400));
    }
    QStringList shown;
    for (const QString& text : shownTexts)
        if (!text.trimmed().isEmpty() && !shown.contains(text.trimmed()))
            shown << QStringLiteral("\u201c%1\u201d").arg(quoted(elideMiddle(text.trimmed(), 200)));
    const QString said = shown.isEmpty()
        ? QCoreApplication::translate("nb::SafeLinks", "The link shows no text of its own.")
        : QCoreApplication::translate("nb::SafeLinks", "Its text says: %1").arg(shown.join(QStringLiteral(", ")));
    return QCoreApplication::translate("nb::SafeLinks",
        "This link does not lead where its text says.\n\n%1\n\n%2\n\nOpen it only if you trust "
        "this address.")
        .arg(where, said);
}

LinkOutcome openCheckedLink(QWidget* parent, const QUrl& url, const QStringList& shownTexts)
{
    const QUrl target = safeLinkTarget(url);
    if (target.isEmpty()) {
        qCWarning(lcLinks) << "Refused to open a link of kind" << url.scheme();
        return LinkOutcome::Refused;
    }
    const bool textsMatch = !shownTexts.isEmpty()
        && std::all_of(shownTexts.begin(), shownTexts.end(),
            [&target](const QString& text) { return linkTextShowsTarget(text, target); });
    if (textsMatch)
        return QDesktopServices::openUrl(target) ? LinkOutcome::Opened : LinkOutcome::Failed;
    // Window-modal and asynchronous (open(), not exec()): the sync keeps running.
    auto* box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("nb::SafeLinks", "Open this link?"),
        linkConfirmationText(target, shownTexts), QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("linkConfirmBox"));
    box->setTextFormat(Qt::PlainText);
    QPushButton* open =
        box->addButton(QCoreApplication::translate("nb::SafeLinks", "Open link"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openLinkButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, open, target] {
        if (box->clickedButton() == open)
            QDesktopServices::openUrl(target);
    });
    box->open();
    return LinkOutcome::Asking;
}

bool openSafeLink(const QUrl& url)
{
    const QUrl target = safeLinkTarget(url);
    if (target.isEmpty()) {
        qCWarning(lcLinks) << "Refused to open a link of kind" << url.scheme();
        return false;
    }
    return QDesktopServices::openUrl(target);
}

} // namespace nb
