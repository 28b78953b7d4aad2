#pragma once
// Getting a campaign ready to run: either resume the journal at `journalPath` (after
// checking it is the same campaign), or resolve and check the recipients and start a new
// journal. A `journalPath` that is neither a journal nor a free name is refused first.
// A standing campaign (audience "all local users") resumed or run again first adds the
// accounts made since, so they get the notice too and nobody gets it twice. Nothing is written when a
// recipient is rejected, so a corrected command can start afresh with the same journal name.
#include "campaign/campaign_journal.h"
#include "campaign/recipients.h"
#include "client/matrix_api.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace nb::campaign {

struct PlanRequest {
    CampaignSpec spec; // spec.audience decides between `users` and all local users
    QStringList users; // normalised (normalizeRecipients) when the audience is a list
    QString journalPath;
    QString sender; // the logged-in account
    QString localServer; // its server name: recipients must be on it
    bool adminApi = true; // Synapse admin API available (and we are an admin)
    // Resume the journal at journalPath as it is (its own spec; `spec` and `users` are
    // not compared): the GUI's Resume and "Deliver to new accounts".
    bool resumeOnly = false;
};

struct PlanResult {
    // Journal: the journal could not be written (disk full, file system read-only); the
    // server was asked nothing yet that the journal does not hold.
    enum class Problem { None, Usage, Server, Journal };
    Problem problem = Problem::None;
    QString message; // for Usage/Server: what is wrong, in words
    QList<Failure> rejected; // remote / unknown users (Usage)
    std::optional<RequestFailure> failure; // Server: why the server could not be asked
    std::unique_ptr<CampaignJournal> journal;
    bool resumed = false;
    // A standing campaign (all local users) run again: accounts made since its last run,
    // added to the journal as recipients ("added"); everyone else already has the notice.
    int newRecipients = 0;
};

class CampaignPlanner : public QObject {
    Q_OBJECT
public:
    explicit CampaignPlanner(MatrixApi& api, QObject* parent = nullptr);

    using Done = std::function<void(PlanResult)>;
    void plan(PlanRequest request, Done done);

private:
    void resume(const PlanRequest& request, const Done& done);
    void addNewAccounts(ResolvedRecipients listed, const Done& done);
    void startJournal(const PlanRequest& request, ResolvedRecipients resolved, const Done& done);

    MatrixApi& m_api;
    std::unique_ptr<RecipientResolver> m_resolver;
    std::unique_ptr<CampaignJournal> m_journal; // a new one, until its header is written
};

} // namespace nb::campaign
