#include "notice_view.h"

#include "display_text.h"
#include "message_bar.h"
#include "notice_browser.h"
#include "notice_header.h"
#include "qtmodels/notice_list_model.h"
#include "qtmodels/notice_room_list_model.h"
#include "reply_box.h"
#include "room_actions.h"
#include "service/notice_service.h"

#include "matrix/user_id.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nb {

namespace {
QPushButton* makeButton(const QString& text, const QString& objectName, const QString& tip, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    return button;
}
} // namespace

NoticeView::NoticeView(NoticeService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_pages(new QStackedWidget(this))
    , m_header(new NoticeHeader(this))
    , m_messageBar(new MessageBar(this))
    , m_notices(new NoticeListModel(this))
    , m_browser(new NoticeBrowser(this))
    , m_actionRow(new QWidget(this))
    , m_open(makeButton(
          tr("Open notice"), QStringLiteral("openNoticeButton"), tr("Read this notice from your server"), this))
    , m_accept(makeButton(tr("Accept"), QStringLiteral("acceptButton"),
          tr("Join this room. It is not verified as coming from your server."), this))
    , m_reject(makeButton(tr("Reject"), QStringLiteral("rejectButton"),
          tr("Decline this invitation; the room leaves your inbox"), this))
    , m_archive(makeButton(tr("Archive"), QStringLiteral("archiveButton"), tr("Move this notice to Archived"), this))
    , m_forget(makeButton(tr("Delete"), QStringLiteral("deleteButton"),
          tr("Remove this archived notice from your inbox for good"), this))
    , m_reply(new ReplyBox(this))
{
    setObjectName(QStringLiteral("noticeView"));
    m_messageBar->setObjectName(QStringLiteral("noticeMessageBar"));
    m_open->setDefault(true);

    m_placeholder = new QLabel(tr("Select a notice on the left to read it."), m_pages);
    m_placeholder->setObjectName(QStringLiteral("noticePlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    auto* actions = new QHBoxLayout(m_actionRow);
    actions->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : {m_open, m_accept, m_reject, m_archive, m_forget})
        actions->addWidget(button);
    actions->addStretch(1);

    auto* page = new QWidget(m_pages);
    auto* bottom = new QVBoxLayout;
    bottom->setContentsMargins(16, 8, 16, 14);
    bottom->setSpacing(8);
    bottom->addWidget(m_actionRow);
    bottom->addWidget(m_reply);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_header);
    auto* barHolder = new QVBoxLayout;
    barHolder->setContentsMargins(16, 4, 16, 4);
    barHolder->addWidget(m_messageBar);
    pageLayout->addLayout(barHolder);
    pageLayout->addWidget(m_browser, 1);
    pageLayout->addLayout(bottom);

    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_open, &QPushButton::clicked, this, [this] { run(Action::Open); });
    connect(m_accept, &QPushButton::clicked, this, [this] { run(Action::Accept); });
    connect(m_reject, &QPushButton::clicked, this, [this] { run(Action::Reject); });
    connect(m_archive, &QPushButton::clicked, this, [this] { run(Action::Archive); });
    connect(m_forget, &QPushButton::clicked, this, &NoticeView::confirmForget);
    connect(m_reply, &ReplyBox::sendRequested, this, &NoticeView::sendReply);
    connect(m_browser, &NoticeBrowser::olderNoticesRequested, this, [this] {
        if (m_room)
            m_service.loadOlderNotices(m_room->roomId);
    });
    connect(m_browser, &NoticeBrowser::linkRefused, this, [this](const QUrl& url) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
            tr("This link was not opened because its kind (%1:) can be unsafe.").arg(url.scheme()));
    });
    setRoom(std::nullopt);
}

void NoticeView::setAvatarCache(AvatarCache* avatars)
{
    m_browser->setAvatarCache(avatars);
}

void NoticeView::setPlaceholderText(const QString& text)
{
    m_placeholder->setText(text);
}

