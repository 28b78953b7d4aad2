// noticeboard: the desktop app. Wiring only: the service (session, sync, actions)
// and the windows (ui/) are libraries shared with noticectl and the GUI tests.
#include "client/instance_channel.h"
#include "client/profile_lock.h"
#include "client/quit_signals.h"
#include "client/session_store.h"
#include "i18n/translations.h"
#include "service/notice_service.h"
#include "ui/admin/admin_area.h"
#include "ui/app_windows.h"
#include "ui/desktop_settings.h"
#include "ui/icons.h"
#include "ui/main_window.h"
#include "ui/profile_wait.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>

#include <string_view>

Q_LOGGING_CATEGORY(lcInstance, "noticeboard.instance", QtInfoMsg)

namespace {

// One profile, one app: the first start holds the profile lock and listens; a later start
// asks it to show its window and exits. noticectl takes the same lock for one command, so
// while it runs we wait for it, in a window that names it once the wait is more than a
// moment (profile_wait.h). Returns false when this process should exit (with `exitCode`).
bool becomeTheInstanceFor(nb::ProfileLock& lock, nb::QuitSignals& quitSignals, int* exitCode)
{
    nb::ProfileWait wait(lock);
    const QMetaObject::Connection cancel =
        QObject::connect(&quitSignals, &nb::QuitSignals::requested, &wait, &nb::ProfileWait::cancel);
    const nb::ProfileWait::Outcome outcome = wait.run();
    QObject::disconnect(cancel);
    switch (outcome) {
    case nb::ProfileWait::Outcome::Acquired:
        return true;
    case nb::ProfileWait::Outcome::Quit:
        qCWarning(lcInstance).noquote() << lock.message();
        *exitCode = 1;
        return false;
    case nb::ProfileWait::Outcome::BroughtForward:
    case nb::ProfileWait::Outcome::Cancelled:
        *exitCode = 0;
        return false;
    }
    return false;
}

// The command line, shared by the answer without a display and the app itself.
QCommandLineOption describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("noticeboard", "Server notices from your Matrix homeserver."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QCoreApplication::translate("noticeboard",
            "Keep the session and settings in DIR instead of the default place (shared with noticectl)."),
        QStringLiteral("DIR"));
    parser.addOption(profileOption);
    // Written into the start-at-login entry (ui/autostart.h).
    parser.addOption(QCommandLineOption(QStringLiteral("hidden"),
        QCoreApplication::translate("noticeboard",
            "Start in the system tray without opening the window (the window opens when there is no "
            "tray).")));
    return profileOption;
}

// --help and --version only print. QApplication aborts when it cannot reach a display, so
// these are answered before one is needed: over ssh, in a package check, in a script.
bool onlyPrints(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        nb::installTranslations(app); // --help in the user's language
        QCoreApplication::setApplicationName(QStringLiteral("noticeboard"));
        QCoreApplication::setApplicationVersion(QStringLiteral(NB_VERSION));
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    nb::installTranslations(app);
    QApplication::setOrganizationName(QStringLiteral("Noticeboard"));
    QApplication::setApplicationName(QStringLiteral("noticeboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Noticeboard"));
    QApplication::setApplicationVersion(QStringLiteral(NB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.noticeboard.Noticeboard"));
    QApplication::setWindowIcon(nb::icons::app());

    QCommandLineParser parser;
    const QCommandLineOption profileOption = describeOptions(parser);
    parser.process(app);

    nb::ServiceOptions options;
    options.opensOfficialInvites = true; // the app stays running: a waiting notice is opened (settings)
    // The session store's default directory unless given: the same one noticectl uses.
    options.profileDir = parser.isSet(profileOption) ? QDir(parser.value(profileOption)).absolutePath()
                                                     : nb::SessionStore::defaultProfileDir();
    // From here on SIGTERM, SIGINT and SIGHUP quit the normal way, exit status 0: the
    // destructors below then save the store, remove the socket and release the lock.
    nb::QuitSignals quitSignals;
    nb::ProfileLock lock(options.profileDir);
    int exitCode = 0;
    if (!becomeTheInstanceFor(lock, quitSignals, &exitCode))
        return exitCode;
    // A private CA (a test or company homeserver): added to the system CAs, never
    // replacing them, and certificate errors are still refused.
    options.extraCaFile = qEnvironmentVariable("NOTICEBOARD_CA_FILE");

    nb::NoticeService service(options);
    // Tray, notifications and the windows' layout: this machine's choices, kept in the profile.
    nb::DesktopSettings desktop(nb::DesktopSettings::fileIn(options.profileDir));
    nb::AppWindows windows(service);
    windows.setDesktopSettings(&desktop);
    windows.setStartHidden(parser.isSet(QStringLiteral("hidden")));
    QObject::connect(&windows, &nb::AppWindows::quitRequested, &app, &QApplication::quit);
    // Server admins get the Admin tab (its splitters go back where they were); others never
    // see it.
    nb::offerAdminConsole(windows, service);
    nb::InstanceChannel channel(options.profileDir);
    QObject::connect(&channel, &nb::InstanceChannel::showRequested, &windows, [&windows] {
        qCInfo(lcInstance) << "Another start on this profile: bringing the window to the front.";
        windows.bringToFront();
    });
    QString channelError;
    if (!channel.listen(&channelError)) // a later start then waits for us and says so
        qCWarning(lcInstance).noquote() << "Cannot listen for later starts:" << channelError;
    // Not QApplication::quit(): that first closes the windows, and the inbox window only
    // hides to the tray (or asks first while a campaign runs). A quit signal must end the app.
    QObject::connect(&quitSignals, &nb::QuitSignals::requested, &app, [](int signalNumber) {
        qCInfo(lcInstance) << "Quitting on signal" << signalNumber;
        QCoreApplication::exit(0);
    });
    windows.start();
    return app.exec();
}
