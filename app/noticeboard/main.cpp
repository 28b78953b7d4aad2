// noticeboard: the desktop app. Wiring only: the service (session, sync, actions)
// and the windows (ui/) are libraries shared with noticectl and the GUI tests.
#include "service/notice_service.h"
#include "ui/admin/admin_area.h"
#include "ui/app_windows.h"
#include "ui/icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Noticeboard"));
    QApplication::setApplicationName(QStringLiteral("noticeboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Noticeboard"));
    QApplication::setApplicationVersion(QStringLiteral(NB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.noticeboard.Noticeboard"));
    QApplication::setWindowIcon(nb::icons::app());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Server notices from your Matrix homeserver."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QStringLiteral("Keep the session and settings in DIR instead of the default place (shared with noticectl)."),
        QStringLiteral("DIR"));
    parser.addOption(profileOption);
    parser.process(app);

    nb::ServiceOptions options;
    // Empty means the session store's default directory, the same one noticectl uses.
    if (parser.isSet(profileOption))
        options.profileDir = QDir(parser.value(profileOption)).absolutePath();
    // A private CA (a test or company homeserver): added to the system CAs, never
    // replacing them, and certificate errors are still refused.
    options.extraCaFile = qEnvironmentVariable("NOTICEBOARD_CA_FILE");

    nb::NoticeService service(options);
    nb::AppWindows windows(service);
    QObject::connect(&windows, &nb::AppWindows::quitRequested, &app, &QApplication::quit);
    // Server admins get the Admin tab; others never see it.
    nb::offerAdminConsole(windows, service);
    windows.start();
    return app.exec();
}
