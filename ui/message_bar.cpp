#include "message_bar.h"

#include "display_text.h"
#include "icons.h"
#include "notice/html_sanitizer.h"
#include "safe_links.h"
#include "theme_colors.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>

namespace nb {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_label->setObjectName(QStringLiteral("messageBarText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // Links go through the scheme check, never straight to the desktop.
    m_label->setOpenExternalLinks(false);
    connect(m_label, &QLabel::linkActivated, this, [](const QString& link) { openSafeLink(QUrl(link)); });

    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u00d7"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss")); // its text, "\u00d7", says nothing aloud
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    // Line breaks stay line breaks (rich text would fold them into spaces).
    showRichMessage(kind, escapeHtml(unixLineBreaks(text)).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

void MessageBar::showRichMessage(Kind kind, const QString& html)
{
    applyKind(kind);
    m_label->setText(html);
    show();
}

QString MessageBar::text() const
{
    // Tests and accessibility want the words, not the markup.
    return QTextDocumentFragment::fromHtml(m_label->text()).toPlainText();
}

void MessageBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyKind(m_kind);
}

theme::BoxColors MessageBar::boxColors() const
{
    const QPalette pal = theme::themePaletteFor(this);
    return m_kind == Kind::Error ? theme::errorBox(pal) : theme::officialBox(pal);
}

void MessageBar::paintEvent(QPaintEvent*)
{
    theme::paintBox(this, boxColors(), 1, false);
}

void MessageBar::applyKind(Kind kind)
{
    m_kind = kind;
    const bool error = kind == Kind::Error;
    // Soft tints with text checked for contrast, a light or a dark set by the theme
    // (theme_colors.h), painted by paintEvent.
    m_applyingColors = true; // setting our palette is a palette change too
    theme::applyBoxPalette(this, boxColors());
    m_applyingColors = false;
    update();
    const QIcon icon = error ? icons::warning() : qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    m_icon->setPixmap(icon.pixmap(18, 18));
}

} // namespace nb
