#pragma once
// The admin console: "Create notice room", "Compose and deliver", "Campaigns" (the history,
// with recall, correct, deliver to new accounts, export) and "Sent notices" as tabs. Shown only to server admins:
// installAdminArea asks AdminService::checkAdmin and adds the area to a main window only when
// AdminService::mayUseAdminConsole says yes.
#include <QWidget>
#include <functional>

class QMainWindow;
class QTabWidget;
class QTimer;

namespace nb {

class AdminService;
class AppWindows;
class CampaignsPanel;
class ComposePanel;
class CreateRoomPanel;
class MainWindow;
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
    CampaignsPanel* campaignsPanel() const { return m_campaigns; }
    SentNoticesPanel* sentPanel() const { return m_sent; }

signals:
    // Notice rooms whose recipient wrote last (an appeal waiting for an answer); the
    // "Sent notices" tab shows the count, and so does the main window's "Admin" tab.
    void awaitingAnswersChanged(int count);

private:
    QTabWidget* m_tabs;
    CreateRoomPanel* m_create;
    ComposePanel* m_compose;
    CampaignsPanel* m_campaigns;
    SentNoticesPanel* m_sent;
    QTimer* m_sentRefresh;
};

// Asks the server whether the signed-in user may use the admin console
// (AdminService::mayUseAdminConsole); if so, wraps `window`'s central widget in a tab
// widget ("Notices" | "Admin") with a new AdminArea, and puts back the rate limits that a
// campaign killed while they were lifted left behind (its journal says so; the outcome is
// shown in the window). Then calls `decided` with the area, or with nullptr when it was
// not offered (not an admin, or the server could not be asked).
void installAdminArea(
    QMainWindow* window, NoticeService& service, AdminService& admin, std::function<void(AdminArea*)> decided = {});

// The app's wiring: every inbox window `windows` creates gets its own AdminService (owned
// by the window) and, for those who may use it, the Admin tab. Used by the GUI main and
// by the GUI tests, so both run the same code.
void offerAdminConsole(
    AppWindows& windows, NoticeService& service, std::function<void(MainWindow*, AdminArea*)> decided = {});

} // namespace nb
