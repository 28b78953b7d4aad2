#include "compose_panel.h"

#include "admin/admin_service.h"
#include "campaign/campaign_library.h"
#include "campaign/campaign_text.h"
#include "campaign/rate_limit_lift.h"
#include "campaign/recipients.h"
#include "delivery_runner.h"
#include "delivery_view.h"
#include "service/notice_service.h"
#include "ui/message_bar.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace nb {

using namespace nb::campaign;

namespace {
QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // some quote the server (why the admin API is missing)
    label->setText(text);
    label->setWordWrap(true);
    label->setEnabled(false); // greyed: an explanation, not a control
    return label;
}
} // namespace

namespace {
// A scroll area as wide as the form it holds: it scrolls only up and down, and lays out
// beside the editor as the form itself would.
class FormScrollArea : public QScrollArea {
public:
    static constexpr int minimumLines = 120; // pixels: a heading and two fields
    explicit FormScrollArea(QWidget* parent)
        : QScrollArea(parent)
    {
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setFocusPolicy(Qt::NoFocus); // Tab goes to the fields in it, not to the area
    }
    QSize minimumSizeHint() const override
    {
        // As wide as the form (it never scrolls sideways), but only a few lines tall: the
        // admin may drag the divider up to see more of the delivery below, and the form
        // then scrolls instead of holding the divider where it is.
        if (!widget())
            return QScrollArea::minimumSizeHint();
        const QSize form = widget()->minimumSizeHint();
        return {form.width() + verticalScrollBar()->sizeHint().width(), std::min(form.height(), minimumLines)};
    }
    QSize sizeHint() const override
    {
        return widget() ? widget()->sizeHint() + QSize(verticalScrollBar()->sizeHint().width(), 0)
                        : QScrollArea::sizeHint();
    }
};
} // namespace

