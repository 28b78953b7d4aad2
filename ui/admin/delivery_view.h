#pragma once
// The lower half of "Compose and deliver": a progress bar, the per-recipient status table
// (sent / failed with the reason / skipped), Cancel, and Resume (reopen a journal). It
// shows what a DeliveryRunner reports.
#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace nb {

class PlainToolTipProxy;

class DeliveryRunner;
class MessageBar;

class DeliveryView : public QWidget {
    Q_OBJECT
public:
    // `journalDir`: where the Resume dialog opens.
    DeliveryView(DeliveryRunner& runner, QString journalDir, QWidget* parent = nullptr);

    MessageBar* messages() const { return m_messages; }

private:
    void chooseJournal();
    void updateBusy(bool busy);
    void updateFormat();

    DeliveryRunner& m_runner;
    QString m_journalDir;
    MessageBar* m_messages;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableView* m_table;
    PlainToolTipProxy* m_tableModel;
    QPushButton* m_cancel;
    QPushButton* m_resume;
    QString m_left; // "about 4 min left", or empty
};

} // namespace nb
