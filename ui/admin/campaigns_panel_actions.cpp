// CampaignsPanel's actions on the opened campaign: recall, correct (or, where the route
// cannot, the offer of a follow-up notice), deliver to new accounts, export as CSV, and
// adding a journal kept elsewhere. Each only asks (a dialog) and hands the run to the
// console's DeliveryRunner; the outcome comes back through its signals (campaigns_panel.cpp).
#include "campaigns_panel.h"

#include "campaign/campaign_library.h"
#include "campaign_csv.h"
#include "campaign_dialogs.h"
#include "campaign_list_model.h"
#include "delivery_runner.h"
#include "service/notice_service.h"
#include "ui/message_bar.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>

namespace nb {

using namespace nb::campaign;

QString CampaignsPanel::describe(const CampaignReport& report) const
{
    return tr("the campaign of %1 to %2 recipient(s) (\"%3\")")
        .arg(campaignWhen(report.header.createdMs))
        .arg(report.rows.size())
        .arg(firstLineOf(report.currentText, 60));
}

void CampaignsPanel::explainFollowUp(const QString& action)
{
    QStringList users;
    for (const RecipientReport& row : std::as_const(m_report->rows))
        if (row.status == Status::Sent)
            users << row.user;
    const Route route = m_report->header.spec.route;
    const QString when = campaignWhen(m_report->header.createdMs);
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("followUpBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(tr("Cannot %1 this campaign").arg(action));
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("This campaign went through Synapse's server notices room. Its notices were sent by "
                    "the server's own notices account, so an administrator cannot %1 them.")
                     .arg(action));
    box->setInformativeText(tr("You can send a follow-up notice to the %1 recipient(s) who got it.").arg(users.size()));
    QPushButton* followUp = box->addButton(tr("Send a follow-up notice"), QMessageBox::AcceptRole);
    followUp->setObjectName(QStringLiteral("followUpButton"));
    box->addButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, followUp, users, route, when](QAbstractButton* clicked) {
        if (clicked != followUp)
            return;
        emit followUpRequested(users, route,
            tr("A follow-up to the %1 recipient(s) of the campaign of %2: write it and press Send. The "
               "first notice stays as it was.")
                .arg(users.size())
                .arg(when));
    });
    box->open();
}

void CampaignsPanel::recall()
{
    if (!m_report)
        return;
    if (m_report->header.spec.route != Route::Rooms) {
        explainFollowUp(QStringLiteral("recall"));
        return;
    }
    const QString path = m_selected;
    openRecallDialog(this, describe(*m_report), adminApi(), [this, path](const QString& reason, bool lift) {
        m_ownRun = true;
        m_newRecipients = -1;
        m_messages->hide();
        m_runner.recall(path, reason, lift);
        m_progress->setVisible(m_runner.isBusy());
        m_cancel->setVisible(m_runner.isBusy());
    });
}

void CampaignsPanel::correct()
{
    if (!m_report)
        return;
    if (m_report->header.spec.route != Route::Rooms) {
        explainFollowUp(QStringLiteral("correct"));
        return;
    }
    const QString path = m_selected;
    openCorrectionDialog(this, describe(*m_report), m_report->currentText, m_report->header.spec.markdown, adminApi(),
        [this, path](const QString& text, bool markdown, bool lift) {
            m_ownRun = true;
            m_newRecipients = -1;
            m_messages->hide();
            m_runner.correct(path, text, markdown, lift);
            m_progress->setVisible(m_runner.isBusy());
            m_cancel->setVisible(m_runner.isBusy());
        });
}

void CampaignsPanel::deliverToNewAccounts()
{
    if (!m_report)
        return;
    m_ownRun = true;
    m_newRecipients = -1;
    m_messages->hide();
    m_runner.deliverToNewAccounts(m_selected);
    m_progress->setVisible(m_runner.isBusy());
    m_cancel->setVisible(m_runner.isBusy());
}

QString CampaignsPanel::exportCsv(const QString& path) const
{
    if (!m_report)
        return tr("Open a campaign first.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(campaignCsv(*m_report));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void CampaignsPanel::chooseExportFile()
{
    if (!m_report)
        return;
    const QString name = QStringLiteral("campaign-%1.csv")
                             .arg(campaignWhen(m_report->header.createdMs)
                                      .replace(QLatin1Char(' '), QLatin1Char('-'))
                                      .remove(QLatin1Char(':')));
    auto* dialog = new QFileDialog(
        this, tr("Export the campaign as CSV"), QDir(QDir::homePath()).filePath(name), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportCsvDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const QString error = exportCsv(path);
        if (error.isEmpty())
            m_messages->showMessage(
                MessageBar::Kind::Info, tr("Saved %1 recipient(s) to %2.").arg(m_report->rows.size()).arg(path));
        else
            m_messages->showMessage(MessageBar::Kind::Error, error);
    });
    dialog->open();
}

void CampaignsPanel::chooseJournalToOpen()
{
    auto* dialog = new QFileDialog(this, tr("Open a campaign journal"), QDir::homePath(),
        tr("Campaign journals (*.journal *.jsonl);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openJournalDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CampaignsPanel::openJournal);
    dialog->open();
}

void CampaignsPanel::openJournal(const QString& path)
{
    // Looked at (read only) before it is listed: a typo or another file is refused as is.
    const QString why =
        QFileInfo(path).isFile() ? CampaignJournal::refusal(path) : tr("There is no file %1.").arg(path);
    if (!why.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Not opened: %1").arg(why));
        return;
    }
    m_messages->hide();
    CampaignLibrary(m_service.profileDir()).remember(path);
    refresh();
    selectCampaign(QFileInfo(path).absoluteFilePath());
}

} // namespace nb
