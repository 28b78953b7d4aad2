#pragma once
// "Campaigns": the history of this profile's campaigns (journals in its campaigns folder,
// and any journal the admin opens or used elsewhere), with the counts from the journal and
// from the server. Opening one shows each recipient's status; from there the admin can
// recall it, correct it, deliver a standing campaign to the accounts made since, or export
// it as CSV. Runs go through the console's one DeliveryRunner (one run at a time, the same
// quit guard); this panel only renders and asks.
#include "campaign/campaign_report.h"

#include <QHash>
#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace nb {

class AdminService;
class CampaignListModel;
class CampaignReportLoader;
class DeliveryRunner;
class MessageBar;
class NoticeService;
class PlainToolTipProxy;
class RecipientReportModel;

class CampaignsPanel : public QWidget {
    Q_OBJECT
public:
    CampaignsPanel(NoticeService& service, AdminService& admin, DeliveryRunner& runner, QWidget* parent = nullptr);

    // Lists the journals again and reads each (server counts follow, one campaign at a time).
    void refresh();
    // Adds the journal at `path` to the history (remembered in the profile) and opens it.
    void openJournal(const QString& path);
    // Opens the campaign of `path` (selects its row; its recipients load).
    void selectCampaign(const QString& path);
    QString selectedPath() const { return m_selected; }
    // The opened campaign's report (with the server's side once asked), if loaded.
    const std::optional<campaign::CampaignReport>& openedReport() const { return m_report; }
    bool serverAsked() const { return m_serverAsked; }
    // Writes the opened campaign as CSV to `path`; the error in words, or empty.
    QString exportCsv(const QString& path) const;
    CampaignListModel* listModel() const { return m_list; }
    RecipientReportModel* recipientModel() const { return m_recipients; }

protected:
    void showEvent(QShowEvent* event) override;

signals:
    // The admin chose "Send a follow-up notice" for a campaign that cannot be recalled or
    // corrected: `users` got its notice by `route`; `why` says what the follow-up is for.
    void followUpRequested(const QStringList& users, nb::campaign::Route route, const QString& why);
    // Every journal of the list has been read and asked about.
    void refreshed();

private:
    void loadNext();
    void loadDetail(const QString& path);
    void onSelectionChanged();
    void updateButtons();
    void recall();
    void correct();
    void deliverToNewAccounts();
    void chooseExportFile();
    void chooseJournalToOpen();
    // Server-notices campaigns cannot be recalled or corrected: says why, offers a follow-up.
    void explainFollowUp(const QString& action);
    QString describe(const campaign::CampaignReport& report) const;
    bool adminApi() const;

    NoticeService& m_service;
    AdminService& m_admin;
    DeliveryRunner& m_runner;
    CampaignReportLoader* m_loader;
    CampaignListModel* m_list;
    PlainToolTipProxy* m_listView;
    RecipientReportModel* m_recipients;
    PlainToolTipProxy* m_recipientsView;
    MessageBar* m_messages;
    QTableView* m_table;
    QTableView* m_recipientTable;
    QLabel* m_title;
    QLabel* m_text;
    QLabel* m_serverNote;
    QPushButton* m_refresh;
    QPushButton* m_open;
    QPushButton* m_recall;
    QPushButton* m_correct;
    QPushButton* m_newAccounts;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;

    // Journals being read now, by path: a run on one waits (the read holds its lock).
    QHash<QString, int> m_reading;
    QStringList m_queue; // journals still to read for the list, one at a time
    bool m_listBusy = false;
    bool m_shownOnce = false;
    QString m_selected;
    int m_detailGeneration = 0;
    std::optional<campaign::CampaignReport> m_report;
    bool m_serverAsked = false;
    bool m_ownRun = false; // the runner's current run was started here
    int m_newRecipients = -1; // "deliver to new accounts": how many it found
    QString m_left; // "about 4 min left"
};

} // namespace nb
