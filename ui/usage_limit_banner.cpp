#include "usage_limit_banner.h"

#include "accessible_alert.h"
#include "icons.h"
#include "notice/html_sanitizer.h"
#include "safe_links.h"
#include "theme_colors.h"

#include <QEvent>

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
    m_text->setAccessibleName(tr("Usage limit")); // focusable: its contact link
    m_accountText = new QLabel(this);
    m_accountText->setObjectName(QStringLiteral("accountStateText"));
    m_accountText->setWordWrap(true);
    m_accountText->setTextFormat(Qt::RichText);
    m_accountText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_accountText->setOpenExternalLinks(false);
    // The link is written from its own target (accountStateHtml), so it opens without asking.
    connect(m_accountText, &QLabel::linkActivated, this, [](const QString& link) { openSafeLink(QUrl(link)); });
    m_accountText->hide();
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(false);
    connect(m_text, &QLabel::linkActivated, this, [](const QString& link) { openSafeLink(QUrl(link)); });
    m_icon->setPixmap(icons::usageLimit().pixmap(24, 24));

    applyColors();
    markAsAccessibleAlert(this); // a screen reader hears it when it appears (setLimit)

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(8);
    texts->addWidget(m_accountText);
    texts->addWidget(m_text);
    layout->addLayout(texts, 1);
    hide();
}

QString UsageLimitBanner::bannerHtml(const UsageLimit& limit)
{
    QString contact;
    // The contact is linked only as what would really open: a mailto keeps its address, subject
    // and body, and the link text is that address, so the text always names the target.
    const QUrl url = safeLinkTarget(safeContactUrl(limit.adminContact));
    if (limit.adminContact.trimmed().isEmpty()) {
        contact = tr("no contact given");
    } else if (url.isValid()) {
        // Show the address without the scheme for mailto, the full URL otherwise.
        const QString shown = url.scheme() == QStringLiteral("mailto") ? url.path(QUrl::FullyDecoded) : url.toString();
        contact = QStringLiteral("<a href=\"%1\">%2</a>") // coloured by theme::withLinkColor
                      .arg(escapeHtml(url.toString(QUrl::FullyEncoded)), escapeHtml(shown));
    } else {
        // Anything else (javascript:, file:, a bare word) is shown, never linked.
        contact = escapeHtml(limit.adminContact);
    }
    // The sentence in the user's language; the contact is the server's, never translated.
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(escapeHtml(describeUsageLimit(limit.limitType, TextLanguage::User)),
            tr("Contact your server administrator: %1").arg(contact));
}

QString UsageLimitBanner::accountStateHtml(
    const AccountState& state, const QStringList& supportAdmins, const QUrl& homeserver)
{
    QString html = QStringLiteral("<b>%1</b><br>%2")
                       .arg(escapeHtml(describeAccountState(state, TextLanguage::User)),
                           escapeHtml(accountStateAdvice(state, TextLanguage::User)));
    if (state.kind == AccountState::Kind::ConsentNotGiven) {
        const QUrl terms = safeLinkTarget(safeConsentUrl(state.consentUri, homeserver));
        if (terms.isValid() && !terms.isEmpty()) {
            const QString address = terms.toString(QUrl::FullyEncoded);
            html += QStringLiteral("<br>")
                + tr("Terms of service: %1")
                      .arg(QStringLiteral("<a href=\"%1\">%2</a>").arg(escapeHtml(address), escapeHtml(address)));
        } else {
            html += QStringLiteral("<br>")
                + tr("The server gave no safe address for its terms; ask its administrators for them.").toHtmlEscaped();
        }
    }
    if (!supportAdmins.isEmpty())
        html += QStringLiteral("<br>")
            + tr("Your server's administrators: %1").arg(escapeHtml(supportAdmins.join(QStringLiteral(", "))));
    return html;
}

void UsageLimitBanner::setAccountState(
    const std::optional<AccountState>& state, const QStringList& supportAdmins, const QUrl& homeserver)
{
    m_hasAccountState = state.has_value();
    if (!state) {
        m_accountText->clear();
        m_accountText->hide();
        if (m_text->isHidden())
            hide();
        return;
    }
    m_accountText->setText(theme::withLinkColor(
        accountStateHtml(*state, supportAdmins, homeserver), theme::infoBox(theme::themePaletteFor(this)).link));
    m_accountText->show();
    if (m_text->text().isEmpty())
        m_text->hide();
    const QString said = describeAccountState(*state, TextLanguage::User);
    const bool changed = accessibleName() != said || isHidden();
    setAccessibleName(said);
    show();
    if (changed)
        announceAlert(this); // a screen reader hears "terms to accept", "suspended", as it appears
}

void UsageLimitBanner::setLimit(const std::optional<UsageLimit>& limit)
{
    if (!limit) {
        m_text->clear();
        m_text->hide();
        if (!m_hasAccountState)
            hide();
        return;
    }
    m_text->setText(theme::withLinkColor(bannerHtml(*limit), theme::infoBox(theme::themePaletteFor(this)).link));
    m_text->show();
    const bool appeared = isHidden();
    show();
    setAccessibleName(describeUsageLimit(limit->limitType, TextLanguage::User));
    setAccessibleDescription(
        tr("Contact your server administrator: %1")
            .arg(limit->adminContact.trimmed().isEmpty() ? tr("no contact given") : limit->adminContact.trimmed()));
    if (appeared)
        announceAlert(this);
}

void UsageLimitBanner::applyColors()
{
    // A calm, saturated blue (light or dark, by the theme): it must stand out from the
    // inbox without reading as an error the user caused.
    const theme::BoxColors box = theme::infoBox(theme::themePaletteFor(this));
    theme::applyBoxPalette(this, box);
    // Rich text takes its link colour when the text is set, not from the palette later.
    for (QLabel* label : findChildren<QLabel*>())
        if (!label->text().isEmpty())
            label->setText(theme::withLinkColor(label->text(), box.link));
}

void UsageLimitBanner::paintEvent(QPaintEvent*)
{
    theme::paintBox(this, theme::infoBox(theme::themePaletteFor(this)), 2, true);
}

void UsageLimitBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColors) {
        m_applyingColors = true; // setting our palette is a palette change too
        applyColors();
        m_applyingColors = false;
    }
}

} // namespace nb
