#include "main_window.h"

#include "autostart.h"
#include "avatar_cache.h"
#include "background_settings.h"
#include "client/session_store.h"
#include "desktop_settings.h"
#include "display_text.h"
#include "icons.h"
#include "inbox_view.h"
#include "message_bar.h"
#include "notice_menu.h"
#include "notice_view.h"
#include "service/notice_service.h"
#include "settings_dialog.h"
#include "status_text.h"
#include "tray_notifier.h"
#include "usage_limit_banner.h"
#include "window_placement.h"

#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace nb {

MainWindow::MainWindow(NoticeService& service, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_banner(new UsageLimitBanner(this))
    , m_windowMessages(new MessageBar(this))
    , m_inbox(new InboxView(this))
    , m_noticeView(new NoticeView(service, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_connection(new QLabel(this))
    , m_user(new QLabel(this))
    , m_tray(new TrayNotifier(this, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Noticeboard"));
    setWindowIcon(icons::app());
    m_windowMessages->setObjectName(QStringLiteral("windowMessageBar"));
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_user->setObjectName(QStringLiteral("signedInUser"));
    // The status bar quotes server and network error text: never markup.
    m_connection->setTextFormat(Qt::PlainText);
    m_user->setTextFormat(Qt::PlainText);

    m_splitter->setObjectName(QStringLiteral("inboxSplitter")); // its position is remembered by name
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_noticeView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 640});
    m_splitter->setChildrenCollapsible(false);
    m_inbox->setMinimumWidth(240);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    auto* messageHolder = new QVBoxLayout;
    messageHolder->setContentsMargins(8, 6, 8, 0);
    messageHolder->addWidget(m_windowMessages);
    layout->addLayout(messageHolder);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_connection, 1);
    statusBar()->addPermanentWidget(m_user);
    buildMenus();
    addNoticeMenu(menuBar(), m_inbox, m_noticeView); // the keyboard's way through the inbox
    auto* avatars = new AvatarCache(m_service.api(), this); // one cache: the inbox and the notices
    m_inbox->setAvatarCache(avatars);
    m_noticeView->setAvatarCache(avatars);
    resize(1000, 640);

    connect(&m_service.store(), &NoticeStore::changed, this, &MainWindow::refreshFromStore);
    connect(
        &m_service, &NoticeService::usageLimitChanged, this, [this] { m_banner->setLimit(m_service.usageLimit()); });
    connect(&m_service, &NoticeService::accountStateChanged, this, [this] {
        m_banner->setAccountState(m_service.accountState(), m_service.supportAdmins(), m_service.homeserver());
    });
    connect(&m_service, &NoticeService::connectionStateChanged, this,
        [this](ConnectionState state, const QString& detail) { updateConnection(int(state), detail); });
    connect(&m_service, &NoticeService::noticeArrived, this, &MainWindow::onNoticeArrived);
    connect(m_inbox, &InboxView::currentRoomChanged, this, &MainWindow::showCurrentRoom);
    connect(m_tray, &TrayNotifier::quitRequested, this,
        [this] { confirmThen(tr("Quit"), [this] { emit quitRequested(); }); });
    connect(m_tray, &TrayNotifier::openInboxRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayNotifier::noticeClicked, this, &MainWindow::openNotice);
    connect(&m_service, &NoticeService::usageLimitChanged, this, &MainWindow::updateTray);
    // Logging out of the desktop closes every window; one that only hid would cancel it.
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this] { m_sessionEnding = true; });

    m_user->setText(m_service.userId());
    updateConnection(int(m_service.connectionState()), {});
    m_banner->setLimit(m_service.usageLimit());
    m_banner->setAccountState(m_service.accountState(), m_service.supportAdmins(), m_service.homeserver());
    refreshFromStore();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Noticeboard"));
    QAction* settings = file->addAction(tr("&Settings\u2026"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction* logout = file->addAction(
        tr("&Log out"), this, [this] { confirmThen(tr("Log out"), [this] { emit logoutRequested(); }); });
    logout->setObjectName(QStringLiteral("logoutAction"));
    QAction* quit =
        file->addAction(tr("&Quit"), this, [this] { confirmThen(tr("Quit"), [this] { emit quitRequested(); }); });
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::addStopGuard(StopGuard guard)
{
    m_stopGuards.push_back(std::move(guard));
}

QStringList MainWindow::busyWork() const
{
    QStringList busy;
    for (const StopGuard& guard : m_stopGuards)
        if (const QString what = guard(); !what.isEmpty())
            busy << what;
    return busy;
}

void MainWindow::confirmThen(const QString& verb, std::function<void()> proceed)
{
    const QStringList busy = busyWork();
    if (busy.isEmpty()) {
        proceed();
        return;
    }
    // Asynchronous (open(), not exec()): the work keeps running while the box is up.
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("%1 now?").arg(verb), busy.join(QLatin1Char('\n')), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("stopConfirmation"));
    box->setTextFormat(Qt::PlainText); // quotes journal paths and server text
    box->setInformativeText(tr("%1 anyway?").arg(verb));
    QPushButton* stop = box->addButton(tr("%1 anyway").arg(verb), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopAnywayButton"));
    QPushButton* keep = box->addButton(tr("Keep running"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunningButton"));
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [stop, proceed](QAbstractButton* clicked) {
        if (clicked == stop)
            proceed();
    });
    box->open();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::useDesktopSettings(DesktopSettings* settings)
{
    m_desktop = settings;
    if (!m_desktop)
        return;
    if (const QByteArray geometry = m_desktop->windowGeometry(); !geometry.isEmpty())
        restoreWindowGeometry(this, geometry); // on a screen, whatever desktop.ini says
    restoreSplitters();
}

void MainWindow::restoreSplitters()
{
    if (!m_desktop)
        return;
    for (QSplitter* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            if (const QByteArray state = m_desktop->splitterState(splitter->objectName()); !state.isEmpty())
                restoreSplitterState(splitter, state); // the sizes only (window_placement.h)
}

void MainWindow::saveLayout()
{
    if (!m_desktop)
        return;
    m_desktop->setWindowGeometry(saveGeometry());
    for (QSplitter* splitter : findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            m_desktop->setSplitterState(splitter->objectName(), splitter->saveState());
    m_desktop->sync();
}

bool MainWindow::keepsRunningInTray() const
{
    return m_desktop && m_desktop->keepsRunningInTray() && m_tray->isAvailable() && !m_sessionEnding;
}

void MainWindow::showFromTray()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::openNotice(const QString& roomId, const QString& eventId)
{
    showFromTray();
    if (!m_service.store().noticeRoom(roomId))
        return; // gone since (archived and forgotten): the inbox is shown as it is
    m_openedEventId = eventId;
    m_inbox->selectRoom(roomId);
    showCurrentRoom();
    // The room opens at its newest message; the clicked notice may be further up.
    m_noticeView->showNotice(eventId);
}

void MainWindow::explainTrayOnce()
{
    if (m_desktop->trayWasExplained())
        return;
    m_tray->inform(tr("Noticeboard is still running"),
        tr("New notices still reach you while the window is closed. To quit, choose Quit in the "
           "Noticeboard icon\u2019s menu. You can turn this off in Settings."));
    m_desktop->setTrayWasExplained(true);
    m_desktop->sync();
}

void MainWindow::updateTray()
{
    int unread = 0;
    for (const auto& room : m_service.store().noticeRoomViews()) {
        if (room->membership == Membership::Leave)
            continue;
        // An invitation is a notice not yet read, even before its text is fetched.
        unread += room->membership == Membership::Invite ? qMax(1, room->unread) : room->unread;
    }
    const auto limit = m_service.usageLimit();
    m_tray->setState(unread, limit ? describeUsageLimit(limit->limitType, TextLanguage::User) : QString());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closing to the tray stops nothing, so it needs no confirmation.
    if (!m_closeConfirmed && keepsRunningInTray()) {
        event->ignore();
        saveLayout();
        hide();
        explainTrayOnce();
        return;
    }
    if (m_closeConfirmed || busyWork().isEmpty()) {
        saveLayout();
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    confirmThen(tr("Close"), [this] {
        m_closeConfirmed = true;
        close();
    });
}

void MainWindow::showInfo(const QString& text)
{
    m_windowMessages->showMessage(MessageBar::Kind::Info, text);
}

void MainWindow::refreshFromStore(const QStringList& changedRooms)
{
    const auto rooms = m_service.store().noticeRoomViews();
    m_inbox->setRooms(rooms);
    // Nothing chosen yet: open the newest notice, so the window is never blank.
    if (m_inbox->currentRoomId().isEmpty() && !rooms.empty())
        m_inbox->selectRoom(rooms.front()->roomId);
    // The open notice is drawn again only when it (or everything, or the inbox's emptiness)
    // changed: drawing it is the costly part, and most syncs change another room.
    if (changedRooms.isEmpty() || rooms.empty() || changedRooms.contains(m_inbox->currentRoomId()))
        showCurrentRoom();
    updateTray();
}

void MainWindow::showCurrentRoom()
{
    // An empty inbox says why it is empty, rather than asking to pick a notice.
    QString placeholder = tr("Select a notice on the left to read it.");
    if (!m_service.store().hasNoticeRooms())
        placeholder = m_service.connectionState() == ConnectionState::Online
            ? tr("No notices from your server. When it sends one, it appears here.")
            : tr("Fetching your notices\u2026");
    m_noticeView->setPlaceholderText(placeholder);
    const QString id = m_inbox->currentRoomId();
    m_noticeView->setRoom(id.isEmpty() ? std::nullopt : m_service.store().noticeRoom(id));
}

void MainWindow::updateConnection(int state, const QString& detail)
{
    m_connection->setText(describeConnectionState(ConnectionState(state), detail));
    showCurrentRoom(); // the empty pane's words depend on whether the first sync is in
    const QString who = m_service.userId();
    m_user->setText(who.isEmpty() ? QString() : tr("Signed in as %1").arg(who));
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_service.trustedSenders(), m_service.opensOfficialInvites(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSendsPublicReadReceipts(m_service.sendsPublicReadReceipts());
    BackgroundSettings* background = nullptr;
    if (m_desktop) {
        const BackgroundChoices now {m_desktop->keepsRunningInTray(), m_desktop->showsNotifications(),
            autostart::isEnabled(m_service.profileDir(), SessionStore::defaultProfileDir())};
        background = new BackgroundSettings(now, m_tray->isAvailable(), dialog);
        dialog->addSection(background);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, background] {
        m_service.setTrustedSenders(dialog->trustedSenders());
        m_service.setOpensOfficialInvites(dialog->opensOfficialInvites());
        m_service.setSendsPublicReadReceipts(dialog->sendsPublicReadReceipts());
        if (background)
            applyBackgroundChoices(background->choices());
    });
    dialog->open();
}

void MainWindow::applyBackgroundChoices(const BackgroundChoices& choices)
{
    m_desktop->setKeepsRunningInTray(choices.keepRunningInTray);
    m_desktop->setShowsNotifications(choices.notifications);
    m_desktop->sync();
    const QString profile = m_service.profileDir();
    const QString defaultProfile = SessionStore::defaultProfileDir();
    if (choices.startAtLogin == autostart::isEnabled(profile, defaultProfile))
        return;
    QString error;
    if (!autostart::setEnabled(
            choices.startAtLogin, QCoreApplication::applicationFilePath(), profile, defaultProfile, &error))
        m_windowMessages->showMessage(MessageBar::Kind::Error,
            tr("Start at login could not be %1. %2")
                .arg(choices.startAtLogin ? tr("turned on") : tr("turned off"), error));
}

void MainWindow::onNoticeArrived(
    const QString& roomId, const QString& roomName, const QString& body, const QString& eventId)
{
    if (m_desktop && !m_desktop->showsNotifications())
        return;
    // An unverified room can pretend to be a notice; its notification must not look official.
    const auto room = m_service.store().noticeRoom(roomId);
    const bool unverified = room && room->trust == Trust::Unverified;
    m_tray->notify(roomId, eventId, unverified ? tr("Unverified: %1").arg(oneLine(roomName)) : roomName, body);
}

} // namespace nb
