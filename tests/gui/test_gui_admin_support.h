#pragma once
// What the admin GUI test checks on the recipients' side, through each recipient's own
// session (tests/integration/admin_session.h), independent of the app's parsers.
#include "admin_session.h"
#include "gui_helpers.h"
#include "synapse_instance.h"

#include "admin/admin_service.h"
#include "service/notice_service.h"
#include "service/wait_for_action.h"
#include "ui/admin/admin_area.h"
#include "ui/app_windows.h"
#include "ui/desktop_settings.h"
#include "ui/main_window.h"
#include "ui/message_bar.h"

#include <QList>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>

namespace nb::guitest {

// The whole app for one user, wired as the GUI main wires it (offerAdminConsole) and
// signed in through the real login window; records whether the Admin tab was offered.
struct SignedInApp {
    QTemporaryDir profile;
    std::unique_ptr<NoticeService> service;
    std::unique_ptr<AppWindows> windows;
    bool decided = false; // the admin check has been answered
    QPointer<AdminArea> area; // the Admin tab's area; null when not offered
    // Set (keepLayout) to keep the windows' layout in the profile's desktop.ini, as the app does.
    std::unique_ptr<DesktopSettings> desktop;

    void keepLayout() { desktop = std::make_unique<DesktopSettings>(DesktopSettings::fileIn(profile.path())); }
    // Returns the login error, or empty when the inbox is up.
    QString start(const testsupport::SynapseInstance& synapse, const QString& user, const QString& password)
    {
        open(synapse);
        return logInThroughWindow(*windows, user, password);
    }
    // Quits the app (the window keeps its layout as it goes) and starts it again on the same
    // profile, with the session it saved: no login window.
    void restart(const testsupport::SynapseInstance& synapse)
    {
        quit();
        open(synapse);
    }
    // Quits the app (the window keeps its layout as it goes); open() starts it again.
    void quit()
    {
        windows.reset();
        service.reset();
        if (desktop)
            keepLayout(); // read again from the file, as a new process would
        decided = false;
        area.clear();
    }
    void open(const testsupport::SynapseInstance& synapse)
    {
        service = newService(profile.path(), synapse.caFile());
        windows = std::make_unique<AppWindows>(*service);
        if (desktop)
            windows->setDesktopSettings(desktop.get());
        offerAdminConsole(*windows, *service, [this](MainWindow*, AdminArea* offered) {
            decided = true;
            area = offered;
        });
        windows->start();
    }
    // The "Notices | Admin" tabs of the main window; null when the console was not added.
    QTabWidget* mainTabs() const { return windows->mainWindow()->findChild<QTabWidget*>(QStringLiteral("mainTabs")); }
    // Any trace of the admin console in the main window.
    bool showsAdminConsole() const { return mainTabs() || windows->mainWindow()->findChild<AdminArea*>(); }

    ~SignedInApp()
    {
        windows.reset(); // the windows use the service
        service.reset();
        desktop.reset();
    }
};

// The server admin logged in on `service`, with an AdminService that has checked it is an
// admin and that the admin API answers; null with the reason in *why otherwise.
inline std::unique_ptr<AdminService> signInAdmin(
    NoticeService& service, const testsupport::SynapseInstance& synapse, QString* why)
{
    const ActionResult login = waitForAction([&](auto done) {
        service.login(synapse.adminUserId(), synapse.baseUrl().toString(), synapse.adminPassword(), done);
    });
    if (!login.ok()) {
        *why = QStringLiteral("login: ") + login.message;
        return nullptr;
    }
    auto admin = std::make_unique<AdminService>(service);
    const ActionResult check = waitForAction([&](auto done) { admin->checkAdmin(done); });
    if (!check.ok() || check.value != QLatin1String("true") || !admin->adminApiAvailable()) {
        *why = QStringLiteral("admin check: ") + check.message;
        return nullptr;
    }
    return admin;
}

// Presses Send on the compose panel in `area` and waits for the run to end. Returns what the
// panel says: the form's refusal (a message above the form while nothing runs), else the
// delivery's closing message, else what went wrong with the wait, in brackets.
inline QString sendFromComposeAndWait(const QWidget& area)
{
    auto* send = area.findChild<QPushButton*>(QStringLiteral("sendButton"));
    auto* form = area.findChild<MessageBar*>(QStringLiteral("composeMessages"));
    if (!send || !form)
        return QStringLiteral("(no compose panel)");
    QTest::mouseClick(send, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !send->isEnabled() || form->isVisible(); }, 5000))
        return QStringLiteral("(the delivery did not start)");
    if (form->isVisible() && send->isEnabled())
        return form->text(); // refused: nothing started
    if (!QTest::qWaitFor([&] { return send->isEnabled(); }, 120000))
        return QStringLiteral("(the delivery did not end within 2 minutes)");
    auto* bar = area.findChild<MessageBar*>(QStringLiteral("deliveryMessages"));
    return bar && bar->isVisible() ? bar->text() : QStringLiteral("(no delivery message)");
}

