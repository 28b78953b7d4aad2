#pragma once
// What the server says about the account itself, as opposed to about the server (usage
// limits, usage_limit.h): the terms of service not accepted yet (M_CONSENT_NOT_GIVEN), the
// account suspended (M_USER_SUSPENDED, MSC3823), locked (M_USER_LOCKED) or deactivated
// (M_USER_DEACTIVATED). Learnt from the error bodies a real Synapse sends
// (tests/fixtures/synapse-1.160); explained in plain words with what the user can do.
#include "text/text_language.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace nb {

struct MatrixError;

struct AccountState {
    enum class Kind { ConsentNotGiven, Suspended, Locked, Deactivated };
    Kind kind = Kind::ConsentNotGiven;
    QString consentUri; // raw, as sent (ConsentNotGiven); link it only through safeConsentUrl()
    QString serverMessage; // the server's own "error" text, shown as a quotation at most

    bool operator==(const AccountState&) const = default;
};

std::optional<AccountState> accountStateFromError(const MatrixError& error);

// "consent_not_given" | "suspended" | "locked" | "deactivated": stable names for JSON
// output and settings.json.
QString accountStateName(AccountState::Kind kind);
std::optional<AccountState::Kind> accountStateKindFromName(const QString& name);

// One sentence: what the server does to the account. English (the default) as in
// `noticectl status --json`; TextLanguage::User where it is shown.
QString describeAccountState(const AccountState& state, TextLanguage language = TextLanguage::English);
// What the user can do about it (plain words; the consent link and the server's contacts
// are added by whoever shows it). The same choice of language.
QString accountStateAdvice(const AccountState& state, TextLanguage language = TextLanguage::English);

// The consent page as a link only when it is https (or plain http, when the homeserver itself
// is reached over plain http: the no-downgrade rule) with a host, no user name or password in
// it and nothing but printable characters; otherwise empty (shown as text, if at all). Synapse
// builds it from public_baseurl, which may name another host than the one the user typed (a
// delegated server name): the session's own TLS vouches for it, so any host is fine.
QUrl safeConsentUrl(const QString& consentUri, const QUrl& homeserver);

// Which successful requests show that a state no longer holds: any request for a locked
// account (every one was refused), sending an event for consent and suspension (joining a
// room also shows a suspension is lifted). Reading, receipts and leaving never do: the
// server allows them in every state.
// ProfileChange: a change to the user's own profile, which Synapse refuses only to a
// suspended account (the suspension probe, service_sync.cpp).
enum class ProofOfService { AnyRequest, SentEvent, JoinedRoom, ProfileChange };
bool isLiftedBy(AccountState::Kind kind, ProofOfService proof);

} // namespace nb
