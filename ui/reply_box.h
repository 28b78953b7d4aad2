#pragma once
// The reply field under a notice, shown only where the room's power levels let the
// user send messages. Ctrl+Enter sends; plain Enter makes a new line.
#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace nb {

class ReplyBox : public QWidget {
    Q_OBJECT
public:
    explicit ReplyBox(QWidget* parent = nullptr);

    QString text() const;
    void clear();
    void setBusy(bool busy);
    void focusEdit(); // the keyboard goes to the reply field (Reply, Ctrl+R)

signals:
    void sendRequested(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void requestSend();

    QPlainTextEdit* m_edit;
    QPushButton* m_send;
};

} // namespace nb