void NoticeView::setRoom(const std::optional<NoticeRoom>& room)
{
    const bool roomChanged = roomId() != (room ? room->roomId : QString());
    const bool membershipChanged = !roomChanged && room && m_room && room->membership != m_room->membership;
    const bool grew = !roomChanged && room && m_room && room->notices.size() > m_room->notices.size();
    if (roomChanged)
        m_messageBar->hide(); // an error about another room would mislead
    m_room = room;
    if (!m_room) {
        m_notices->setNotices({}, {});
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    m_header->setRoom(*m_room, serverNameOf(m_service.userId()));

    // Keep the reading position on a refresh of the same room, unless the user was at
    // the end: then follow new notices.
    QScrollBar* bar = m_browser->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int position = bar->value();
    m_notices->setNotices(m_room->roomId, m_room->notices);
    NoticePage page;
    page.emptyText = tr("There are no messages in this notice yet.");
    if (m_room->membership == Membership::Invite)
        page.emptyText = m_room->trust == Trust::Official
            ? tr("Open the notice to read it.")
            : tr("Accept the invitation to read its messages, or reject it if you do not trust it.");
    page.official = m_room->trust == Trust::Official;
    page.hasOlder = m_room->hasOlder;
    page.loadingHistory = m_room->loadingHistory;
    page.room = &*m_room;
    m_browser->showNotices(*m_notices, page);
    if (roomChanged)
        bar->setValue(m_room->membership == Membership::Invite ? 0 : bar->maximum());
    else
        bar->setValue(atEnd ? bar->maximum() : position);

    updateButtons();
    maybeMarkRead(roomChanged, membershipChanged, grew);
}

bool NoticeView::showNotice(const QString& eventId)
{
    return m_room && m_browser->scrollToNotice(eventId);
}

bool NoticeView::startReply()
{
    if (!m_room || !offeredActions(*m_room).reply)
        return false;
    m_reply->focusEdit();
    return true;
}

bool NoticeView::archiveCurrent()
{
    if (!m_room || m_busy || !offeredActions(*m_room).archive)
        return false;
    run(Action::Archive);
    return true;
}

void NoticeView::updateButtons()
{
    const OfferedActions offered = m_room ? offeredActions(*m_room) : OfferedActions {};
    m_open->setVisible(offered.open);
    m_accept->setVisible(offered.accept);
    m_reject->setVisible(offered.reject);
    m_archive->setVisible(offered.archive);
    m_forget->setVisible(offered.forget);
    m_actionRow->setVisible(offered.open || offered.accept || offered.reject || offered.archive || offered.forget);
    m_reply->setVisible(offered.reply);
    for (QPushButton* button : {m_open, m_accept, m_reject, m_archive, m_forget})
        button->setEnabled(!m_busy);
    m_reply->setBusy(m_busy);
}

void NoticeView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void NoticeView::finishAction(const ActionResult& result, bool showSuccess)
{
    setBusy(false);
    if (!result.ok())
        m_messageBar->showMessage(MessageBar::Kind::Error, result.message);
    else if (showSuccess && !result.message.isEmpty())
        m_messageBar->showMessage(MessageBar::Kind::Info, result.message);
    else
        m_messageBar->hide();
}

void NoticeView::run(Action action)
{
    if (!m_room || m_busy)
        return;
    const QString id = m_room->roomId;
    setBusy(true);
    m_messageBar->hide();
    // The view may be gone (window closed, logged out) when the server answers.
    QPointer<NoticeView> self(this);
    auto done = [self, action](ActionResult result) {
        if (self)
            self->finishAction(
                result, action == Action::Archive || action == Action::Reject || action == Action::Forget);
    };
    switch (action) {
    case Action::Open:
    case Action::Accept:
        m_service.accept(id, done);
        break;
    case Action::Reject:
        m_service.reject(id, done);
        break;
    case Action::Archive:
        m_service.archive(id, done);
        break;
    case Action::Forget:
        m_service.forget(id, done);
        break;
    }
}

void NoticeView::confirmForget()
{
    if (!m_room)
        return;
    // Window-modal and asynchronous (open(), not exec()): the sync keeps running and
    // tests can answer it like a person would.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete notice"),
        tr("Delete \u201c%1\u201d? It is removed from your inbox for good "
           "and cannot be brought back.")
            .arg(quoted(displayNameOf(*m_room))),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setTextFormat(Qt::PlainText); // the room names itself: never markup
    QPushButton* remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_room->roomId;
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove && roomId() == id)
            run(Action::Forget);
    });
    box->open();
}

void NoticeView::sendReply(const QString& text)
{
    if (!m_room || m_busy)
        return;
    setBusy(true);
    QPointer<NoticeView> self(this);
    m_service.reply(m_room->roomId, text, [self](ActionResult result) {
        if (!self)
            return;
        if (result.ok())
            self->m_reply->clear(); // kept on failure, so nothing typed is lost
        self->finishAction(result, false);
    });
}

void NoticeView::maybeMarkRead(bool roomChanged, bool membershipChanged, bool grew)
{
    if (!m_room || m_room->membership != Membership::Join || m_markingReadRoom == m_room->roomId)
        return;
    // Opening a room is reading it; a notice arriving counts only while the user can see it.
    const bool visible = roomChanged || membershipChanged || (grew && window()->isActiveWindow());
    if (!visible || m_room->notices.empty() || m_room->readUpTo == m_room->notices.back().eventId)
        return;
    m_markingReadRoom = m_room->roomId;
    QPointer<NoticeView> self(this);
    m_service.markRead(m_room->roomId, [self](ActionResult result) {
        if (!self)
            return;
        self->m_markingReadRoom.clear();
        // A failed receipt is not worth interrupting the reader; the next visit retries.
        Q_UNUSED(result);
    });
}

} // namespace nb
