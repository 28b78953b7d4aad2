#pragma once
// One delivery at a time for the compose panel, off the UI thread's critical path (all
// asynchronous): plans and runs a campaign (app/campaign: journal, exactly-once, retries),
// resumes one from its journal, or sends usage-limit notices one recipient after another
// through AdminService. The view shows model() and the signals; it never talks HTTP.
#include "campaign/campaign_types.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QAbstractItemModel;
class QStandardItemModel;

namespace nb {

class AdminService;
class NoticeService;

namespace campaign {
class Campaign;
class CampaignJournal;
class CampaignPlanner;
class CampaignTableModel;
class RecipientResolver;
struct PlanResult;
struct ResolvedRecipients;
} // namespace campaign

struct DeliveryRequest {
    campaign::CampaignSpec spec; // audience "list" uses `users`
    QStringList users;
    QString journalPath; // campaigns only
    // Usage-limit mode: a pinned m.server_notice.usage_limit_reached in each recipient's
    // server notices room (AdminService::sendUsageLimit) instead of a campaign message.
    bool usageLimit = false;
    // With usageLimit: unpin the usage-limit notices (AdminService::clearUsageLimit) instead,
    // which takes the banner away again.
    bool clearUsageLimit = false;
    QString limitType;
    QString adminContact;
};

class DeliveryRunner : public QObject {
    Q_OBJECT
public:
    DeliveryRunner(NoticeService& service, AdminService& admin, QObject* parent = nullptr);
    ~DeliveryRunner() override;

    void start(const DeliveryRequest& request);
    void resume(const QString& journalPath);
    void cancel();
    bool isBusy() const { return m_busy; }
    // While busy, what stopping the app would interrupt, in words; empty when idle.
    QString busyDescription() const;
    // The per-recipient table of the current (or last) run: recipient, status, detail.
    QAbstractItemModel* model() const;

signals:
    void busyChanged(bool busy);
    void modelChanged();
    void progressChanged(int done, int total);
    void statusLine(const QString& text);
    // Nothing was sent: why, in words (rejected recipients listed).
    void refused(const QString& message);
    void finished(const QString& summary, bool complete);

private:
    void setBusy(bool busy);
    // Closes the last campaign's journal if it is the file at `path` (before reopening it).
    void releaseJournal(const QString& path);
    void onPlanned(campaign::PlanResult plan);
    void run(std::unique_ptr<campaign::CampaignJournal> journal, bool resumed);
    void onCampaignFinished(const campaign::Summary& summary);
    void startUsageLimits(const DeliveryRequest& request);
    void onUsageRecipients(const DeliveryRequest& request, campaign::ResolvedRecipients resolved);
    void sendNextUsageLimit();
    void setUsageRow(int row, const QString& status, const QString& detail);

    NoticeService& m_service;
    AdminService& m_admin;
    std::unique_ptr<campaign::CampaignPlanner> m_planner;
    std::unique_ptr<campaign::RecipientResolver> m_resolver;
    std::unique_ptr<campaign::CampaignJournal> m_journal;
    std::unique_ptr<campaign::Campaign> m_campaign;
    campaign::CampaignTableModel* m_campaignModel;
    QStandardItemModel* m_usageModel;
    bool m_showUsage = false;
    bool m_busy = false;
    bool m_cancelled = false;
    // Usage-limit run state.
    QStringList m_usageQueue;
    DeliveryRequest m_usageRequest;
    int m_usageNext = 0;
    int m_usageSent = 0;
    int m_usageFailed = 0;
    int m_usageSkipped = 0;
};

} // namespace nb
