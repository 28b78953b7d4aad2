#include "notice/account_state.h"
#include "matrix/matrix_error.h"

#include <QCoreApplication>

namespace nb {

std::optional<AccountState> accountStateFromError(const MatrixError& error)
{
    AccountState state;
    state.serverMessage = error.message;
    const QString& code = error.errcode;
    if (code == QStringLiteral("M_CONSENT_NOT_GIVEN")) {
        state.kind = AccountState::Kind::ConsentNotGiven;
        state.consentUri = error.consentUri.value_or(QString());
    } else if (code == QStringLiteral("M_USER_SUSPENDED")) {
        state.kind = AccountState::Kind::Suspended;
    } else if (code == QStringLiteral("M_USER_LOCKED")) {
        state.kind = AccountState::Kind::Locked;
    } else if (code == QStringLiteral("M_USER_DEACTIVATED")) {
        state.kind = AccountState::Kind::Deactivated;
    } else {
        return std::nullopt;
    }
    return state;
}

QString accountStateName(AccountState::Kind kind)
{
    switch (kind) {
    case AccountState::Kind::ConsentNotGiven:
        return QStringLiteral("consent_not_given");
    case AccountState::Kind::Suspended:
        return QStringLiteral("suspended");
    case AccountState::Kind::Locked:
        return QStringLiteral("locked");
    case AccountState::Kind::Deactivated:
        return QStringLiteral("deactivated");
    }
    return {};
}

std::optional<AccountState::Kind> accountStateKindFromName(const QString& name)
{
    for (auto kind : {AccountState::Kind::ConsentNotGiven, AccountState::Kind::Suspended, AccountState::Kind::Locked,
             AccountState::Kind::Deactivated})
        if (accountStateName(kind) == name)
            return kind;
    return std::nullopt;
}

QString describeAccountState(const AccountState& state, TextLanguage language)
{
    constexpr const char* context = "nb::AccountState";
    switch (state.kind) {
    case AccountState::Kind::ConsentNotGiven:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::AccountState",
                "Your server asks you to accept its terms of service. "
                "Until you do, it refuses replies and other messages from this account."));
    case AccountState::Kind::Suspended:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::AccountState",
                "Your account has been suspended by your server's administrators. "
                "You can still read your notices, but the server refuses everything you send "
                "while it is suspended: replies, appeals included, and accepting new notices."));
    case AccountState::Kind::Locked:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::AccountState",
                "Your account has been locked by your server's administrators. "
                "The server refuses every request from it, so no new notices arrive."));
    case AccountState::Kind::Deactivated:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::AccountState",
                "This account has been deactivated by your server's administrators "
                "and can no longer sign in."));
    }
    return {};
}

QString accountStateAdvice(const AccountState& state, TextLanguage language)
{
    constexpr const char* context = "nb::AccountState";
    switch (state.kind) {
    case AccountState::Kind::ConsentNotGiven:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::AccountState", "Open the terms, read them and accept them; then try again."));
    case AccountState::Kind::Suspended:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::AccountState",
                "To appeal, contact your server's administrators another way, "
                "for example by email or on their support page."));
    case AccountState::Kind::Locked:
        return textIn(language, context,
            QT_TRANSLATE_NOOP("nb::AccountState",
                "You stay signed in: Noticeboard keeps trying and picks up again as soon "
                "as the administrators unlock the account. Contact them to ask why."));
    case AccountState::Kind::Deactivated:
        return textIn(language, context,
            QT_TRANSLATE_NOOP(
                "nb::AccountState", "Contact your server's administrators if you think this is a mistake."));
    }
    return {};
}

QUrl safeConsentUrl(const QString& consentUri, const QUrl& homeserver)
{
    for (const QChar c : consentUri)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            return {};
    const QUrl url(consentUri.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    const bool plainHomeserver = homeserver.scheme().toLower() == QStringLiteral("http");
    if (scheme != QStringLiteral("https") && !(scheme == QStringLiteral("http") && plainHomeserver))
        return {};
    return url;
}

bool isLiftedBy(AccountState::Kind kind, ProofOfService proof)
{
    switch (kind) {
    case AccountState::Kind::Locked:
        return true;
    case AccountState::Kind::ConsentNotGiven:
        return proof == ProofOfService::SentEvent;
    case AccountState::Kind::Suspended:
        return proof == ProofOfService::SentEvent || proof == ProofOfService::JoinedRoom
            || proof == ProofOfService::ProfileChange;
    case AccountState::Kind::Deactivated:
        return false; // only at login: a successful login starts from no state
    }
    return false;
}

} // namespace nb
