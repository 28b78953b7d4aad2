#pragma once
// Signing in: a Matrix ID (the server is found through .well-known), or a homeserver
// address plus a user name, and a password. A failed login says why in words; a
// usage limit shows the administrator's contact as a link when it is a safe one.
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nb {

class NoticeService;
struct ActionResult;

class LoginWindow : public QWidget {
    Q_OBJECT
public:
    explicit LoginWindow(NoticeService& service, QWidget* parent = nullptr);

    // Shown above the form, e.g. why the user has to log in again.
    void setNotice(const QString& text);
    bool isBusy() const { return m_busy; }

signals:
    // message: who is logged in and where the access token is kept.
    void loggedIn(const QString& message);

private:
    void toggleHomeserverMode(bool useHomeserver);
    void submit();
    void finish(const ActionResult& result);
    void setBusy(bool busy);
    void showError(const ActionResult& result);
    void updateSubmitEnabled();

    NoticeService& m_service;
    bool m_busy = false;
    QLabel* m_notice;
    QLineEdit* m_matrixId;
    QCheckBox* m_useHomeserver;
    QWidget* m_homeserverRow;
    QLineEdit* m_homeserver;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QPushButton* m_login;
    QLabel* m_status;
    QLabel* m_error;
};

} // namespace nb
