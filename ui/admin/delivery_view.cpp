#include "delivery_view.h"

#include "delivery_runner.h"
#include "ui/message_bar.h"
#include "ui/plain_tooltip_proxy.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace nb {

DeliveryView::DeliveryView(DeliveryRunner& runner, QString journalDir, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_journalDir(std::move(journalDir))
    , m_messages(new MessageBar(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_tableModel(new PlainToolTipProxy(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_resume(new QPushButton(tr("Resume…"), this))
{
    setObjectName(QStringLiteral("deliveryView"));
    m_messages->setObjectName(QStringLiteral("deliveryMessages"));
    m_progress->setObjectName(QStringLiteral("deliveryProgress"));
    m_status->setObjectName(QStringLiteral("deliveryStatus"));
    m_table->setObjectName(QStringLiteral("deliveryTable"));
    m_table->setAccessibleName(tr("Recipients and their delivery"));
    m_table->setTabKeyNavigation(false); // Tab leaves; arrow keys move between rows
    m_cancel->setObjectName(QStringLiteral("cancelDeliveryButton"));
    m_resume->setObjectName(QStringLiteral("resumeDeliveryButton"));
    m_resume->setToolTip(tr(
        "Reopen a campaign journal and deliver to everyone it does not record as done. Nobody gets a notice twice."));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No delivery yet"));
    m_status->setTextFormat(Qt::PlainText); // names recipients and quotes server errors
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Through a proxy whose tooltips are plain: a cell's tooltip is its detail, server text.
    m_tableModel->setSourceModel(m_runner.model());
    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_cancel->setEnabled(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_resume);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messages);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(&m_runner, &DeliveryRunner::modelChanged, this, [this] {
        m_tableModel->setSourceModel(m_runner.model());
        m_table->setColumnWidth(0, 260);
        m_table->setColumnWidth(1, 80);
    });
    connect(&m_runner, &DeliveryRunner::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
        updateFormat();
    });
    // The estimate at the server's pace rides on the bar: "12 of 300 done · about 4 h 40 min left".
    connect(&m_runner, &DeliveryRunner::estimateChanged, this, [this](const QString& left) {
        m_left = left;
        updateFormat();
    });
    connect(&m_runner, &DeliveryRunner::statusLine, m_status, &QLabel::setText);
    connect(&m_runner, &DeliveryRunner::busyChanged, this, &DeliveryView::updateBusy);
    connect(&m_runner, &DeliveryRunner::refused, this, [this](const QString& message) {
        m_status->clear();
        m_messages->showMessage(MessageBar::Kind::Error, message);
    });
    connect(&m_runner, &DeliveryRunner::finished, this, [this](const QString& summary, bool complete) {
        m_status->clear();
        m_messages->showMessage(complete ? MessageBar::Kind::Info : MessageBar::Kind::Error, summary);
    });
    connect(m_cancel, &QPushButton::clicked, &m_runner, &DeliveryRunner::cancel);
    connect(m_resume, &QPushButton::clicked, this, &DeliveryView::chooseJournal);
}

void DeliveryView::updateFormat()
{
    m_progress->setFormat(m_left.isEmpty() ? tr("%v of %m done") : tr("%v of %m done · %1").arg(m_left));
}

void DeliveryView::updateBusy(bool busy)
{
    m_cancel->setEnabled(busy);
    m_resume->setEnabled(!busy);
    if (busy)
        m_messages->hide();
}

void DeliveryView::chooseJournal()
{
    // Window-modal and asynchronous (open(), not exec()): deliveries elsewhere keep their
    // progress updating while the admin picks a file.
    auto* dialog = new QFileDialog(
        this, tr("Resume a campaign"), m_journalDir, tr("Campaign journals (*.journal *.jsonl);;All files (*)"));
    dialog->setObjectName(QStringLiteral("resumeJournalDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, &m_runner, &DeliveryRunner::resume);
    dialog->open();
}

} // namespace nb
