#pragma once
// Settings: the user's own list of trusted notice senders. A notice room created by
// one of them counts as official even when the server does not list them.
#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace nb {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const QStringList& trustedSenders, QWidget* parent = nullptr);

    QStringList trustedSenders() const;

private:
    void addSender();
    void updateButtons();

    QListWidget* m_list;
    QLineEdit* m_input;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_error;
};

} // namespace nb
