#pragma once
// The admin console: "Create notice room", "Compose and deliver" and "Sent notices" as
// tabs. Shown only to server admins: installAdminArea asks AdminService::checkAdmin and
// adds the area to a main window only when the answer is yes.
#include <QWidget>
#include <functional>

class QMainWindow;
class QTabWidget;

namespace nb {

class AdminService;
class ComposePanel;
class CreateRoomPanel;
class NoticeService;
class SentNoticesPanel;

class AdminArea : public QWidget {
    Q_OBJECT
public:
    // Neither service is owned; both must outlive the area. Campaigns are created per
    // delivery from `service`'s session (see DeliveryRunner).
    AdminArea(NoticeService& service, AdminService& admin, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    CreateRoomPanel* createPanel() const { return m_create; }
    ComposePanel* composePanel() const { return m_compose; }
    SentNoticesPanel* sentPanel() const { return m_sent; }

private:
    QTabWidget* m_tabs;
    CreateRoomPanel* m_create;
    ComposePanel* m_compose;
    SentNoticesPanel* m_sent;
};

// Asks the server whether the signed-in user is an admin; on yes, wraps `window`'s central
// widget in a tab widget ("Notices" | "Admin") with a new AdminArea, and calls `shown`
// with it. Non-admins (and failures to ask) change nothing.
void installAdminArea(QMainWindow* window, NoticeService& service, AdminService& admin,
    std::function<void(AdminArea*)> shown = {});

} // namespace nb
