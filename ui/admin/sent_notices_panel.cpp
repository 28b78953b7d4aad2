#include "sent_notices_panel.h"

#include "admin/admin_service.h"
#include "ui/display_text.h"
#include "ui/icons.h"
#include "ui/message_bar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace nb {

namespace {
constexpr int EventIdRole = Qt::UserRole + 2;

QString membershipText(const QString& membership)
{
    const QString word = membershipWord(membership);
    if (!word.isEmpty())
        return word;
    return membership == QLatin1String("ban") ? QStringLiteral("banned")
                                              : QCoreApplication::translate("nb::SentNoticesPanel", "not a member");
}
} // namespace

SentNoticesPanel::SentNoticesPanel(AdminService& admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_messages(new MessageBar(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_allow(new QPushButton(tr("Allow archiving"), this))
    , m_deny(new QPushButton(tr("Deny archiving"), this))
    , m_roomTitle(new QLabel(this))
    , m_history(new QListWidget(this))
    , m_pin(new QPushButton(icons::pinned(), tr("Pin"), this))
    , m_unpin(new QPushButton(tr("Unpin"), this))
    , m_reply(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send reply"), this))
{
    setObjectName(QStringLiteral("sentNoticesPanel"));
    m_messages->setObjectName(QStringLiteral("sentMessages"));
    m_table->setObjectName(QStringLiteral("sentRoomsTable"));
    m_refresh->setObjectName(QStringLiteral("refreshSentButton"));
    m_allow->setObjectName(QStringLiteral("allowArchivingButton"));
    m_deny->setObjectName(QStringLiteral("denyArchivingButton"));
    m_roomTitle->setObjectName(QStringLiteral("sentRoomTitle"));
    m_history->setObjectName(QStringLiteral("sentHistoryList"));
    m_history->setAccessibleName(tr("Messages in the selected notice room"));
    m_table->setAccessibleName(tr("Notice rooms you created"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move between rows
    m_pin->setObjectName(QStringLiteral("pinButton"));
    m_unpin->setObjectName(QStringLiteral("unpinButton"));
    m_reply->setObjectName(QStringLiteral("adminReplyEdit"));
    m_reply->setAccessibleName(tr("Reply to the recipient"));
    m_reply->setTabChangesFocus(true);
    m_send->setObjectName(QStringLiteral("adminReplyButton"));

    m_model->setHorizontalHeaderLabels(
        {tr("Recipient"), tr("Membership"), tr("Read"), tr("Replies"), tr("Leave rule"), tr("Room name")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The short columns fit their words; recipient and room name share what is left, so
    // nothing needs a horizontal scroll bar at the default size.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RecipientColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_roomTitle->setTextFormat(Qt::RichText); // for the bold recipient; everything quoted is escaped
    m_roomTitle->setWordWrap(true);
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_reply->setPlaceholderText(tr("Answer the recipient in this room (plain text)"));
    m_reply->setMaximumHeight(70);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_refresh);
    listButtons->addStretch();
    listButtons->addWidget(m_allow);
    listButtons->addWidget(m_deny);
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_table, 1);

    auto* roomBox = new QGroupBox(tr("Selected room"), this);
    auto* roomLayout = new QVBoxLayout(roomBox);
    auto* pinRow = new QHBoxLayout;
    pinRow->addWidget(m_roomTitle, 1);
    pinRow->addWidget(m_pin);
    pinRow->addWidget(m_unpin);
    roomLayout->addLayout(pinRow);
    roomLayout->addWidget(m_history, 1);
    auto* replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_send, 0, Qt::AlignBottom);
    roomLayout->addLayout(replyRow);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("sentNoticesSplitter")); // remembered by name (MainWindow)
    split->setChildrenCollapsible(false); // a pane dragged shut looks like a missing one
    split->addWidget(listSide);
    split->addWidget(roomBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &SentNoticesPanel::refresh);
    connect(m_allow, &QPushButton::clicked, this, [this] { setLeaveRule(true); });
    connect(m_deny, &QPushButton::clicked, this, [this] { setLeaveRule(false); });
    connect(m_pin, &QPushButton::clicked, this, [this] { changePin(true); });
    connect(m_unpin, &QPushButton::clicked, this, [this] { changePin(false); });
    connect(m_send, &QPushButton::clicked, this, &SentNoticesPanel::sendReply);
    connect(m_reply, &QPlainTextEdit::textChanged, this, &SentNoticesPanel::updateButtons);
    connect(m_history, &QListWidget::currentRowChanged, this, &SentNoticesPanel::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showMessages();
        updateButtons();
    });
    showMessages();
    updateButtons();
}

void SentNoticesPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_refresh->setText(busy ? tr("Working…") : tr("Refresh"));
    updateButtons();
}

void SentNoticesPanel::updateButtons()
{
    const bool selected = !selectedRoomIds().isEmpty();
    const SentNoticeRoom* room = currentRoom();
    QListWidgetItem* message = m_history->currentItem();
    const QString eventId = message ? message->data(EventIdRole).toString() : QString();
    const bool pinned = room && std::find(room->pinned.begin(), room->pinned.end(), eventId) != room->pinned.end();
    m_refresh->setEnabled(!m_busy);
    m_allow->setEnabled(!m_busy && selected);
    m_deny->setEnabled(!m_busy && selected);
    m_pin->setEnabled(!m_busy && !eventId.isEmpty() && !pinned);
    m_unpin->setEnabled(!m_busy && !eventId.isEmpty() && pinned);
    m_send->setEnabled(!m_busy && room && !m_reply->toPlainText().trimmed().isEmpty());
    m_reply->setEnabled(room != nullptr);
}

void SentNoticesPanel::refresh()
{
    if (m_busy)
        return;
    setBusy(true);
    QPointer<SentNoticesPanel> self(this);
    m_admin.sentNoticeRooms([self](ActionResult result, std::vector<SentNoticeRoom> rooms) {
        if (!self)
            return;
        self->setBusy(false);
        if (!result.ok())
            self->m_messages->showMessage(MessageBar::Kind::Error, result.message);
        else
            self->showRooms(std::move(rooms));
        emit self->refreshed();
    });
}

void SentNoticesPanel::showRooms(std::vector<SentNoticeRoom> rooms)
{
    // The selection as it is now (it may have changed while the list was loading) survives.
    const QStringList keep = selectedRoomIds();
    m_rooms = std::move(rooms);
    m_model->removeRows(0, m_model->rowCount());
    for (const SentNoticeRoom& room : m_rooms) {
        auto* recipient = new QStandardItem(room.recipient.isEmpty() ? tr("(nobody)") : room.recipient);
        recipient->setData(room.roomId, RoomIdRole);
        recipient->setToolTip(plainToolTip(room.roomId));
        const QString read = room.newestNoticeId.isEmpty() ? QStringLiteral("—")
            : room.recipientRead                           ? QStringLiteral("read")
                                                           : QStringLiteral("unread");
        auto* name = new QStandardItem(room.name.isEmpty() ? tr("Server Notice") : room.name);
        name->setToolTip(room.readOnly ? tr("Read-only notice") : tr("Notice with replies"));
        // Replies: the recipient's messages among those loaded; "—" where they cannot write.
        const auto replies = std::count_if(room.messages.begin(), room.messages.end(),
            [](const SentNoticeMessage& message) { return message.fromRecipient; });
        auto* repliesItem =
            new QStandardItem(room.readOnly && replies == 0 ? QStringLiteral("—") : QString::number(replies));
        repliesItem->setTextAlignment(Qt::AlignCenter);
        if (room.awaitsAnswer()) {
            // The recipient wrote last: make the row stand out until someone answers.
            repliesItem->setText(tr("%1 new").arg(replies));
            repliesItem->setToolTip(tr("The recipient wrote last; they are waiting for an answer."));
            QFont bold = repliesItem->font();
            bold.setBold(true);
            for (QStandardItem* item : {recipient, repliesItem})
                item->setFont(bold);
        }
        m_model->appendRow({recipient, new QStandardItem(membershipText(room.recipientMembership)),
            new QStandardItem(read), repliesItem, new QStandardItem(room.leaveRule), name});
    }
    for (const QString& roomId : keep)
        selectRoom(roomId, QItemSelectionModel::Select);
    showMessages();
    updateButtons();
    emit awaitingAnswersChanged(awaitingAnswers());
}

int SentNoticesPanel::awaitingAnswers() const
{
    return int(
        std::count_if(m_rooms.begin(), m_rooms.end(), [](const SentNoticeRoom& room) { return room.awaitsAnswer(); }));
}

void SentNoticesPanel::selectRoom(const QString& roomId, QItemSelectionModel::SelectionFlag how)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row, RecipientColumn)->data(RoomIdRole).toString() == roomId) {
            m_table->selectionModel()->select(m_model->index(row, 0), how | QItemSelectionModel::Rows);
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
        }
}