ComposePanel::ComposePanel(NoticeService& service, AdminService& admin, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_admin(admin)
    , m_runner(new DeliveryRunner(service, admin, this))
    , m_messages(new MessageBar(this))
    , m_markdown(new QCheckBox(tr("Markdown"), this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_journal(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    setObjectName(QStringLiteral("composePanel"));
    m_messages->setObjectName(QStringLiteral("composeMessages"));
    m_markdown->setObjectName(QStringLiteral("markdownCheck"));
    m_editor->setObjectName(QStringLiteral("markdownEdit"));
    m_preview->setObjectName(QStringLiteral("markdownPreview"));
    m_journal->setObjectName(QStringLiteral("journalEdit"));
    m_editor->setAccessibleName(tr("Notice text"));
    m_editor->setTabChangesFocus(true); // Tab moves on, as in every other field; it never types a tab
    m_preview->setAccessibleName(tr("Preview of the notice"));
    m_journal->setAccessibleName(tr("Campaign journal file"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_markdown->setChecked(true);
    m_editor->setPlaceholderText(tr("Write the notice. **Bold**, _italic_, lists and links work."));
    // Remote content never loads in the preview, as in the user's notice view.
    m_preview->setOpenLinks(false);
    m_journal->setText(newJournalPath());
    m_journal->setToolTip(
        tr("The campaign's record on disk. Resume it from this file after a crash: nobody gets the notice twice."));

    auto* form = new QVBoxLayout;
    form->addWidget(buildRecipients());
    form->addWidget(buildRoute());
    form->addWidget(buildUsageLimit());
    auto* journalRow = new QHBoxLayout;
    auto* browse = new QPushButton(QStringLiteral("…"), this);
    browse->setObjectName(QStringLiteral("journalBrowseButton"));
    journalRow->addWidget(new QLabel(tr("Journal:"), this));
    journalRow->addWidget(m_journal, 1);
    journalRow->addWidget(browse);
    form->addLayout(journalRow);
    form->addStretch();

    auto* editorBox = new QGroupBox(tr("Notice"), this);
    auto* editorLayout = new QVBoxLayout(editorBox);
    auto* previewLabel = new QLabel(tr("Preview (as recipients will see it):"), editorBox);
    auto* editorSplit = new QSplitter(Qt::Vertical, editorBox);
    editorSplit->setObjectName(QStringLiteral("composeEditorSplitter")); // remembered by name (MainWindow)
    editorSplit->setChildrenCollapsible(false); // a pane dragged shut looks like a missing one
    auto* previewPane = new QWidget(editorBox);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 4, 0, 0);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview, 1);
    editorSplit->addWidget(m_editor);
    editorSplit->addWidget(previewPane);
    editorLayout->addWidget(m_markdown);
    editorLayout->addWidget(editorSplit, 1);
    auto* sendRow = new QHBoxLayout;
    sendRow->addStretch();
    sendRow->addWidget(m_send);
    editorLayout->addLayout(sendRow);

    auto* top = new QWidget(this);
    auto* columns = new QHBoxLayout(top);
    columns->setContentsMargins(0, 0, 0, 0);
    // The left column scrolls up and down when the pane is too short for it (a small window,
    // the splitter dragged up): its notes are word-wrapped (the rate-limit explanation, the
    // estimate) and were otherwise squeezed into cut-off lines - worse in German and French,
    // whose sentences are longer.
    auto* formPane = new QWidget(this);
    formPane->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0);
    auto* formScroll = new FormScrollArea(top);
    formScroll->setObjectName(QStringLiteral("composeFormScroll"));
    formScroll->setWidget(formPane);
    columns->addWidget(formScroll, 2);
    columns->addWidget(editorBox, 3);

    m_delivery = new DeliveryView(*m_runner, CampaignLibrary(m_service.profileDir()).directory(), this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("composeSplitter")); // remembered by name (MainWindow)
    split->setChildrenCollapsible(false); // a pane dragged shut looks like a missing one
    split->addWidget(top);
    split->addWidget(m_delivery);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(split, 1);

    // Tab follows what the eye follows: the left column top to bottom (who, which route, the
    // journal), then the notice and Send, then the delivery below. Without this it would
    // follow the order the widgets were made in, starting with the editor.
    const QList<QWidget*> tabOrder = {m_recipientMode, m_oneUser, m_userList, m_userFile,
        findChild<QWidget*>(QStringLiteral("recipientFileButton")), m_viaRooms, m_viaServerNotices, m_preset,
        m_allowLeave, m_liftRateLimit, m_usageLimit, m_pinUsageLimit, m_clearUsageLimit, m_limitType, m_adminContact,
        m_journal, browse, m_markdown, m_editor, m_preview, m_send};
    for (qsizetype i = 0; i + 1 < tabOrder.size(); ++i)
        if (tabOrder[i] && tabOrder[i + 1])
            setTabOrder(tabOrder[i], tabOrder[i + 1]);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Campaign journal"), m_journal->text(),
            tr("Campaign journals (*.journal *.jsonl)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_journal->setText(path);
    });
    // Counting a pasted list of thousands on every key press would lag: a short pause first.
    m_estimateTimer = new QTimer(this);
    m_estimateTimer->setSingleShot(true);
    m_estimateTimer->setInterval(250);
    connect(m_estimateTimer, &QTimer::timeout, this, &ComposePanel::updateEstimate);
    auto estimateSoon = [this] { m_estimateTimer->start(); };
    connect(m_recipientMode, &QComboBox::currentIndexChanged, this, estimateSoon);
    connect(m_oneUser, &QLineEdit::textChanged, this, estimateSoon);
    connect(m_userList, &QPlainTextEdit::textChanged, this, estimateSoon);
    connect(m_liftRateLimit, &QCheckBox::toggled, this, &ComposePanel::updateEstimate);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposePanel::updatePreview);
    connect(m_markdown, &QCheckBox::toggled, this, &ComposePanel::updatePreview);
    connect(m_send, &QPushButton::clicked, this, &ComposePanel::send);
    connect(&m_admin, &AdminService::adminStatusChanged, this, &ComposePanel::updateAvailability);
    connect(m_runner, &DeliveryRunner::busyChanged, this, &ComposePanel::updateAvailability);
    connect(m_runner, &DeliveryRunner::finished, this, [this] {
        // One journal per campaign: the next Send starts a new one unless the admin picks one.
        m_journal->setText(newJournalPath());
        emit delivered();
    });
    updateAvailability();
    updatePreview();
    updateEstimate();
}

