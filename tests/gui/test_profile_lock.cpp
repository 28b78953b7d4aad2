// Issue 9, red team F1: the profile lock is the kernel's, and what its file says never
// blocks anyone. A lock file naming our own process (every start in a PID namespace gets
// the same PID), a live stranger, or nobody is taken over at once; a live holder (a real
// noticectl waiting for a password) is named, and the app starting meanwhile shows a
// window that names it, with Quit; a holder killed with SIGKILL leaves nothing that
// blocks; and an app killed inside a PID namespace does not block the next one started
// in another (the real executables, under `unshare`).
// No homeserver is needed: nothing here logs in.
#include "client/profile_lock.h"
#include "gui_helpers.h"
#include "ui/profile_wait.h"

#include "app_process.h"
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocalSocket>
#include <QProcess>
#include <QPushButton>

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <memory>
#include <sys/stat.h>

using namespace nb;

namespace {

using nb::guitest::startProcess;

void writeLockFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

bool isListening(const QString& profileDir)
{
    QLocalSocket socket;
    socket.connectToServer(profileDir + QStringLiteral("/instance.sock"));
    return socket.waitForConnected(200);
}

bool waitUntilListening(const QString& profileDir, QProcess& process, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (isListening(profileDir))
            return true;
        if (process.state() == QProcess::NotRunning)
            return false;
        QTest::qWait(50);
    }
    return false;
}

// The process `unshare --fork` started (as seen from outside its namespace).
qint64 childOf(qint64 pid)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (!children.open(QIODevice::ReadOnly))
        return 0;
    return children.readAll().trimmed().split(' ').value(0).toLongLong();
}

} // namespace

class TestProfileLock : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> profile;

    QString lockPath() const { return profile->filePath(QStringLiteral("profile.lock")); }

    // A real noticectl that holds the profile until it is given a password line.
    std::unique_ptr<QProcess> startHoldingNoticectl()
    {
        auto holder = startProcess(QStringLiteral(NB_NOTICECTL),
            {QStringLiteral("--profile"), profile->path(), QStringLiteral("login"), QStringLiteral("--user"),
                QStringLiteral("@alice:nowhere.invalid"), QStringLiteral("--password-stdin")});
        if (!holder->waitForStarted())
            return holder;
        // Held once the file names it (written right after the lock is taken).
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            QFile file(lockPath());
            if (file.open(QIODevice::ReadOnly) && file.readLine().trimmed() == QByteArray::number(holder->processId()))
                break;
            QTest::qWait(50);
        }
        return holder;
    }

