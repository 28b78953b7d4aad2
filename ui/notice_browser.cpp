#include "notice_browser.h"

#include "icons.h"
#include "notice/html_sanitizer.h"
#include "qtmodels/notice_list_model.h"
#include "safe_links.h"

#include <QDateTime>
#include <QLocale>
#include <QTextBlock>
#include <QTextDocument>

namespace nb {

namespace {
const QString pinUrl = QStringLiteral("nb-internal:pin");

QString formatTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    // Minutes are enough for a notice; seconds (which the C locale's short format adds) are noise.
    return QLocale().toString(when, QStringLiteral("d MMM yyyy, HH:mm"));
}
} // namespace

NoticeBrowser::NoticeBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("noticeBrowser"));
    // Never let QTextBrowser follow a link itself: it would load file: or relative
    // targets into the view. Clicks come to us and pass the scheme check.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(14);
    document()->setDefaultStyleSheet(QStringLiteral(".meta { color: #5f6b76; font-size: small; }"
                                                    ".empty { color: #5f6b76; }"
                                                    ".pinned { color: #9c2b1f; font-weight: bold; font-size: small; }"
                                                    ".mine { color: #1f5f99; font-size: small; font-weight: bold; }"
                                                    "a { color: #0b57a0; }"));
    // The link opens only after the scheme check, and after the user confirms when its text
    // is not where it leads ("Click here", or an address that is not the real one).
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (openCheckedLink(this, url, anchorTexts(url)) == LinkOutcome::Refused)
            emit linkRefused(url);
    });
}

QVariant NoticeBrowser::loadResource(int type, const QUrl& name)
{
    // The pin marker is the only image shown, and it is ours (the sanitiser drops every
    // <img> of a notice, so a notice cannot ask for it).
    if (type == QTextDocument::ImageResource && name == QUrl(pinUrl))
        return icons::pinned().pixmap(14, 14).toImage();
    // The sanitiser already replaced <img> with its alt text; this is the second wall.
    ++m_refusedResources;
    return {};
}

QStringList NoticeBrowser::anchorTexts(const QUrl& url) const
{
    QStringList texts;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QString current;
        bool inside = false;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            // Adjacent fragments (a bold word inside the link) belong to the same link.
            if (format.isAnchor() && QUrl(format.anchorHref()) == url) {
                current += it.fragment().text();
                inside = true;
            } else if (inside) {
                texts << current;
                current.clear();
                inside = false;
            }
        }
        if (inside)
            texts << current;
    }
    return texts;
}

void NoticeBrowser::showNotices(const NoticeListModel& notices, const QString& emptyText)
{
    QString html;
    const int count = notices.rowCount();
    if (count == 0) {
        html = QStringLiteral("<p class=\"empty\">%1</p>").arg(escapeHtml(emptyText));
    }
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = notices.index(row);
        QString meta;
        if (index.data(NoticeListModel::PinnedRole).toBool())
            meta += QStringLiteral(
                "<img src=\"%1\" width=\"14\" height=\"14\"> <span class=\"pinned\">Pinned</span> &nbsp; ")
                        .arg(pinUrl);
        if (index.data(NoticeListModel::FromMeRole).toBool())
            meta += QStringLiteral("<span class=\"mine\">Your reply</span> &nbsp; ");
        meta += QStringLiteral("<span class=\"meta\">%1 \u00b7 %2</span>")
                    .arg(escapeHtml(index.data(NoticeListModel::SenderRole).toString()),
                        escapeHtml(formatTime(index.data(NoticeListModel::TimestampRole).toLongLong())));
        // Space, not rules, between notices: a <hr> renders as a heavy dark line here.
        html += QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:4px\">%2</p><div>%3</div>")
                    .arg(row > 0 ? 18 : 0)
                    .arg(meta, index.data(NoticeListModel::HtmlRole).toString());
    }
    setHtml(html);
}

} // namespace nb