QWidget* ComposePanel::buildRecipients()
{
    auto* box = new QGroupBox(tr("Recipients"), this);
    m_recipientMode = new QComboBox(box);
    m_recipientMode->setObjectName(QStringLiteral("recipientModeCombo"));
    m_recipientMode->addItems({tr("One user"), tr("A list of users"), tr("Users from a file"), tr("All local users")});
    m_recipientPages = new QStackedWidget(box);
    m_oneUser = new QLineEdit(box);
    m_oneUser->setObjectName(QStringLiteral("recipientEdit"));
    m_oneUser->setAccessibleName(tr("Recipient\u2019s Matrix ID"));
    m_oneUser->setPlaceholderText(QStringLiteral("@someone:example.org"));
    m_userList = new QPlainTextEdit(box);
    m_userList->setObjectName(QStringLiteral("recipientListEdit"));
    m_userList->setAccessibleName(tr("Recipients, one Matrix ID a line"));
    m_userList->setTabChangesFocus(true);
    m_userList->setPlaceholderText(tr("One Matrix ID a line"));
    m_userList->setFixedHeight(90);
    auto* filePage = new QWidget(box);
    auto* fileRow = new QHBoxLayout(filePage);
    fileRow->setContentsMargins(0, 0, 0, 0);
    m_userFile = new QLineEdit(filePage);
    m_userFile->setObjectName(QStringLiteral("recipientFileEdit"));
    m_userFile->setAccessibleName(tr("File of recipients"));
    m_userFile->setPlaceholderText(tr("A text file, one Matrix ID a line"));
    auto* choose = new QPushButton(tr("Choose…"), filePage);
    choose->setObjectName(QStringLiteral("recipientFileButton"));
    fileRow->addWidget(m_userFile, 1);
    fileRow->addWidget(choose);
    m_allUsersNote = note(tr("Every active local account; guests, deactivated accounts and bots are left "
                             "out. Needs the Synapse admin API."),
        box);
    // Each page sits at the top of a fixed-height stack, so switching modes does not move
    // the boxes below and a one-line field is not stretched to the list's height.
    for (QWidget* page : {static_cast<QWidget*>(m_oneUser), static_cast<QWidget*>(m_userList), filePage,
             static_cast<QWidget*>(m_allUsersNote)}) {
        auto* holder = new QWidget(m_recipientPages);
        auto* column = new QVBoxLayout(holder);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(page);
        column->addStretch();
        m_recipientPages->addWidget(holder);
    }
    m_recipientPages->setFixedHeight(90);
    // Only as tall as its pages need; the route and usage-limit boxes come right below.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_recipientMode);
    layout->addWidget(m_recipientPages);
    connect(m_recipientMode, &QComboBox::currentIndexChanged, m_recipientPages, &QStackedWidget::setCurrentIndex);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Recipients"));
        if (!path.isEmpty())
            m_userFile->setText(path);
    });
    return box;
}

