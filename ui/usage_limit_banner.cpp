#include "usage_limit_banner.h"

#include "icons.h"
#include "notice/html_sanitizer.h"
#include "safe_links.h"

#include <QHBoxLayout>
#include <QLabel>

namespace nb {

UsageLimitBanner::UsageLimitBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("usageLimitBanner"));
    m_text->setObjectName(QStringLiteral("usageLimitText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(false);
    connect(m_text, &QLabel::linkActivated, this, [](const QString& link) { openSafeLink(QUrl(link)); });
    m_icon->setPixmap(icons::usageLimit().pixmap(24, 24));

    // A calm, saturated blue: it must stand out from the inbox without reading as an
    // error the user caused.
    setStyleSheet(QStringLiteral("QFrame#usageLimitBanner { background: #dcebf8; border-bottom: 2px solid #1f5f99; }"
                                 "QLabel { color: #0f2d4a; background: transparent; }"
                                 "QLabel a { color: #0b4f8a; }"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

QString UsageLimitBanner::bannerHtml(const UsageLimit& limit)
{
    QString contact;
    // The contact is linked only as what would really open: a mailto keeps its address, subject
    // and body, and the link text is that address, so the text always names the target.
    const QUrl url = safeLinkTarget(safeContactUrl(limit.adminContact));
    if (limit.adminContact.trimmed().isEmpty()) {
        contact = QStringLiteral("no contact given");
    } else if (url.isValid()) {
        // Show the address without the scheme for mailto, the full URL otherwise.
        const QString shown = url.scheme() == QStringLiteral("mailto") ? url.path(QUrl::FullyDecoded) : url.toString();
        contact = QStringLiteral("<a href=\"%1\" style=\"color:#0b4f8a;\">%2</a>")
                      .arg(escapeHtml(url.toString(QUrl::FullyEncoded)), escapeHtml(shown));
    } else {
        // Anything else (javascript:, file:, a bare word) is shown, never linked.
        contact = escapeHtml(limit.adminContact);
    }
    return QStringLiteral("<b>%1</b><br>Contact your server administrator: %2")
        .arg(escapeHtml(describeUsageLimit(limit.limitType)), contact);
}

void UsageLimitBanner::setLimit(const std::optional<UsageLimit>& limit)
{
    if (!limit) {
        hide();
        m_text->clear();
        return;
    }
    m_text->setText(bannerHtml(*limit));
    show();
}

} // namespace nb
