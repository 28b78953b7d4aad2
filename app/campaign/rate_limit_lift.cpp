#include "campaign/rate_limit_lift.h"

#include "campaign/guarded.h"
#include "matrix/json_access.h"

#include <QCoreApplication>
#include <QDateTime>

namespace nb::campaign {

using json = nlohmann::json;
using namespace json_access;

RateLimitLift::RateLimitLift(MatrixApi& api, CampaignJournal& journal, QString user, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_journal(journal)
    , m_user(std::move(user))
{
}

QString RateLimitLift::explanation()
{
    // Shown only (the lift option's explanation in the admin console), so in the user's language.
    return QCoreApplication::translate("nb::Campaign",
        "The server limits how fast one account may create rooms and send messages (by default one new room a "
        "minute after the first ten). As a server admin you can exempt your account while this campaign runs: "
        "its notices then go out as fast as the server can take them. Your account's previous setting is "
        "written to the campaign journal first and put back when the campaign ends, is stopped or fails (after a "
        "crash, at the next run or the next start of Noticeboard).");
}

bool RateLimitLift::isExemption(const json& override)
{
    if (!override.is_object() || !override.contains("messages_per_second"))
        return false;
    const json& rate = override["messages_per_second"];
    return rate.is_number() && rate.get<double>() == 0.0;
}

QString RateLimitLift::describe(const json& override)
{
    if (!override.is_object() || override.empty())
        return QStringLiteral("none");
    if (isExemption(override))
        return QStringLiteral("no limit");
    const json rate = override.value("messages_per_second", json());
    const json burst = override.value("burst_count", json());
    return QStringLiteral("%1 actions/s, bursts of %2")
        .arg(rate.is_number() ? rate.get<double>() : 0.0)
        .arg(burst.is_number() ? burst.get<qint64>() : 0);
}

void RateLimitLift::lift(Done done)
{
    if (m_journal.rateLimitLift().lifted) {
        // A run of this journal was killed while lifted: the override recorded then is the
        // one to put back, not today's (which is our own exemption).
        m_api.setRateLimitOverride(m_user, 0, 0, guarded(this, [done](Result<Empty> set) {
            done(set.ok(),
                set.ok() ? QStringLiteral("Rate limits are still lifted from the interrupted run; they are put back "
                                          "when this one ends.")
                         : QStringLiteral("Could not lift the rate limits: %1").arg(set.failure.describe()));
        }));
        return;
    }
    m_api.rateLimitOverride(m_user, guarded(this, [this, done](Result<json> current) {
        if (!current.ok()) {
            done(
                false, QStringLiteral("Could not read your account's rate limits: %1").arg(current.failure.describe()));
            return;
        }
        if (isExemption(*current.value)) {
            done(true, QStringLiteral("Your account has no rate limit already; nothing to lift."));
            return;
        }
        recordAndLift(*current.value, done);
    }));
}

void RateLimitLift::recordAndLift(const json& previous, const Done& done)
{
    const json recorded = previous.is_object() && !previous.empty() ? previous : json();
    // Synapse answers {} or both numbers. Anything else could not be put back as it was
    // (red team: a reply without burst_count was restored as a burst of 0).
    if (!recorded.is_null()
        && !(recorded.value("messages_per_second", json()).is_number()
            && recorded.value("burst_count", json()).is_number())) {
        done(false,
            QStringLiteral("Rate limits not lifted: the server's answer about your account's rate limits is not "
                           "understood (%1), so it could not be put back afterwards.")
                .arg(QString::fromStdString(recorded.dump(-1, ' ', true, json::error_handler_t::replace)).left(200)));
        return;
    }
    if (!m_journal.append(
            {{"t", "ratelimit_lift"}, {"previous", recorded}, {"ms", QDateTime::currentMSecsSinceEpoch()}})) {
        done(false, QStringLiteral("Rate limits not lifted: %1").arg(m_journal.lastError()));
        return;
    }
    m_api.setRateLimitOverride(m_user, 0, 0, guarded(this, [this, done, recorded](Result<Empty> set) {
        if (set.ok()) {
            done(true,
                QStringLiteral("Rate limits lifted for this campaign (previous setting: %1).").arg(describe(recorded)));
            return;
        }
        // The POST may still have acted (a timeout): put the recorded one back to be sure;
        // the journal keeps saying "lifted" until that has worked.
        const QString why = set.failure.describe();
        restore([done, why](bool, const QString&) {
            done(false, QStringLiteral("Could not lift the rate limits: %1").arg(why));
        });
    }));
}

void RateLimitLift::restore(Done done)
{
    const RateLimitLiftState state = m_journal.rateLimitLift();
    if (!state.lifted) {
        done(true, QString());
        return;
    }
    // Only our own exemption is taken back: another admin may have set the account's limits
    // while the campaign ran (red team), and theirs is the newer decision.
    m_api.rateLimitOverride(m_user, guarded(this, [this, done](Result<json> current) {
        if (current.ok() && !isExemption(*current.value)) {
            const QString now = describe(*current.value);
            if (!m_journal.append({{"t", "ratelimit_restored"}, {"left", *current.value},
                    {"ms", QDateTime::currentMSecsSinceEpoch()}})) {
                done(false,
                    QStringLiteral("The journal could not record the rate limits: %1").arg(m_journal.lastError()));
                return;
            }
            done(true,
                QStringLiteral("Rate limits left as they are (%1): they were changed during the campaign, not by it.")
                    .arg(now));
            return;
        }
        // An exemption (ours), or unreadable: put the recorded setting back.
        putBack(done);
    }));
}

void RateLimitLift::putBack(const Done& done)
{
    const RateLimitLiftState state = m_journal.rateLimitLift();
    auto recorded = guarded(this, [this, done, state](Result<Empty> put) {
        if (!put.ok()) {
            done(false,
                QStringLiteral("Could not put your account's rate limits back (%1): %2 They are put back at the next "
                               "run of this campaign or the next start of Noticeboard.")
                    .arg(describe(state.previous), put.failure.describe()));
            return;
        }
        if (!m_journal.append({{"t", "ratelimit_restored"}, {"ms", QDateTime::currentMSecsSinceEpoch()}})) {
            done(false,
                QStringLiteral("Rate limits put back, but the journal could not record it: %1")
                    .arg(m_journal.lastError()));
            return;
        }
        done(true, QStringLiteral("Rate limits put back (%1).").arg(describe(state.previous)));
    });
    if (state.previous.is_object() && !state.previous.empty()) {
        const json rate = state.previous.value("messages_per_second", json(0));
        const json burst = state.previous.value("burst_count", json(0));
        m_api.setRateLimitOverride(m_user, rate.is_number() ? qint64(rate.get<double>()) : 0,
            burst.is_number() ? burst.get<qint64>() : 0, recorded);
    } else {
        m_api.deleteRateLimitOverride(m_user, recorded);
    }
}

} // namespace nb::campaign
