#include "admin_area.h"

#include "admin/admin_service.h"
#include "compose_panel.h"
#include "create_room_panel.h"
#include "sent_notices_panel.h"

#include <QMainWindow>
#include <QPointer>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nb {

AdminArea::AdminArea(NoticeService& service, AdminService& admin, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_create(new CreateRoomPanel(admin, this))
    , m_compose(new ComposePanel(service, admin, this))
    , m_sent(new SentNoticesPanel(admin, this))
{
    setObjectName(QStringLiteral("adminArea"));
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->addTab(m_create, QStringLiteral("Create notice room"));
    m_tabs->addTab(m_compose, QStringLiteral("Compose and deliver"));
    m_tabs->addTab(m_sent, QStringLiteral("Sent notices"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // What was just created or delivered is listed when the admin next looks.
    connect(m_create, &CreateRoomPanel::roomCreated, m_sent, &SentNoticesPanel::refresh);
    connect(m_compose, &ComposePanel::delivered, m_sent, &SentNoticesPanel::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_sent && m_sent->rooms().empty())
            m_sent->refresh();
    });
}

void installAdminArea(QMainWindow* window, NoticeService& service, AdminService& admin,
    std::function<void(AdminArea*)> shown)
{
    QPointer<QMainWindow> target(window);
    admin.checkAdmin([target, &service, &admin, shown](ActionResult result) {
        if (!target || !result.ok() || result.value != QLatin1String("true"))
            return;
        auto* tabs = new QTabWidget(target);
        tabs->setObjectName(QStringLiteral("mainTabs"));
        tabs->setDocumentMode(true);
        if (QWidget* inbox = target->takeCentralWidget())
            tabs->addTab(inbox, QStringLiteral("Notices"));
        auto* area = new AdminArea(service, admin, tabs);
        tabs->addTab(area, QStringLiteral("Admin"));
        target->setCentralWidget(tabs);
        if (shown)
            shown(area);
    });
}

} // namespace nb
