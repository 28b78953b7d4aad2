// desktop_standin: a test-only stand-in for the two desktop services a tray app talks
// to, because CI has no desktop: the tray host (org.kde.StatusNotifierWatcher, which
// Qt asks before it puts an icon in the tray, and to which the app registers its
// StatusNotifierItem) and the notification daemon (org.freedesktop.Notifications).
// It runs on a private session bus (dbus-run-session) and reports what a person would
// see, one JSON object per line on stdout:
//   {"event":"ready"}
//   {"event":"item","service":S,"path":P,"pid":N}     an icon was put in the tray (by process N)
//   {"event":"gone","service":S}                      that icon's process left the bus
//   {"event":"notify","id":N,"app":..,"summary":..,"body":..,"actions":[..],"desktopEntry":..}
//   {"event":"props","service":S,"status":..,"tooltip":..,"iconHash":..}   (answer to "props S")
// and takes commands on stdin, one a line, as a person's clicks:
//   click N          the notification N is clicked (ActionInvoked N "default", then closed)
//   activate S       the tray icon of S is clicked (StatusNotifierItem.Activate)
//   props S          reports the tray icon's state (its tooltip, status, icon bytes)
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QStringList>
#include <cstdio>
#include <unistd.h>

namespace {

void say(const QJsonObject& object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    fwrite(line.constData(), 1, size_t(line.size()), stdout);
    fflush(stdout);
}

const QString kItemInterface = QStringLiteral("org.kde.StatusNotifierItem");

} // namespace

class Watcher : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ hostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
public:
    explicit Watcher(QObject* parent)
        : QObject(parent)
        , m_gone(new QDBusServiceWatcher(
              {}, QDBusConnection::sessionBus(), QDBusServiceWatcher::WatchForUnregistration, this))
    {
        connect(m_gone, &QDBusServiceWatcher::serviceUnregistered, this, [this](const QString& service) {
            m_items.removeAll(service);
            m_gone->removeWatchedService(service);
            say({{QStringLiteral("event"), QStringLiteral("gone")}, {QStringLiteral("service"), service}});
            emit StatusNotifierItemUnregistered(service);
        });
    }
    QStringList items() const { return m_items; }
    QString pathOf(const QString& service) const
    {
        return m_paths.value(service, QStringLiteral("/StatusNotifierItem"));
    }
    bool hostRegistered() const { return true; } // this stand-in is the host
    int protocolVersion() const { return 0; }

public Q_SLOTS:
    void RegisterStatusNotifierItem(const QString& serviceOrPath, const QDBusMessage& message)
    {
        // A well-known name (the item at /StatusNotifierItem), or only an object path on the
        // sender's own connection (what Qt 6 sends).
        const bool isPath = serviceOrPath.startsWith(QLatin1Char('/'));
        const QString service = isPath ? message.service() : serviceOrPath;
        const QString path = isPath ? serviceOrPath : QStringLiteral("/StatusNotifierItem");
        if (!m_items.contains(service))
            m_items << service;
        m_paths.insert(service, path);
        m_gone->addWatchedService(service);
        const uint pid = QDBusConnection::sessionBus().interface()->servicePid(service).value();
        say({{QStringLiteral("event"), QStringLiteral("item")}, {QStringLiteral("service"), service},
            {QStringLiteral("path"), path}, {QStringLiteral("pid"), qint64(pid)}});
        emit StatusNotifierItemRegistered(service);
    }
    void RegisterStatusNotifierHost(const QString&) { }

Q_SIGNALS:
    void StatusNotifierItemRegistered(const QString& service);
    void StatusNotifierItemUnregistered(const QString& service);
    void StatusNotifierHostRegistered();

private:
    QStringList m_items;
    QHash<QString, QString> m_paths;
    QDBusServiceWatcher* m_gone;
};

class Notifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    using QObject::QObject;

    void click(uint id)
    {
        emit ActionInvoked(id, QStringLiteral("default"));
        emit NotificationClosed(id, 2); // dismissed by the user
    }