private slots:
    void init() { profile = std::make_unique<QTemporaryDir>(); }

    // What the file says, with no process holding the kernel's lock: taken over at once.
    void lockFileWithoutHolderIsTakenOver_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("liveStranger");
        const QByteArray ownName = QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8();
        QTest::newRow("our own process (PID reused in a namespace)")
            << QByteArray::number(QCoreApplication::applicationPid()) + '\n' + ownName + "\nhost\n"
            << false;
        // Filled in with a live `sleep` process's ID below.
        QTest::newRow("a live process of another program") << QByteArray("%1\nsleep\nhost\n") << true;
        QTest::newRow("a live process, named noticeboard (another profile's app)")
            << QByteArray("%1\nnoticeboard\nhost\n") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("garbage") << QByteArray("\x01\x02 not a lock\n") << false;
    }
    void lockFileWithoutHolderIsTakenOver()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, liveStranger);
        QProcess stranger;
        if (liveStranger) {
            stranger.start(QStringLiteral("sleep"), {QStringLiteral("60")});
            QVERIFY(stranger.waitForStarted());
            content.replace("%1", QByteArray::number(stranger.processId()));
        }
        writeLockFile(lockPath(), content);
        ProfileLock lock(profile->path());
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(lock.acquire(0), qPrintable(lock.message()));
        QVERIFY(clock.elapsed() < 1000);
        // The file now names us, for whoever waits next.
        QFile file(lockPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine().trimmed(), QByteArray::number(QCoreApplication::applicationPid()));
        if (liveStranger) {
            stranger.kill();
            stranger.waitForFinished();
        }
    }

    void liveHolderIsNamedAndLetsGo()
    {
        auto holder = startHoldingNoticectl();
        ProfileLock lock(profile->path());
        QVERIFY(!lock.acquire(300));
        QVERIFY(lock.heldByOther());
        const QString named = QStringLiteral("noticectl (process %1)").arg(holder->processId());
        QCOMPARE(lock.holder(), named);
        QVERIFY2(lock.message().contains(named), qPrintable(lock.message()));

        holder->write("x\n");
        holder->closeWriteChannel();
        QVERIFY(holder->waitForFinished(30000));
        QVERIFY2(lock.acquire(5000), qPrintable(lock.message()));
        lock.release();
        QVERIFY2(!QFileInfo::exists(lockPath()), "a released lock leaves no file behind");
    }

    void lockDiesWithItsHolder()
    {
        auto holder = startHoldingNoticectl();
        ProfileLock lock(profile->path());
        QVERIFY(!lock.acquire(0));
        ::kill(pid_t(holder->processId()), SIGKILL);
        holder->waitForFinished();
        QVERIFY(QFileInfo::exists(lockPath())); // still naming the dead holder
        QVERIFY2(lock.acquire(0), qPrintable(lock.message()));
    }

    void plantedLockFileIsRefusedNotFollowed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("symlink") << QStringLiteral("symlink");
        QTest::newRow("directory") << QStringLiteral("directory");
        QTest::newRow("fifo") << QStringLiteral("fifo");
    }
    void plantedLockFileIsRefusedNotFollowed()
    {
        QFETCH(QString, kind);
        const QString target = profile->filePath(QStringLiteral("elsewhere"));
        writeLockFile(target, "keep me");
        const QByteArray path = QFile::encodeName(lockPath());
        if (kind == QLatin1String("symlink"))
            QVERIFY(QFile::link(target, lockPath()));
        else if (kind == QLatin1String("directory"))
            QVERIFY(QDir().mkdir(lockPath()));
        else
            QCOMPARE(::mkfifo(path.constData(), 0600), 0);
        ProfileLock lock(profile->path());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!lock.acquire(0));
        QVERIFY(clock.elapsed() < 1000); // a FIFO does not hang the open
        QVERIFY(!lock.heldByOther());
        QVERIFY2(lock.message().contains(QStringLiteral("not an ordinary file")), qPrintable(lock.message()));
        QFile kept(target);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
    }

    // The app's wait: silent a moment, then a window naming the holder, with Quit.
    void appShowsWhoHoldsTheProfile()
    {
        auto holder = startHoldingNoticectl();
        ProfileLock lock(profile->path());
        ProfileWait wait(lock);
        QString shownText;
        bool quitShown = false;
        QElapsedTimer clock;
        qint64 shownAfterMs = -1;
        connect(&wait, &ProfileWait::windowShown, this, [&] {
            shownAfterMs = clock.elapsed();
            QDialog* window = wait.window();
            shownText = window->findChild<QLabel*>(QStringLiteral("profileWaitText"))->text();
            auto* quit = window->findChild<QPushButton*>(QStringLiteral("profileWaitQuit"));
            quitShown = quit && window->isVisible();
            guitest::saveScreenshot(window, QStringLiteral("profile-wait.png"));
            QTimer::singleShot(0, quit, &QPushButton::click);
        });
        clock.start();
        QCOMPARE(wait.run(), ProfileWait::Outcome::Quit);
        QVERIFY(shownAfterMs >= ProfileWait::kQuietMs - 300 && shownAfterMs < ProfileWait::kQuietMs + 3000);
        QVERIFY(quitShown);
        QVERIFY2(shownText.contains(QStringLiteral("noticectl (process %1)").arg(holder->processId())),
            qPrintable(shownText));
        QVERIFY2(shownText.contains(profile->path()), qPrintable(shownText));
        QVERIFY(!lock.isHeld());
        holder->kill();
        holder->waitForFinished();
    }

    void appWaitEndsWhenTheHolderFinishes()
    {
        auto holder = startHoldingNoticectl();
        ProfileLock lock(profile->path());
        ProfileWait wait(lock);
        connect(&wait, &ProfileWait::windowShown, this, [&] {
            holder->write("x\n");
            holder->closeWriteChannel();
        });
        QCOMPARE(wait.run(), ProfileWait::Outcome::Acquired);
        QVERIFY(lock.isHeld());
        QVERIFY(!wait.window() || !wait.window()->isVisible());
        holder->waitForFinished(30000);
    }

    // The red team's case: killed inside a PID namespace, the app leaves a lock naming
    // process 1 (or 2); the next start in a fresh namespace has that very ID.
    void killedInPidNamespaceDoesNotBlockTheNext()
    {
        // --kill-child: a test that fails midway leaves no app running in a namespace.
        const QStringList unshare = {QStringLiteral("--pid"), QStringLiteral("--fork"), QStringLiteral("--mount-proc"),
            QStringLiteral("--kill-child")};
        {
            QProcess probe;
            probe.start(QStringLiteral("unshare"), unshare + QStringList {QStringLiteral("true")});
            if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
                QSKIP("unshare --pid --fork --mount-proc is refused here (needs root or user namespaces): "
                      "the PID-namespace case is not checked.");
        }
        const QStringList app = {QStringLiteral(NB_NOTICEBOARD), QStringLiteral("--profile"), profile->path()};
        auto first = startProcess(QStringLiteral("unshare"), unshare + app);
        QVERIFY(waitUntilListening(profile->path(), *first, 20000));
        QFile named(lockPath());
        QVERIFY(named.open(QIODevice::ReadOnly));
        const QByteArray pidInNamespace = named.readLine().trimmed();
        named.close();
        // SIGKILL the app itself (the namespace's first process: unshare's child).
        const qint64 appPid = childOf(first->processId());
        QVERIFY(appPid > 0);
        ::kill(pid_t(appPid), SIGKILL);
        QVERIFY(first->waitForFinished(10000));
        QVERIFY(QFileInfo::exists(lockPath()));

        auto second = startProcess(QStringLiteral("unshare"), unshare + app);
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(waitUntilListening(profile->path(), *second, 20000), second->readAllStandardError().constData());
        QVERIFY(clock.elapsed() < 10000);
        named.open(QIODevice::ReadOnly);
        QCOMPARE(named.readLine().trimmed(), pidInNamespace); // the same PID: it was the reuse case
        ::kill(pid_t(childOf(second->processId())), SIGTERM);
        QVERIFY(second->waitForFinished(10000));
    }
};

QTEST_MAIN(TestProfileLock)
#include "test_profile_lock.moc"
