#pragma once
// A bar across the top of the main window while the server reports a usage limit:
// what happened, in one sentence, and whom to contact. Strong but not alarming: the
// user did nothing wrong and usually cannot fix it themselves.
#include "notice/usage_limit.h"

#include <QFrame>
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

private:
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace nb