QWidget* ComposePanel::buildRoute()
{
    auto* box = new QGroupBox(tr("Route"), this);
    m_viaRooms = new QRadioButton(tr("A notice room per user (MSC4279)"), box);
    m_viaRooms->setObjectName(QStringLiteral("roomsRouteRadio"));
    m_viaServerNotices = new QRadioButton(tr("Synapse's server notices room"), box);
    m_viaServerNotices->setObjectName(QStringLiteral("serverNoticesRouteRadio"));
    auto* group = new QButtonGroup(box);
    group->addButton(m_viaRooms);
    group->addButton(m_viaServerNotices);
    m_viaRooms->setChecked(true);
    m_preset = new QComboBox(box);
    m_preset->setObjectName(QStringLiteral("composePresetCombo"));
    m_preset->addItem(tr("Read-only notice"), QStringLiteral("notice_readonly"));
    m_preset->addItem(tr("Notice with replies"), QStringLiteral("notice"));
    m_allowLeave = new QCheckBox(tr("Allow the user to archive it"), box);
    m_allowLeave->setObjectName(QStringLiteral("composeAllowLeaveCheck"));
    m_routeReason = note(QString(), box);
    m_routeReason->setObjectName(QStringLiteral("serverNoticesReason"));
    auto* roomOptions = new QHBoxLayout;
    roomOptions->setContentsMargins(24, 0, 0, 0);
    roomOptions->addWidget(m_preset);
    roomOptions->addWidget(m_allowLeave, 1);
    // Only where it can be done (rooms route, Synapse admin API, a server admin).
    m_liftRateLimit = new QCheckBox(tr("Lift my rate limits while this campaign runs"), box);
    m_liftRateLimit->setObjectName(QStringLiteral("liftRateLimitCheck"));
    m_liftNote = note(RateLimitLift::explanation(), box);
    m_liftNote->setObjectName(QStringLiteral("liftRateLimitNote"));
    auto* liftColumn = new QVBoxLayout;
    liftColumn->setContentsMargins(24, 0, 0, 0);
    liftColumn->addWidget(m_liftRateLimit);
    liftColumn->addWidget(m_liftNote);
    m_estimate = new QLabel(box);
    m_estimate->setObjectName(QStringLiteral("estimateLabel"));
    m_estimate->setTextFormat(Qt::PlainText);
    m_estimate->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_viaRooms);
    layout->addLayout(roomOptions);
    layout->addLayout(liftColumn);
    layout->addWidget(m_viaServerNotices);
    layout->addWidget(m_routeReason);
    layout->addSpacing(4);
    layout->addWidget(m_estimate);
    connect(m_viaRooms, &QRadioButton::toggled, this, &ComposePanel::updateAvailability);
    connect(m_viaRooms, &QRadioButton::toggled, this, &ComposePanel::updateEstimate);
    return box;
}

QWidget* ComposePanel::buildUsageLimit()
{
    auto* box = new QGroupBox(tr("Usage-limit notice"), this);
    m_usageLimit = new QCheckBox(tr("Send a usage-limit notice instead of a message"), box);
    m_usageLimit->setObjectName(QStringLiteral("usageLimitCheck"));
    m_limitType = new QComboBox(box);
    m_limitType->setObjectName(QStringLiteral("limitTypeCombo"));
    m_limitType->setEditable(true);
    m_limitType->addItems({QStringLiteral("monthly_active_user"), QStringLiteral("hs_disabled")});
    m_adminContact = new QLineEdit(box);
    m_adminContact->setObjectName(QStringLiteral("adminContactEdit"));
    m_adminContact->setPlaceholderText(QStringLiteral("mailto:admin@example.org (optional)"));
    m_pinUsageLimit = new QRadioButton(tr("Send and pin it (the user sees a banner)"), box);
    m_pinUsageLimit->setObjectName(QStringLiteral("pinUsageLimitRadio"));
    m_clearUsageLimit = new QRadioButton(tr("Unpin it (the banner goes away)"), box);
    m_clearUsageLimit->setObjectName(QStringLiteral("clearUsageLimitRadio"));
    m_pinUsageLimit->setChecked(true);
    auto* actions = new QButtonGroup(box);
    actions->addButton(m_pinUsageLimit);
    actions->addButton(m_clearUsageLimit);
    // The details show only in usage-limit mode, leaving room for the delivery table.
    auto* details = new QWidget(box);
    auto* form = new QFormLayout(details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_pinUsageLimit);
    form->addRow(m_clearUsageLimit);
    form->addRow(tr("Limit type:"), m_limitType);
    form->addRow(tr("Admin contact:"), m_adminContact);
    form->addRow(note(tr("Goes to each user's server notices room and is pinned, so their app shows "
                         "the usage-limit banner until you unpin it. Unpinning leaves other pins alone."),
        details));
    details->setVisible(false);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_usageLimit);
    layout->addWidget(details);
    connect(m_usageLimit, &QCheckBox::toggled, details, &QWidget::setVisible);
    connect(m_usageLimit, &QCheckBox::toggled, this, &ComposePanel::updateAvailability);
    connect(m_clearUsageLimit, &QRadioButton::toggled, this, &ComposePanel::updateAvailability);
    connect(m_usageLimit, &QCheckBox::toggled, this, &ComposePanel::updatePreview);
    connect(m_clearUsageLimit, &QRadioButton::toggled, this, &ComposePanel::updatePreview);
    connect(m_limitType, &QComboBox::currentTextChanged, this, &ComposePanel::updatePreview);
    connect(m_adminContact, &QLineEdit::textChanged, this, &ComposePanel::updatePreview);
    return box;
}

