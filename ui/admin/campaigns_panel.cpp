#include "campaigns_panel.h"

#include "admin/admin_service.h"
#include "campaign/campaign_library.h"
#include "campaign/campaign_text.h"
#include "campaign_list_model.h"
#include "campaign_report_loader.h"
#include "delivery_runner.h"
#include "recipient_report_model.h"
#include "service/notice_service.h"
#include "ui/message_bar.h"
#include "ui/plain_tooltip_proxy.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace nb {

using namespace nb::campaign;

namespace {
QLabel* plainLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // notice text, recipients, server words
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

QTableView* tableView(const char* name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move between rows
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    // Fixed row heights: the view never measures 100,000 rows to lay them out.
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

CampaignsPanel::CampaignsPanel(NoticeService& service, AdminService& admin, DeliveryRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_admin(admin)
    , m_runner(runner)
    , m_loader(new CampaignReportLoader(service, runner, this))
    , m_list(new CampaignListModel(this))
    , m_listView(new PlainToolTipProxy(this))
    , m_recipients(new RecipientReportModel(this))
    , m_recipientsView(new PlainToolTipProxy(this))
    , m_messages(new MessageBar(this))
    , m_table(tableView("campaignsTable", this))
    , m_recipientTable(tableView("campaignRecipientsTable", this))
    , m_title(plainLabel(this, "campaignTitle"))
    , m_text(plainLabel(this, "campaignText"))
    , m_serverNote(plainLabel(this, "campaignServerNote"))
    , m_refresh(button(tr("Refresh"), "refreshCampaignsButton", this))
    , m_open(button(tr("Open journal…"), "openJournalButton", this))
    , m_recall(button(tr("Recall…"), "recallButton", this))
    , m_correct(button(tr("Correct…"), "correctButton", this))
    , m_newAccounts(button(tr("Deliver to new accounts"), "newAccountsButton", this))
    , m_export(button(tr("Export CSV…"), "exportCsvButton", this))
    , m_cancel(button(tr("Cancel"), "cancelCampaignRunButton", this))
    , m_progress(new QProgressBar(this))
    , m_status(plainLabel(this, "campaignRunStatus"))
{
    setObjectName(QStringLiteral("campaignsPanel"));
    m_messages->setObjectName(QStringLiteral("campaignMessages"));
    m_progress->setObjectName(QStringLiteral("campaignRunProgress"));
    m_open->setToolTip(tr("Add a campaign journal kept elsewhere (noticectl notify --journal FILE) to "
                          "this list. It stays where it is."));
    m_export->setToolTip(tr("Save each recipient's status as a CSV file for a spreadsheet."));
    m_serverNote->setEnabled(false); // greyed: an explanation
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_progress->hide();
    m_cancel->hide();
    m_status->hide(); // shown while a run started here says what it does

    m_listView->setSourceModel(m_list);
    m_table->setModel(m_listView);
    m_table->setAccessibleName(tr("Past campaigns"));
    m_recipientTable->setAccessibleName(tr("Recipients of the selected campaign"));
    // The widths suit the English headings; a longer heading (German "Fehlgeschlagen",
    // "Beigetreten") gets the room it needs rather than being cut off.
    const QList<int> listWidths = {115, 105, 260, 125, 70, 55, 55, 50, 60, 65};
    for (int column = 0; column < listWidths.size(); ++column)
        m_table->setColumnWidth(column, qMax(listWidths[column], m_table->horizontalHeader()->sectionSizeHint(column)));
    m_recipientsView->setSourceModel(m_recipients);
    m_recipientTable->setModel(m_recipientsView);
    m_recipientTable->setSortingEnabled(true);
    m_recipientTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // campaign order at first
    const QList<int> recipientWidths = {260, 70, 60, 50, 60, 70, 70, 75};
    for (int column = 0; column < recipientWidths.size(); ++column)
        m_recipientTable->setColumnWidth(
            column, qMax(recipientWidths[column], m_recipientTable->horizontalHeader()->sectionSizeHint(column)));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(new QLabel(tr("Past campaigns, newest first:"), top));
    listButtons->addStretch();
    listButtons->addWidget(m_refresh);
    listButtons->addWidget(m_open);
    topLayout->addLayout(listButtons);
    topLayout->addWidget(m_table, 1);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_title);
    bottomLayout->addWidget(m_text);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_recall);
    actions->addWidget(m_correct);
    actions->addWidget(m_newAccounts);
    actions->addWidget(m_export);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancel);
    actions->addStretch();
    bottomLayout->addLayout(actions);
    bottomLayout->addWidget(m_status);
    bottomLayout->addWidget(m_serverNote);
    bottomLayout->addWidget(m_recipientTable, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("campaignsSplitter")); // remembered by name (MainWindow)
    split->setChildrenCollapsible(false); // a pane dragged shut looks like a missing one
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &CampaignsPanel::refresh);
    connect(m_open, &QPushButton::clicked, this, &CampaignsPanel::chooseJournalToOpen);
    connect(m_recall, &QPushButton::clicked, this, &CampaignsPanel::recall);
    connect(m_correct, &QPushButton::clicked, this, &CampaignsPanel::correct);
    connect(m_newAccounts, &QPushButton::clicked, this, &CampaignsPanel::deliverToNewAccounts);
    connect(m_export, &QPushButton::clicked, this, &CampaignsPanel::chooseExportFile);
    connect(m_cancel, &QPushButton::clicked, &m_runner, &DeliveryRunner::cancel);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignsPanel::onSelectionChanged);
    connect(&m_admin, &AdminService::adminStatusChanged, this, &CampaignsPanel::updateButtons);

    // The runner is shared with "Compose and deliver": this panel reports the runs it
    // started, and every run's journal is read again when it ends.
    connect(&m_runner, &DeliveryRunner::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy && m_ownRun);
        m_cancel->setVisible(busy && m_ownRun);
        updateButtons();
    });
    connect(&m_runner, &DeliveryRunner::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(m_left.isEmpty() ? tr("%v of %m done") : tr("%v of %m done · %1").arg(m_left));
    });
    connect(&m_runner, &DeliveryRunner::estimateChanged, this, [this](const QString& left) {
        m_left = left;
        m_progress->setFormat(m_left.isEmpty() ? tr("%v of %m done") : tr("%v of %m done · %1").arg(m_left));
    });
    connect(&m_runner, &DeliveryRunner::statusLine, this, [this](const QString& line) {
        if (m_ownRun)
            m_status->setText(line);
        m_status->setVisible(m_ownRun && !line.isEmpty());
    });
    connect(&m_runner, &DeliveryRunner::started, this, [this](const RunInfo& info) {
        if (m_ownRun && info.kind == RunKind::Deliver)
            m_newRecipients = info.newRecipients;
    });
    connect(&m_runner, &DeliveryRunner::refused, this, [this](const QString& message) {
        if (!m_ownRun)
            return;
        m_ownRun = false;
        m_status->clear();
        m_status->hide();
        m_messages->showMessage(MessageBar::Kind::Error, message);
        updateButtons();
    });
    connect(&m_runner, &DeliveryRunner::finished, this, [this](const QString& summary, bool complete) {
        if (!m_ownRun)
            return;
        m_ownRun = false;
        m_status->clear();
        m_status->hide();
        m_progress->hide();
        m_cancel->hide();
        const QString found = m_newRecipients >= 0
            ? tr("Found %1 new account(s) since the campaign's last run. All its recipients so far: ")
                  .arg(m_newRecipients)
            : QString();
        m_messages->showMessage(complete ? MessageBar::Kind::Info : MessageBar::Kind::Error, found + summary);
        updateButtons();
    });
    connect(&m_runner, &DeliveryRunner::journalChanged, this, [this](const QString& path) {
        // Not from inside the runner's signal: reading may reopen the journal it just closed.
        QTimer::singleShot(0, this, [this, path] {
            if (m_list->rowOf(path) < 0) {
                refresh(); // a new campaign
                return;
            }
            const QString listed = m_list->row(m_list->rowOf(path)).path;
            m_queue.removeAll(listed);
            m_queue.prepend(listed);
            loadNext();
            if (listed == m_selected)
                loadDetail(listed);
        });
    });

    updateButtons();
}

void CampaignsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Read when first looked at, not at login: reading a journal holds its lock for a moment,
    // and at login the console first puts back rate limits a killed run left lifted
    // (installAdminArea), which must open those journals itself.
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

bool CampaignsPanel::adminApi() const
{
    return m_admin.adminApiAvailable() && m_admin.isAdmin().value_or(false);
}

void CampaignsPanel::refresh()
{
    m_queue = CampaignLibrary(m_service.profileDir()).journals();
    const QString selected = m_selected;
    m_list->setPaths(m_queue);
    m_selected.clear();
    if (m_list->rowOf(selected) >= 0)
        selectCampaign(selected);
    else
        loadDetail({}); // gone since
    loadNext();
}

void CampaignsPanel::loadNext()
{
    if (m_listBusy)
        return; // the read in flight goes on with the queue when it is done
    if (m_queue.isEmpty()) {
        emit refreshed();
        return;
    }
    const QString path = m_queue.takeFirst();
    m_listBusy = true;
    ++m_reading[path];
    auto done = [this, path] {
        if (--m_reading[path] <= 0)
            m_reading.remove(path);
        m_listBusy = false;
        updateButtons();
        loadNext();
    };
    m_loader->read(path, [this, path, done](CampaignReport report, const QString& error) {
        if (!error.isEmpty()) {
            m_list->setError(path, error);
            done();
            return;
        }
        m_list->setReport(report);
        // One campaign at a time: the server is asked in batches of rooms, and only the
        // counts are kept, not the rows.
        m_loader->ask(std::move(report), [this, done](CampaignReport asked) {
            m_list->setReport(asked);
            done();
        });
    });
}

