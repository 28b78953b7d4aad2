#pragma once
// A campaign as its history shows it: from the journal, what was delivered, failed,
// skipped, recalled and corrected, per recipient; from the server (asked, never guessed),
// whether each recipient joined their notice room, read the notice (their own m.read
// receipt at or after it), replied, or archived the room (left it). Only the rooms route
// can be asked: a server-notices campaign's rooms belong to the server's notices account,
// and the counts the admin's client cannot see stay unknown (-1).
#include "campaign/campaign_journal.h"
#include "client/matrix_api.h"

#include <QObject>
#include <functional>

namespace nb::campaign {

struct RecipientReport {
    QString user;
    Status status = Status::Pending; // delivery
    QString detail; // event ID, or why it failed / was skipped
    QString room;
    QString eventId;
    bool recalled = false;
    bool corrected = false; // the latest correction reached them (edit or corrected text)
    QString membership; // "invite" | "join" | "leave" | "ban" | "" ; empty until asked
    bool read = false;
    bool replied = false;
};

struct CampaignReport {
    QString path;
    JournalHeader header;
    QString currentText; // after corrections
    QList<RecipientReport> rows;
    int delivered = 0, failed = 0, skipped = 0, pending = 0, recalled = 0, corrected = 0;
    // From the server; -1 when not asked or not askable (see serverNote).
    int joined = -1, read = -1, replied = -1, archived = -1;
    QString serverNote; // why the server-side counts are missing, in words
    bool rateLimitLifted = false; // a run was killed while lifted; not put back yet

    static CampaignReport fromJournal(const CampaignJournal& journal);
};

// Asks the server for joined / read / replied / archived, in batches of rooms through the
// admin's own /sync (the only client API that hands out others' read receipts).
class CampaignReporter : public QObject {
    Q_OBJECT
public:
    CampaignReporter(MatrixApi& api, QString me, QObject* parent = nullptr);
    using Done = std::function<void(CampaignReport)>;
    void ask(CampaignReport report, Done done);

private:
    void nextBatch(std::shared_ptr<CampaignReport> report, int from, Done done);

    MatrixApi& m_api;
    QString m_me;
};

} // namespace nb::campaign
