#pragma once
// One run at a time for the admin console, all asynchronous: a campaign delivery, its
// resumption, "deliver to new accounts", a recall or a correction go through the one
// engine both front ends use (campaign::CampaignDriver: journal, exactly-once, retries,
// rate-limit lift); usage-limit notices go one recipient after another through
// AdminService. This class only turns the driver's reports into words and a table for
// the views; it never talks HTTP and never builds a request.
#include "campaign/campaign_driver.h"
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
class CampaignJournal;
class CampaignTableModel;
class RecipientResolver;
struct ResolvedRecipients;
} // namespace campaign

struct DeliveryRequest {
    campaign::CampaignSpec spec; // audience "list" uses `users`
    QStringList users;
    QString journalPath; // campaigns only
    // Exempt the sending account from the server's rate limits while the campaign runs
    // (Synapse admin API; the previous setting is journaled and put back).
    bool liftRateLimit = false;
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
    // The journal as it is: what is not done yet, and for a standing campaign (all local
    // users) also the accounts made since its last run.
    void resume(const QString& journalPath);
    void deliverToNewAccounts(const QString& journalPath) { resume(journalPath); }
    void recall(const QString& journalPath, const QString& reason, bool liftRateLimit = false);
    void correct(const QString& journalPath, const QString& text, bool markdown, bool liftRateLimit = false);
    void cancel();
    bool isBusy() const { return m_busy; }
    // While busy, what stopping the app would interrupt, in words; empty when idle.
    QString busyDescription() const;
    // The per-recipient table of the current (or last) run: recipient, status, detail.
    QAbstractItemModel* model() const;
    // The last run keeps its journal open, and locked against other runs, so its table stays
    // on screen: that journal when it is the file at `path`, else null (open it yourself).
    const campaign::CampaignJournal* heldJournal(const QString& path) const;

signals:
    void busyChanged(bool busy);
    void modelChanged();
    void progressChanged(int done, int total);
    // "about 4 min left" at the server's pace (empty when not known).
    void estimateChanged(const QString& leftText);
    void statusLine(const QString& text);
    // Nothing was sent: why, in words (rejected recipients listed).
    void refused(const QString& message);
    // A campaign run began: how many recipients, how many new accounts a standing campaign
    // found, what happened to the rate limits, the estimate.
    void started(const nb::campaign::RunInfo& info);
    void finished(const QString& summary, bool complete);
    // A campaign run (not usage limits) ended, or was refused: its journal may have changed.
    void journalChanged(const QString& journalPath);

private:
    void setBusy(bool busy);
    void run(campaign::RunRequest request);
    void onStarted(const campaign::RunInfo& info);
    void onFinished(const campaign::RunOutcome& outcome);
    void startUsageLimits(const DeliveryRequest& request);
    void onUsageRecipients(campaign::ResolvedRecipients resolved);
    void sendNextUsageLimit();
    // "All local users": asks about the account (account_check.h) just before its notice;
    // a bridge's account ends skipped, a failed check failed, never sent unchecked.
    void checkUsageRecipient(int row);
    void sendUsageLimitTo(int row);
    void setUsageRow(int row, campaign::Status status, const QString& detail);

    NoticeService& m_service;
    AdminService& m_admin;
    // One per run, made when it starts (the admin status and server facts are read then).
    std::unique_ptr<campaign::CampaignDriver> m_driver;
    campaign::RunRequest m_request;
    std::unique_ptr<campaign::RecipientResolver> m_resolver;
    campaign::CampaignTableModel* m_campaignModel;
    QStandardItemModel* m_usageModel;
    bool m_showUsage = false;
    bool m_busy = false;
    bool m_cancelled = false;
    // Usage-limit run state.
    QStringList m_usageQueue;
    QList<campaign::Status> m_usageStatus; // one per entry of m_usageQueue
    DeliveryRequest m_usageRequest;
    int m_usageNext = 0;
    int m_usageSent = 0;
    int m_usageFailed = 0;
    int m_usageSkipped = 0;
};

} // namespace nb