void CampaignsPanel::selectCampaign(const QString& path)
{
    const int row = m_list->rowOf(path);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_listView->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    onSelectionChanged();
}

void CampaignsPanel::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString path = current.isValid() ? current.data(CampaignListModel::PathRole).toString() : QString();
    if (path == m_selected)
        return;
    m_selected = path;
    loadDetail(path);
}

void CampaignsPanel::loadDetail(const QString& path)
{
    const int generation = ++m_detailGeneration;
    // Read again after a run: the last view stays until the new one is there.
    if (!m_report || m_report->path != path) {
        m_report.reset();
        m_serverAsked = false;
        m_recipients->clear();
        m_serverNote->clear();
        m_serverNote->hide();
        m_text->clear();
        m_title->setText(
            path.isEmpty() ? tr("Choose a campaign above to see its recipients.") : tr("Reading %1…").arg(path));
    }
    updateButtons();
    if (path.isEmpty())
        return;
    ++m_reading[path];
    auto done = [this, path] {
        if (--m_reading[path] <= 0)
            m_reading.remove(path);
        updateButtons();
    };
    auto show = [this](const CampaignReport& shown, bool asked) {
        m_report = shown;
        m_serverAsked = asked;
        m_recipients->setReport(shown.rows, asked);
        // The admin's sort stays across the reloads of this campaign.
        const QHeaderView* header = m_recipientTable->horizontalHeader();
        if (header->sortIndicatorSection() >= 0 && header->sortIndicatorSection() < m_recipients->columnCount())
            m_recipients->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        m_title->setText(tr("Campaign of %1 to %2 recipient(s) via %3")
                             .arg(campaignWhen(shown.header.createdMs))
                             .arg(shown.rows.size())
                             .arg(shown.header.spec.route == Route::Rooms ? tr("notice rooms") : tr("server notices")));
        m_text->setText(firstLineOf(shown.currentText, 200));
        m_serverNote->setText(shownCampaignText(shown.serverNote));
        m_serverNote->setVisible(!shown.serverNote.isEmpty());
    };
    m_loader->read(path, [this, generation, path, done, show](CampaignReport report, const QString& error) {
        if (generation != m_detailGeneration) {
            done();
            return;
        }
        if (!error.isEmpty()) {
            m_title->setText(tr("Cannot read %1: %2").arg(path, error));
            done();
            return;
        }
        show(report, false);
        updateButtons();
        m_loader->ask(std::move(report), [this, generation, done, show](CampaignReport asked) {
            if (generation == m_detailGeneration) {
                m_list->setReport(asked);
                show(asked, asked.joined >= 0);
            }
            done();
        });
    });
}

void CampaignsPanel::updateButtons()
{
    const bool have = m_report.has_value();
    // A run on the opened journal must wait while it is being read (the read holds its lock).
    const bool idle = !m_runner.isBusy() && !m_reading.contains(m_selected);
    const bool mine = have && m_report->header.sender == m_service.userId();
    const bool delivered = have && m_report->delivered > 0;
    // A finished recall has nothing left to do, and withdrawn notices cannot be edited.
    const bool recalled = have && m_report->recalled > 0;
    const bool allRecalled = recalled && m_report->recalled >= m_report->delivered;
    m_recall->setEnabled(idle && mine && delivered && !allRecalled);
    m_correct->setEnabled(idle && mine && delivered && !recalled);
    m_recall->setToolTip(allRecalled ? tr("Every delivered notice of this campaign is withdrawn.")
                                     : tr("Withdraw every delivered notice of this campaign, with a reason."));
    m_correct->setToolTip(recalled ? tr("This campaign was recalled: withdrawn notices cannot be edited.")
                                   : tr("Edit every delivered notice of this campaign to a new text."));
    const bool standing = have && m_report->header.spec.audience == QLatin1String("all-local-users");
    m_newAccounts->setEnabled(idle && mine && standing && adminApi());
    m_newAccounts->setToolTip(standing
            ? tr("Send the same notice to the accounts made since this campaign last ran; everyone "
                 "who has it gets nothing new.")
            : tr("Only for campaigns to all local users."));
    m_export->setEnabled(have);
    if (have && !mine)
        m_recall->setToolTip(
            tr("Sent by %1: log in as that account to recall or correct it.").arg(m_report->header.sender));
}

} // namespace nb
