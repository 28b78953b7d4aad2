#include "create_room_panel.h"

#include "admin/admin_service.h"
#include "admin/notice_room_form.h"
#include "power_level_table.h"
#include "ui/message_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace nb {

CreateRoomPanel::CreateRoomPanel(AdminService& admin, QWidget* parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_preset(new QComboBox(this))
    , m_invitee(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_allowLeave(new QCheckBox(tr("Allow the user to archive it"), this))
    , m_powerLevels(new PowerLevelTable(this))
    , m_problem(new QLabel(this))
    , m_request(new QPlainTextEdit(this))
    , m_create(new QPushButton(tr("Create room"), this))
    , m_created(new QLabel(this))
    , m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("createRoomPanel"));
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_invitee->setObjectName(QStringLiteral("inviteeEdit"));
    m_name->setObjectName(QStringLiteral("roomNameEdit"));
    m_topic->setObjectName(QStringLiteral("roomTopicEdit"));
    m_allowLeave->setObjectName(QStringLiteral("allowLeaveCheck"));
    m_problem->setObjectName(QStringLiteral("createRoomProblem"));
    m_request->setObjectName(QStringLiteral("requestPreview"));
    m_create->setObjectName(QStringLiteral("createRoomButton"));
    m_created->setObjectName(QStringLiteral("createdRoomLabel"));
    m_messages->setObjectName(QStringLiteral("createRoomMessages"));

    // Item data is the MSC4279 preset name, so tests and readers see the real identifier.
    m_preset->addItem(tr("Read-only notice"), QStringLiteral("notice_readonly"));
    m_preset->addItem(tr("Notice with replies"), QStringLiteral("notice"));
    m_invitee->setPlaceholderText(QStringLiteral("@someone:%1").arg(QStringLiteral("example.org")));
    m_name->setPlaceholderText(tr("Server Notice"));
    m_topic->setPlaceholderText(tr("Optional"));
    m_allowLeave->setToolTip(
        tr("Leave rule \"allow\": the user may leave (archive) the room. Otherwise it stays in their inbox."));
    // Both quote outside text: what was typed, the room ID the server returned.
    m_problem->setTextFormat(Qt::PlainText);
    m_created->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_created->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_created->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(tr("Invite:"), m_invitee);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Topic:"), m_topic);
    form->addRow(QString(), m_allowLeave);
    form->addRow(tr("Power levels:"), m_powerLevels);
    auto* keys = new QLabel(tr("Overrides merge over the preset's levels. Keys: events_default, "
                               "state_default, users_default, ban, kick, invite, redact, "
                               "users.@id:server, events.m.room.topic, notifications.room"),
        this);
    keys->setWordWrap(true);
    keys->setEnabled(false); // greyed: help text
    form->addRow(QString(), keys);

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_problem);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addStretch();
    left->addLayout(buttons);
    left->addWidget(m_created);
    left->addStretch();

    auto* requestBox = new QGroupBox(tr("Request (sent exactly as shown)"), this);
    auto* requestLayout = new QVBoxLayout(requestBox);
    requestLayout->addWidget(m_request);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(requestBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(columns, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &CreateRoomPanel::updatePreview);
    connect(m_invitee, &QLineEdit::textChanged, this, &CreateRoomPanel::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, &CreateRoomPanel::updatePreview);
    connect(m_topic, &QLineEdit::textChanged, this, &CreateRoomPanel::updatePreview);
    connect(m_allowLeave, &QCheckBox::toggled, this, &CreateRoomPanel::updatePreview);
    connect(m_powerLevels, &PowerLevelTable::changed, this, &CreateRoomPanel::updatePreview);
    connect(m_create, &QPushButton::clicked, this, &CreateRoomPanel::create);
    updatePreview();
}

NoticeRoomForm CreateRoomPanel::form() const
{
    NoticeRoomForm form;
    form.readOnly = m_preset->currentData().toString() == QLatin1String("notice_readonly");
    form.invitee = m_invitee->text();
    form.name = m_name->text();
    form.topic = m_topic->text();
    form.allowLeave = m_allowLeave->isChecked();
    form.powerLevels = m_powerLevels->rows();
    return form;
}

std::optional<NoticeRoomSpec> CreateRoomPanel::spec(QString* error) const
{
    const NoticeRoomSpec spec = noticeRoomSpec(form(), error);
    return error->isEmpty() ? std::optional<NoticeRoomSpec>(spec) : std::nullopt;
}

QString CreateRoomPanel::requestText() const
{
    return m_request->toPlainText();
}

void CreateRoomPanel::updatePreview()
{
    QString error;
    // Shown even while the form is incomplete, so the admin sees the shape of the request.
    const NoticeRoomSpec shown = noticeRoomSpec(form(), &error);
    m_problem->setText(error);
    m_problem->setVisible(!error.isEmpty());
    m_create->setEnabled(error.isEmpty() && !m_busy);
    m_request->setPlainText(noticeRoomRequestText(m_admin, shown));
}

void CreateRoomPanel::create()
{
    QString error;
    const auto current = spec(&error);
    if (!current) {
        m_messages->showMessage(MessageBar::Kind::Error, error);
        return;
    }
    m_busy = true;
    m_create->setEnabled(false);
    m_create->setText(tr("Creating…"));
    m_created->clear();
    QPointer<CreateRoomPanel> self(this);
    const QString invitee = current->invitee;
    m_admin.createNoticeRoom(*current, [self, invitee](ActionResult result) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_create->setText(tr("Create room"));
        self->updatePreview();
        if (!result.ok()) {
            self->m_messages->showMessage(MessageBar::Kind::Error, result.message);
            return;
        }
        self->m_created->setText(tr("Room ID: %1").arg(result.value));
        self->m_messages->showMessage(MessageBar::Kind::Info,
            tr("Notice room created; %1 is invited. Write to it and follow it under "
               "\"Sent notices\".")
                .arg(invitee));
        emit self->roomCreated(result.value);
    });
}

} // namespace nb
