#pragma once
// "Compose and deliver": who gets the notice (one user, a pasted list, a file, or all
// local users), the route (a MSC4279 notice room per user, or Synapse's server notices
// room), the Markdown body with a live sanitised preview or a usage-limit notice, and
// the journal file (in the profile's campaigns folder unless the admin picks another),
// how long it will take at the server's pace and, for a server admin, the choice to lift
// the account's rate limits meanwhile; Send hands a DeliveryRequest to the DeliveryRunner
// and the DeliveryView below shows its progress.
#include "campaign/campaign_types.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace nb {

class AdminService;
class DeliveryRunner;
class DeliveryView;
class MessageBar;
class NoticeService;
struct DeliveryRequest;

class ComposePanel : public QWidget {
    Q_OBJECT
public:
    ComposePanel(NoticeService& service, AdminService& admin, QWidget* parent = nullptr);

    DeliveryRunner& runner() const { return *m_runner; }
    // The form as a request, or nullopt with *error saying what to fix.
    std::optional<DeliveryRequest> request(QString* error) const;
    // A fresh journal file name under the profile (one per campaign).
    QString newJournalPath() const;
    // Fills the form for a follow-up notice to `users` by `route` (the text left to write),
    // e.g. after a campaign that cannot be recalled; `why` is shown above the form.
    void prefillFollowUp(const QStringList& users, campaign::Route route, const QString& why);

signals:
    void delivered();

private:
    // The recipient modes, in the order of the "recipientModeCombo" items.
    enum RecipientMode { OneUser, PastedList, FromFile, AllLocalUsers };

    QWidget* buildRecipients();
    QWidget* buildRoute();
    QWidget* buildUsageLimit();
    void updateAvailability();
    void updatePreview();
    void updateEstimate();
    // Recipients the form names now; -1 when not known before the start (a file, all users).
    int recipientCount() const;
    void send();

    NoticeService& m_service;
    AdminService& m_admin;
    DeliveryRunner* m_runner;
    MessageBar* m_messages;
    QComboBox* m_recipientMode;
    QStackedWidget* m_recipientPages;
    QLineEdit* m_oneUser;
    QPlainTextEdit* m_userList;
    QLineEdit* m_userFile;
    QLabel* m_allUsersNote;
    QRadioButton* m_viaRooms;
    QRadioButton* m_viaServerNotices;
    QComboBox* m_preset;
    QCheckBox* m_allowLeave;
    QLabel* m_routeReason;
    QCheckBox* m_liftRateLimit;
    QLabel* m_liftNote;
    QLabel* m_estimate;
    QTimer* m_estimateTimer;
    QCheckBox* m_usageLimit;
    QRadioButton* m_pinUsageLimit;
    QRadioButton* m_clearUsageLimit;
    QComboBox* m_limitType;
    QLineEdit* m_adminContact;
    QCheckBox* m_markdown;
    QPlainTextEdit* m_editor;
    QTextBrowser* m_preview;
    QLineEdit* m_journal;
    QPushButton* m_send;
    DeliveryView* m_delivery;
};

} // namespace nb