QStringList SentNoticesPanel::selectedRoomIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(RecipientColumn);
    for (const QModelIndex& index : rows)
        ids << index.data(RoomIdRole).toString();
    return ids;
}

const SentNoticeRoom* SentNoticesPanel::currentRoom() const
{
    const QStringList ids = selectedRoomIds();
    if (ids.size() != 1)
        return nullptr; // the message view is for one room at a time
    for (const SentNoticeRoom& room : m_rooms)
        if (room.roomId == ids.first())
            return &room;
    return nullptr;
}

void SentNoticesPanel::showMessages()
{
    const QString keepEvent =
        m_history->currentItem() ? m_history->currentItem()->data(EventIdRole).toString() : QString();
    m_history->clear();
    const SentNoticeRoom* room = currentRoom();
    if (!room) {
        m_roomTitle->setText(tr("Select one room to see its messages."));
        return;
    }
    m_roomTitle->setText(tr("<b>%1</b> — %2, leave rule %3")
                             .arg(room->recipient.toHtmlEscaped(), membershipText(room->recipientMembership),
                                 room->leaveRule.toHtmlEscaped()));
    for (const SentNoticeMessage& message : room->messages) {
        const QString when = QDateTime::fromMSecsSinceEpoch(message.timestamp).toString(QStringLiteral("dd MMM HH:mm"));
        const bool pinned = std::find(room->pinned.begin(), room->pinned.end(), message.eventId) != room->pinned.end();
        // Replies are the appeal channel: marked so they stand out from our own notices.
        const QString who = message.fromRecipient ? tr("↩ Reply from %1").arg(message.sender) : tr("You");
        auto* item = new QListWidgetItem(QStringLiteral("%1 · %2\n%3").arg(when, who, message.body), m_history);
        item->setData(EventIdRole, message.eventId);
        if (pinned) {
            item->setIcon(icons::pinned());
            item->setToolTip(tr("Pinned"));
        }
        if (message.fromRecipient) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (message.eventId == keepEvent)
            m_history->setCurrentItem(item);
    }
    if (!m_history->currentItem() && m_history->count() > 0)
        m_history->setCurrentRow(m_history->count() - 1);
}

