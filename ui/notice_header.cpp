#include "notice_header.h"

#include "display_text.h"
#include "icons.h"
#include "qtmodels/notice_room_list_model.h"
#include "theme_colors.h"

#include <QEvent>

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace nb {

NoticeHeader::NoticeHeader(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_topic(new QLabel(this))
    , m_badge(new QFrame(this))
    , m_badgeIcon(new QLabel(m_badge))
    , m_badgeText(new QLabel(m_badge))
{
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    m_topic->setObjectName(QStringLiteral("noticeTopic"));
    m_badge->setObjectName(QStringLiteral("trustBadge"));
    m_badgeText->setObjectName(QStringLiteral("trustBadgeText"));

    // Names and topics come from the server: never interpret them as markup.
    m_title->setTextFormat(Qt::PlainText);
    m_topic->setTextFormat(Qt::PlainText);
    m_badgeText->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_topic->setWordWrap(true);
    m_badgeText->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topic->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont topicFont = font();
    topicFont.setPointSizeF(font().pointSizeF() * 1.12);
    m_topic->setFont(topicFont);

    auto* badgeLayout = new QHBoxLayout(m_badge);
    badgeLayout->setContentsMargins(10, 7, 10, 7);
    badgeLayout->setSpacing(8);
    badgeLayout->addWidget(m_badgeIcon, 0, Qt::AlignTop);
    badgeLayout->addWidget(m_badgeText, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_topic);
    layout->addSpacing(2);
    layout->addWidget(m_badge);
}

QString NoticeHeader::officialText(const QString& serverName)
{
    return serverName.isEmpty() ? tr("Official notice from your server")
                                : tr("Official notice from your server (%1)").arg(serverName);
}

QString NoticeHeader::unverifiedText(const QString& reason)
{
    QString text = tr("Not verified as sent by your server.");
    if (!reason.isEmpty())
        text += QLatin1Char(' ') + reason;
    return text + tr(" Treat links and requests in it with suspicion.");
}

QString NoticeHeader::shortened(const QString& text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return text.left(cut) + QChar(0x2026);
}

void NoticeHeader::setRoom(const NoticeRoom& room, const QString& serverName)
{
    const QString name = displayNameOf(room);
    m_title->setText(shortened(name, maxTitleChars));
    m_title->setToolTip(name.size() > maxTitleChars ? plainToolTip(name) : QString());
    m_topic->setText(shortened(room.topic, maxTopicChars));
    m_topic->setToolTip(room.topic.size() > maxTopicChars ? plainToolTip(room.topic) : QString());
    m_topic->setVisible(!room.topic.isEmpty());
    const bool official = room.trust == Trust::Official;
    m_official = official;
    styleBadge();
    if (official) {
        m_badgeIcon->setPixmap(icons::official().pixmap(18, 18));
        m_badgeText->setText(officialText(serverName));
    } else {
        m_badgeIcon->setPixmap(icons::warning().pixmap(22, 22));
        m_badgeText->setText(unverifiedText(shownTrustReason(room)));
    }
    // What a screen reader says for the badge (the icon alone says nothing).
    m_badge->setAccessibleName(official ? tr("Official") : tr("Unverified"));
    m_badge->setAccessibleDescription(m_badgeText->text());
    QFont badgeFont = font();
    badgeFont.setBold(!official);
    m_badgeText->setFont(badgeFont);
    m_badge->show();
}

void NoticeHeader::styleBadge()
{
    // Colours from the palette's light or dark set (theme_colors.h), each pair checked for
    // contrast. Official: a quiet green badge, reassurance, not decoration. Unverified: a
    // clear warning box, the phishing defence, which must not be missed.
    const theme::BoxColors box = m_official ? theme::officialBox(palette()) : theme::warningBox(palette());
    m_badge->setStyleSheet(
        QStringLiteral("QFrame#trustBadge { background: %1; border: %4px solid %2; border-radius: 4px; }"
                       "QLabel { color: %3; background: transparent; border: none; }")
            .arg(box.background.name(), box.border.name(), box.text.name())
            .arg(m_official ? 1 : 2));
}

void NoticeHeader::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_badge->isHidden())
        styleBadge();
}

void NoticeHeader::clear()
{
    m_title->clear();
    m_topic->clear();
    m_topic->hide();
    m_badge->hide();
}

} // namespace nb
