#pragma once
// Settings: the user's own list of trusted notice senders (a notice room created by
// one of them counts as official even when the server does not list them), and whether
// official invites are opened without asking.
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace nb {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const QStringList& trustedSenders, bool opensOfficialInvites, QWidget* parent = nullptr);

    QStringList trustedSenders() const;
    bool opensOfficialInvites() const;
    // "Let the senders see when I have read a notice": public read receipts (on by default).
    void setSendsPublicReadReceipts(bool sendPublic);
    bool sendsPublicReadReceipts() const;
    // Another part of the settings (e.g. BackgroundSettings), placed above the OK/Cancel
    // buttons; the dialog takes ownership.
    void addSection(QWidget* section);

private:
    void addSender();
    void updateButtons();

    QListWidget* m_list;
    QLineEdit* m_input;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_error;
    QCheckBox* m_openInvites;
    QCheckBox* m_publicReceipts = nullptr;
};

} // namespace nb