void SentNoticesPanel::finishAction(const ActionResult& result)
{
    setBusy(false);
    m_messages->showMessage(result.ok() ? MessageBar::Kind::Info : MessageBar::Kind::Error, result.message);
    refresh();
}

void SentNoticesPanel::setLeaveRule(bool allow)
{
    const QStringList rooms = selectedRoomIds();
    if (rooms.isEmpty() || m_busy)
        return;
    setBusy(true);
    // One request per room; the outcome is reported once all have answered.
    struct Tally {
        int pending = 0;
        int done = 0;
        QStringList failures;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = int(rooms.size());
    QPointer<SentNoticesPanel> self(this);
    for (const QString& roomId : rooms) {
        m_admin.setLeaveRule(roomId, allow, [self, tally, allow](ActionResult result) {
            if (result.ok())
                ++tally->done;
            else
                tally->failures << result.message;
            if (--tally->pending > 0 || !self)
                return;
            const QString rule = allow ? tr("may now archive") : tr("can no longer archive");
            ActionResult summary = tally->failures.isEmpty()
                ? ActionResult::done({}, tr("Recipients of %1 room(s) %2 them.").arg(tally->done).arg(rule))
                : ActionResult::fail(ActionResult::Outcome::ServerRefused,
                    tr("%1 room(s) changed; %2 failed: %3")
                        .arg(tally->done)
                        .arg(tally->failures.size())
                        .arg(tally->failures.join(QStringLiteral("; "))));
            self->finishAction(summary);
        });
    }
}

void SentNoticesPanel::sendReply()
{
    const SentNoticeRoom* room = currentRoom();
    const QString text = m_reply->toPlainText().trimmed();
    if (!room || text.isEmpty() || m_busy)
        return;
    setBusy(true);
    QPointer<SentNoticesPanel> self(this);
    m_admin.reply(room->roomId, text, [self](ActionResult result) {
        if (!self)
            return;
        if (result.ok())
            self->m_reply->clear();
        self->finishAction(result.ok() ? ActionResult::done(result.value, tr("Reply sent.")) : result);
    });
}

void SentNoticesPanel::changePin(bool pin)
{
    const SentNoticeRoom* room = currentRoom();
    QListWidgetItem* message = m_history->currentItem();
    if (!room || !message || m_busy)
        return;
    setBusy(true);
    QPointer<SentNoticesPanel> self(this);
    auto done = [self, pin](ActionResult result) {
        if (!self)
            return;
        if (result.ok() && result.message.isEmpty())
            result.message = pin ? tr("Message pinned.") : tr("Message unpinned.");
        self->finishAction(result);
    };
    const QString eventId = message->data(EventIdRole).toString();
    if (pin)
        m_admin.pin(room->roomId, eventId, done);
    else
        m_admin.unpin(room->roomId, eventId, done);
}

} // namespace nb
