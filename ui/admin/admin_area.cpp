#include "admin_area.h"

#include "admin/admin_service.h"
#include "campaign/campaign_driver.h"
#include "campaign/campaign_library.h"
#include "campaign/campaign_text.h"
#include "campaigns_panel.h"
#include "compose_panel.h"
#include "create_room_panel.h"
#include "delivery_runner.h"
#include "sent_notices_panel.h"
#include "ui/app_windows.h"
#include "ui/main_window.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace nb {

AdminArea::AdminArea(NoticeService& service, AdminService& admin, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_create(new CreateRoomPanel(admin, this))
    , m_compose(new ComposePanel(service, admin, this))
    , m_campaigns(new CampaignsPanel(service, admin, m_compose->runner(), this))
    , m_sent(new SentNoticesPanel(admin, this))
    , m_sentRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("adminArea"));
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    // A screen reader says this when focus reaches the tab bar (which tab is current it
    // says on its own).
    m_tabs->setAccessibleName(tr("Admin console sections"));
    m_tabs->addTab(m_create, tr("Create notice room"));
    m_tabs->addTab(m_compose, tr("Compose and deliver"));
    m_tabs->addTab(m_campaigns, tr("Campaigns"));
    m_tabs->addTab(m_sent, tr("Sent notices"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // What was just created or delivered is listed when the admin next looks.
    connect(m_create, &CreateRoomPanel::roomCreated, m_sent, &SentNoticesPanel::refresh);
    connect(m_compose, &ComposePanel::delivered, m_sent, &SentNoticesPanel::refresh);
    // A campaign that cannot be recalled or corrected gets a follow-up from the compose form.
    connect(m_campaigns, &CampaignsPanel::followUpRequested, this,
        [this](const QStringList& users, campaign::Route route, const QString& why) {
            m_compose->prefillFollowUp(users, route, why);
            m_tabs->setCurrentWidget(m_compose);
        });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_sent && m_sent->rooms().empty())
            m_sent->refresh();
    });
    // Replies (appeals) arrive without the admin asking: the list is refreshed once at
    // start and every minute (one filtered /sync each time), and the count of rooms
    // waiting for an answer is in the tab's title.
    connect(m_sent, &SentNoticesPanel::awaitingAnswersChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_sent),
            count > 0 ? tr("Sent notices (%1 awaiting answer)").arg(count) : tr("Sent notices"));
        emit awaitingAnswersChanged(count);
    });
    m_sentRefresh->setObjectName(QStringLiteral("sentNoticesRefreshTimer"));
    m_sentRefresh->setInterval(60 * 1000);
    connect(m_sentRefresh, &QTimer::timeout, m_sent, &SentNoticesPanel::refresh);
    m_sentRefresh->start();
    QTimer::singleShot(0, m_sent, &SentNoticesPanel::refresh);
}

void installAdminArea(
    QMainWindow* window, NoticeService& service, AdminService& admin, std::function<void(AdminArea*)> decided)
{
    QPointer<QMainWindow> target(window);
    admin.checkAdmin([target, &service, &admin, decided](ActionResult result) {
        if (!target)
            return;
        if (!result.ok() || !admin.mayUseAdminConsole()) {
            if (decided)
                decided(nullptr);
            return;
        }
        auto* tabs = new QTabWidget(target);
        tabs->setObjectName(QStringLiteral("mainTabs"));
        tabs->setDocumentMode(true);
        tabs->setAccessibleName(QCoreApplication::translate("nb::AdminArea", "Notices or admin console"));
        if (QWidget* inbox = target->takeCentralWidget())
            tabs->addTab(inbox, QCoreApplication::translate("nb::AdminArea", "Notices"));
        auto* area = new AdminArea(service, admin, tabs);
        const int adminTab = tabs->addTab(area, QCoreApplication::translate("nb::AdminArea", "Admin"));
        QObject::connect(area, &AdminArea::awaitingAnswersChanged, tabs, [tabs, adminTab](int count) {
            tabs->setTabText(adminTab,
                count > 0 ? QCoreApplication::translate("nb::AdminArea", "Admin (%1)").arg(count)
                          : QCoreApplication::translate("nb::AdminArea", "Admin"));
        });
        target->setCentralWidget(tabs);
        // Quitting or logging out mid-delivery asks first.
        if (auto* main = qobject_cast<MainWindow*>(target.data())) {
            QPointer<AdminArea> guarded(area);
            main->addStopGuard(
                [guarded] { return guarded ? guarded->composePanel()->runner().busyDescription() : QString(); });
        }
        // A campaign killed while its rate-limit lift was on left the account exempt: put
        // back what its journal recorded, now, before anything else is sent.
        QPointer<MainWindow> main = qobject_cast<MainWindow*>(target.data());
        campaign::CampaignDriver::restoreInterruptedLifts(
            service.api(), service.userId(), campaign::CampaignLibrary(service.profileDir()).journals(),
            [main](const QStringList& messages) {
                if (!main || messages.isEmpty())
                    return;
                // "<journal file>: <the campaign's English sentence>", shown in the user's language.
                QStringList lines;
                for (const QString& message : messages) {
                    const qsizetype colon = message.indexOf(QStringLiteral(": "));
                    lines << (colon < 0
                            ? campaign::shownCampaignText(message)
                            : message.left(colon + 2) + campaign::shownCampaignText(message.mid(colon + 2)));
                }
                main->showInfo(lines.join(QLatin1Char('\n')));
            },
            area);
        if (decided)
            decided(area);
    });
}

void offerAdminConsole(
    AppWindows& windows, NoticeService& service, std::function<void(MainWindow*, AdminArea*)> decided)
{
    QObject::connect(&windows, &AppWindows::mainWindowCreated, &windows, [&service, decided](MainWindow* window) {
        // Asked once per window, that is once per session; the window owns this AdminService.
        auto* admin = new AdminService(service, window);
        QPointer<MainWindow> guard(window);
        installAdminArea(window, service, *admin, [guard, decided](AdminArea* area) {
            // The admin panels' splitters arrive after the window put back the others'.
            if (guard && area)
                guard->restoreSplitters();
            if (decided && guard)
                decided(guard, area);
        });
    });
}

} // namespace nb
