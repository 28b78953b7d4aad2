#pragma once
// Lifting the sending account's rate limits for one campaign run, and putting them back.
//
// Synapse's stock limits pace a campaign through notice rooms at one room a minute after
// the first ten (rc_room_creation), so 300 recipients take five hours. A server admin may
// exempt an account: POST /_synapse/admin/v1/users/{user}/override_ratelimit with 0/0
// turns off every limiter that knows the requester (synapse/api/ratelimiting.py reads
// the override and lets the action through when messages_per_second is 0).
//
// The override in place before (or "none") is written to the campaign journal BEFORE the
// lift, and put back when the run ends however it ends; a run killed while lifted leaves
// the journal saying so, and the next run on that journal (or the GUI's next start, for
// the journals in the profile) puts it back. If the account was already exempt, nothing
// is lifted and nothing is put back: the exemption is the admin's, not ours.
#include "campaign/campaign_journal.h"
#include "client/matrix_api.h"

#include <QObject>
#include <functional>
#include <optional>

namespace nb::campaign {

class RateLimitLift : public QObject {
    Q_OBJECT
public:
    // `user`: the sending account (the journal's sender). Neither is owned.
    RateLimitLift(MatrixApi& api, CampaignJournal& journal, QString user, QObject* parent = nullptr);

    // The sentence an admin reads before choosing it.
    static QString explanation();

    // ok: lifted (or already exempt, or still lifted by an interrupted run of this
    // journal); `message` says which. On failure nothing was lifted.
    using Done = std::function<void(bool ok, const QString& message)>;
    void lift(Done done);
    // Puts back what the journal recorded, then records that it is back. ok with an empty
    // message when the journal had nothing to put back.
    void restore(Done done);

    // Is an override value an exemption from all limits (0 messages per second)?
    static bool isExemption(const nlohmann::json& override);
    // The override in words: "none", "no limit", "5 actions/s, bursts of 10".
    static QString describe(const nlohmann::json& override);

private:
    void recordAndLift(const nlohmann::json& previous, const Done& done);
    // Puts the journaled setting back, unconditionally (restore() checks first).
    void putBack(const Done& done);

    MatrixApi& m_api;
    CampaignJournal& m_journal;
    QString m_user;
};

} // namespace nb::campaign