void ComposePanel::updateAvailability()
{
    const bool busy = m_runner->isBusy();
    // The Synapse admin API (and admin rights) is needed for the server notices room and for
    // listing all users; MSC4279 rooms need only the client API.
    const bool adminApi = m_admin.adminApiAvailable() && m_admin.isAdmin().value_or(false);
    QString reason;
    if (!m_admin.adminApiAvailable())
        reason = m_admin.adminStatusReason().isEmpty() ? tr("This server does not offer the Synapse admin API.")
                                                       : m_admin.adminStatusReason();
    else if (!m_admin.isAdmin().value_or(false))
        reason = tr("Needs a server administrator account.");
    m_routeReason->setText(reason.isEmpty() ? QString() : tr("Unavailable: %1").arg(reason));
    m_routeReason->setVisible(!reason.isEmpty());
    const bool usage = m_usageLimit->isChecked();
    if (usage || !adminApi) {
        // Usage-limit notices only exist in the server notices room.
        (usage && adminApi ? m_viaServerNotices : m_viaRooms)->setChecked(true);
    }
    m_viaServerNotices->setEnabled(adminApi && !usage && !busy);
    m_viaRooms->setEnabled(!usage && !busy);
    m_preset->setEnabled(m_viaRooms->isChecked() && !usage && !busy);
    m_allowLeave->setEnabled(m_viaRooms->isChecked() && !usage && !busy);
    const bool liftable = adminApi && m_viaRooms->isChecked() && !usage;
    m_liftRateLimit->setVisible(liftable);
    m_liftNote->setVisible(liftable);
    m_liftRateLimit->setEnabled(!busy);
    if (!liftable)
        m_liftRateLimit->setChecked(false);
    m_usageLimit->setEnabled(adminApi && !busy);
    m_limitType->setEnabled(usage && !busy);
    m_pinUsageLimit->setEnabled(usage && !busy);
    m_clearUsageLimit->setEnabled(usage && !busy);
    const bool clearing = usage && m_clearUsageLimit->isChecked();
    m_adminContact->setEnabled(usage && !clearing && !busy);
    // "All local users" lists accounts through the admin API.
    if (auto* modes = qobject_cast<QStandardItemModel*>(m_recipientMode->model()))
        modes->item(AllLocalUsers)->setEnabled(adminApi);
    if (!adminApi && m_recipientMode->currentIndex() == AllLocalUsers)
        m_recipientMode->setCurrentIndex(OneUser);
    // The usage-limit notice has a fixed text (shown in the preview); the editor is not used.
    m_editor->setEnabled(!usage);
    m_editor->setReadOnly(busy);
    m_markdown->setEnabled(!usage && !busy);
    m_recipientMode->setEnabled(!busy);
    m_recipientPages->setEnabled(!busy);
    m_journal->setEnabled(!usage && !busy);
    m_send->setEnabled(!busy);
    m_send->setText(busy ? tr("Sending…") : clearing ? tr("Unpin") : tr("Send"));
    updateEstimate();
}