inline std::unique_ptr<testing::ApiSession> session(
    const testsupport::SynapseInstance& synapse, const testsupport::SynapseInstance::User& user)
{
    return std::make_unique<testing::ApiSession>(synapse.baseUrl(), user.accessToken, synapse.caFile());
}

struct RoomStateMap {
    std::map<std::pair<std::string, std::string>, nlohmann::json> contents;
    nlohmann::json get(const std::string& type, const std::string& stateKey = {}) const
    {
        const auto it = contents.find({type, stateKey});
        return it == contents.end() ? nlohmann::json::object() : it->second;
    }
};

// GET /rooms/{id}/state as the given user.
inline RoomStateMap roomStateAs(testing::ApiSession& who, const QString& roomId)
{
    RoomStateMap state;
    auto result = who.wait<nlohmann::json>([&](auto cb) { who.api().roomState(roomId, cb); });
    if (result.ok())
        for (const auto& event : *result.value)
            state.contents[{event.value("type", std::string()), event.value("state_key", std::string())}] =
                event.value("content", nlohmann::json::object());
    return state;
}

// The leave rule under the stable or the unstable type; "deny" when neither is set.
inline std::string leaveRuleOf(const RoomStateMap& state)
{
    for (const char* type : {"m.room.leave_rules", "org.matrix.msc4279.leave_rules"}) {
        const auto content = state.get(type);
        if (content.contains("leave_rule"))
            return content["leave_rule"].get<std::string>();
    }
    return "deny";
}

struct ReceivedNotice {
    QString roomId;
    std::string roomType; // m.room.create's type
    std::string formatted; // formatted_body
};

// Joins every pending invite, then lists the messages whose body contains `marker` (from
// `sender`, or anyone when empty), one entry per message.
inline QList<ReceivedNotice> noticesFrom(testing::ApiSession& who, const QString& sender, const QString& marker)
{
    const QString filter = QStringLiteral("{\"room\":{\"timeline\":{\"limit\":100}}}");
    auto sync = [&] {
        return who.wait<nlohmann::json>([&](auto cb) { who.api().sync(filter, QString(), 0, false, cb); });
    };
    auto first = sync();
    if (!first.ok())
        return {};
    // Named locals: items() of a temporary would dangle in the range-for.
    const nlohmann::json invites =
        first.value->value("rooms", nlohmann::json::object()).value("invite", nlohmann::json::object());
    for (const auto& [roomId, room] : invites.items())
        who.join(QString::fromStdString(roomId));
    auto second = sync();
    QList<ReceivedNotice> found;
    if (!second.ok())
        return found;
    const nlohmann::json joined =
        second.value->value("rooms", nlohmann::json::object()).value("join", nlohmann::json::object());
    for (const auto& [roomId, room] : joined.items()) {
        std::string type;
        std::vector<nlohmann::json> events;
        for (const char* section : {"state", "timeline"}) {
            const nlohmann::json list =
                room.value(section, nlohmann::json::object()).value("events", nlohmann::json::array());
            events.insert(events.end(), list.begin(), list.end());
        }
        for (const auto& event : events)
            if (event.value("type", std::string()) == "m.room.create")
                type = event["content"].value("type", std::string());
        for (const auto& event : events) {
            const auto content = event.value("content", nlohmann::json::object());
            if (event.value("type", std::string()) != "m.room.message"
                || QString::fromStdString(content.value("body", std::string())).indexOf(marker) < 0)
                continue;
            if (!sender.isEmpty() && event.value("sender", std::string()) != sender.toStdString())
                continue;
            found.append({QString::fromStdString(roomId), type, content.value("formatted_body", std::string())});
        }
    }
    return found;
}

} // namespace nb::guitest
