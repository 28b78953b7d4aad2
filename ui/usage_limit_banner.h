#pragma once
// A bar across the top of the main window while the server reports a usage limit:
// what happened, in one sentence, and whom to contact. Strong but not alarming: the
// user did nothing wrong and usually cannot fix it themselves.
#include "notice/account_state.h"
#include "notice/usage_limit.h"

#include <QFrame>
#include <QUrl>
#include <optional>

class QLabel;

namespace nb {

class UsageLimitBanner : public QFrame {
    Q_OBJECT
public:
    explicit UsageLimitBanner(QWidget* parent = nullptr);

    // nullopt hides the banner.
    void setLimit(const std::optional<UsageLimit>& limit);

    // The banner's rich text for a limit; the contact is a link only when
    // safeContactUrl() accepts it. Exposed for tests.
    static QString bannerHtml(const UsageLimit& limit);

    // What the server says about the account (terms to accept, suspended, locked), above the
    // usage limit when both hold; nullopt takes it away. `supportAdmins`: whom to contact
    // (/.well-known/matrix/support). The banner shows while either is set.
    void setAccountState(
        const std::optional<AccountState>& state, const QStringList& supportAdmins = {}, const QUrl& homeserver = {});
    // Its rich text: the consent page is a link only when safeConsentUrl() accepts it, and its
    // text is the whole address, so the user sees where it leads. Exposed for tests.
    static QString accountStateHtml(
        const AccountState& state, const QStringList& supportAdmins, const QUrl& homeserver);

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override; // theme_colors.h: background and border

private:
    void applyColors(); // theme_colors.h: the light or the dark set, by the palette
    bool m_applyingColors = false;
    QLabel* m_icon;
    QLabel* m_text;
    QLabel* m_accountText = nullptr; // the account state, above m_text (the usage limit)
    bool m_hasAccountState = false;
};

} // namespace nb