QString ComposePanel::newJournalPath() const
{
    // The profile's campaigns folder: listed under "Campaigns" without being remembered.
    QString error;
    return CampaignLibrary(m_service.profileDir()).newJournalPath(&error);
}

void ComposePanel::prefillFollowUp(const QStringList& users, Route route, const QString& why)
{
    if (m_runner->isBusy())
        return;
    if (m_usageLimit->isChecked())
        m_usageLimit->setChecked(false);
    m_recipientMode->setCurrentIndex(PastedList);
    m_userList->setPlainText(users.join(QLatin1Char('\n')));
    (route == Route::Rooms || !m_viaServerNotices->isEnabled() ? m_viaRooms : m_viaServerNotices)->setChecked(true);
    m_editor->clear();
    m_journal->setText(newJournalPath());
    m_messages->showMessage(MessageBar::Kind::Info, why);
    m_editor->setFocus();
    updateEstimate();
}

std::optional<DeliveryRequest> ComposePanel::request(QString* error) const
{
    DeliveryRequest request;
    request.usageLimit = m_usageLimit->isChecked();
    request.clearUsageLimit = request.usageLimit && m_clearUsageLimit->isChecked();
    request.limitType = m_limitType->currentText().trimmed();
    request.adminContact = m_adminContact->text().trimmed();
    request.journalPath = m_journal->text().trimmed();
    request.liftRateLimit = m_liftRateLimit->isChecked(); // unchecked wherever it is not offered
    request.spec.route = m_viaRooms->isChecked() ? Route::Rooms : Route::ServerNotices;
    request.spec.readOnly = m_preset->currentData().toString() == QLatin1String("notice_readonly");
    request.spec.allowLeave = m_allowLeave->isChecked();
    request.spec.markdown = m_markdown->isChecked();
    request.spec.text = m_editor->toPlainText();
    RecipientList list;
    switch (m_recipientMode->currentIndex()) {
    case OneUser:
        list = normalizeRecipients({m_oneUser->text()});
        break;
    case PastedList:
        list = parseRecipientFile(m_userList->toPlainText().toUtf8());
        break;
    case FromFile: {
        QFile file(m_userFile->text().trimmed());
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the recipients file \"%1\": %2.").arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        list = parseRecipientFile(file.readAll());
        break;
    }
    default:
        request.spec.audience = QStringLiteral("all-local-users");
    }
    request.users = list.users;
    QStringList problems;
    for (const Failure& bad : std::as_const(list.invalid))
        problems << shownCampaignText(bad.reason);
    if (!problems.isEmpty())
        *error = tr("Fix the recipients first:\n%1").arg(problems.join(QLatin1Char('\n')));
    else if (request.spec.audience == QLatin1String("list") && request.users.isEmpty())
        *error = tr("Name at least one recipient.");
    else if (request.usageLimit && !request.clearUsageLimit && request.limitType.isEmpty())
        *error = tr("Give the limit type, such as monthly_active_user.");
    else if (!request.usageLimit && request.spec.text.trimmed().isEmpty())
        *error = tr("Write the notice first.");
    else if (!request.usageLimit && request.journalPath.isEmpty())
        *error = tr("Choose a journal file: it is what makes a resumed delivery exact.");
    else
        return request;
    return std::nullopt;
}

void ComposePanel::send()
{
    QString error;
    const auto current = request(&error);
    if (!current) {
        m_messages->showMessage(MessageBar::Kind::Error, error);
        return;
    }
    m_messages->hide();
    if (!current->usageLimit && !QDir().mkpath(QFileInfo(current->journalPath).absolutePath())) {
        m_messages->showMessage(
            MessageBar::Kind::Error, tr("Cannot create the folder for the journal %1.").arg(current->journalPath));
        return;
    }
    m_runner->start(*current);
}

} // namespace nb