public Q_SLOTS:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
        const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout)
    {
        Q_UNUSED(expireTimeout);
        const uint id = replacesId ? replacesId : ++m_lastId;
        say({{QStringLiteral("event"), QStringLiteral("notify")}, {QStringLiteral("id"), int(id)},
            {QStringLiteral("app"), appName}, {QStringLiteral("icon"), appIcon}, {QStringLiteral("summary"), summary},
            {QStringLiteral("body"), body}, {QStringLiteral("actions"), QJsonArray::fromStringList(actions)},
            {QStringLiteral("desktopEntry"), hints.value(QStringLiteral("desktop-entry")).toString()}});
        return id;
    }
    void CloseNotification(uint id) { emit NotificationClosed(id, 3); }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion)
    {
        vendor = QStringLiteral("Noticeboard tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("desktop_standin");
    }

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString& actionKey);

private:
    uint m_lastId = 0;
};

namespace {

// ToolTip is (icon name, icon pixmaps a(iiay), title, text).
QString toolTipTitle(const QVariant& value)
{
    if (!value.canConvert<QDBusArgument>())
        return {};
    const QDBusArgument arg = value.value<QDBusArgument>();
    QString icon, title, text;
    arg.beginStructure();
    arg >> icon;
    arg.beginArray();
    while (!arg.atEnd()) {
        int w = 0, h = 0;
        QByteArray bytes;
        arg.beginStructure();
        arg >> w >> h >> bytes;
        arg.endStructure();
    }
    arg.endArray();
    arg >> title >> text;
    arg.endStructure();
    return text.isEmpty() ? title : title + QLatin1Char('\n') + text;
}

// IconPixmap is a(iiay): the icon in every size the app offers, hashed to compare states.
QString iconHash(const QVariant& value)
{
    if (!value.canConvert<QDBusArgument>())
        return {};
    const QDBusArgument arg = value.value<QDBusArgument>();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    arg.beginArray();
    while (!arg.atEnd()) {
        int w = 0, h = 0;
        QByteArray bytes;
        arg.beginStructure();
        arg >> w >> h >> bytes;
        arg.endStructure();
        hash.addData(bytes);
    }
    arg.endArray();
    return QString::fromLatin1(hash.result().toHex().left(16));
}

void reportProperties(const QString& service, const QString& path)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        service, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("GetAll"));
    call.setArguments({kItemInterface});
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, [service](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        const QDBusPendingReply<QVariantMap> reply = *w;
        QJsonObject out {{QStringLiteral("event"), QStringLiteral("props")}, {QStringLiteral("service"), service}};
        if (reply.isError()) {
            out.insert(QStringLiteral("error"), reply.error().message());
        } else {
            const QVariantMap props = reply.value();
            out.insert(QStringLiteral("status"), props.value(QStringLiteral("Status")).toString());
            out.insert(QStringLiteral("tooltip"), toolTipTitle(props.value(QStringLiteral("ToolTip"))));
            out.insert(QStringLiteral("iconHash"), iconHash(props.value(QStringLiteral("IconPixmap"))));
        }
        say(out);
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        fprintf(stderr, "desktop_standin: no session bus (run under dbus-run-session)\n");
        return 2;
    }
    auto* watcher = new Watcher(&app);
    auto* notifications = new Notifications(&app);
    const auto exportAll =
        QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals | QDBusConnection::ExportAllProperties;
    if (!bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), watcher, exportAll)
        || !bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), notifications, exportAll)
        || !bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"))
        || !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        fprintf(stderr, "desktop_standin: %s\n", qPrintable(bus.lastError().message()));
        return 3;
    }

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            app.quit(); // the test is gone
            return;
        }
        pending.append(buffer, n);
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(end)).trimmed();
            pending.remove(0, end + 1);
            const QString command = line.section(QLatin1Char(' '), 0, 0);
            const QString argument = line.section(QLatin1Char(' '), 1);
            if (command == QLatin1String("click")) {
                notifications->click(argument.toUInt());
            } else if (command == QLatin1String("props")) {
                reportProperties(argument, watcher->pathOf(argument));
            } else if (command == QLatin1String("activate")) {
                QDBusMessage call = QDBusMessage::createMethodCall(
                    argument, watcher->pathOf(argument), kItemInterface, QStringLiteral("Activate"));
                call.setArguments({0, 0});
                QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
            }
        }
    });
    say({{QStringLiteral("event"), QStringLiteral("ready")}});
    return app.exec();
}

#include "desktop_standin.moc"
