// One profile, one writer, with the real executables (offscreen): a second app started
// on a profile brings the first one's window forward and exits; noticectl waits for the
// app and then names it; noticectl and noticectl, and the app after noticectl, take
// turns; a lock left by a process killed with SIGKILL does not block anyone.
// No homeserver is needed: nothing here logs in.
#include "app_process.h"
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>

#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>

namespace {

using nb::guitest::startProcess;

struct Finished {
    int exitCode = -1;
    QByteArray err;
    qint64 ms = 0;
};

Finished runToEnd(QProcess& process, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    Finished result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not finish";
        return result;
    }
    result.ms = clock.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> profile; // a fresh one for each test

    QStringList profileArgs() const { return {QStringLiteral("--profile"), profile->path()}; }

    std::unique_ptr<QProcess> startApp() { return startProcess(QStringLiteral(NB_NOTICEBOARD), profileArgs()); }

    std::unique_ptr<QProcess> startCli(const QStringList& arguments)
    {
        return startProcess(QStringLiteral(NB_NOTICECTL), profileArgs() + arguments);
    }

    bool isListening()
    {
        QLocalSocket socket;
        socket.connectToServer(profile->filePath(QStringLiteral("instance.sock")));
        return socket.waitForConnected(200);
    }

    // The app is up once it listens for later starts (a socket file left by a killed app
    // does not count: nobody answers on it).
    bool waitUntilListening(QProcess& app)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20000) {
            if (isListening())
                return true;
            if (app.state() == QProcess::NotRunning)
                return false;
            QTest::qWait(50);
        }
        return false;
    }

    void killHard(QProcess& process)
    {
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
    }

private slots:
    void init() { profile = std::make_unique<QTemporaryDir>(); }

    void secondAppBringsTheFirstForward()
    {
        auto first = startApp();
        QVERIFY(waitUntilListening(*first));
        auto second = startApp();
        const Finished ended = runToEnd(*second, 20000);
        QVERIFY2(ended.exitCode == 0, ended.err.constData());
        QVERIFY2(ended.err.contains("already open"), ended.err.constData());
        QByteArray firstSaid;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (firstSaid += first->readAllStandardError()).contains("bringing the window to the front"),
            firstSaid.constData(), 5000);
        QCOMPARE(first->state(), QProcess::Running);
        first->terminate();
        QVERIFY(first->waitForFinished(10000));
    }

    void noticectlWaitsThenNamesTheApp()
    {
        auto app = startApp();
        QVERIFY(waitUntilListening(*app));
        auto cli = startCli({QStringLiteral("inbox")});
        const Finished ended = runToEnd(*cli, 30000);
        QVERIFY2(ended.exitCode == 6, ended.err.constData());
        QVERIFY2(ended.ms >= 4000, "noticectl waits a few seconds before giving up");
        QVERIFY2(ended.err.contains("in use by noticeboard"), ended.err.constData());
        QVERIFY2(ended.err.contains(QByteArray::number(app->processId())), ended.err.constData());

        // Killed without a chance to clean up: the lock it leaves names a dead process.
        killHard(*app);
        QVERIFY(QFileInfo::exists(profile->filePath(QStringLiteral("profile.lock"))));
        auto after = startCli({QStringLiteral("inbox")});
        const Finished free = runToEnd(*after, 30000);
        QVERIFY2(free.exitCode == 2 && free.err.contains("Not logged in"), free.err.constData());
        QVERIFY2(free.ms < 4000, "a stale lock is taken over at once");

        // And the app starts again on it (the stale socket is replaced too).
        auto again = startApp();
        QVERIFY(waitUntilListening(*again));
        again->terminate();
        QVERIFY(again->waitForFinished(10000));
    }

    // Red-team finding 04: a lock file that names nobody (empty, or garbage) locked the
    // profile for good. Older than a few seconds, it is taken over.
    void unreadableLockIsTakenOver_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\x02 not a lock\n");
    }
    void unreadableLockIsTakenOver()
    {
        QFETCH(QByteArray, content);
        QFile lock(profile->filePath(QStringLiteral("profile.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(content);
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        lock.close();
        auto cli = startCli({QStringLiteral("inbox")});
        const Finished ended = runToEnd(*cli, 30000);
        QVERIFY2(ended.exitCode == 2 && ended.err.contains("Not logged in"), ended.err.constData());
        QVERIFY2(!ended.err.contains("in use"), ended.err.constData());
    }

    void noticectlCommandsTakeTurns()
    {
        // A login waiting for its password holds the profile.
        auto waiting = startCli({QStringLiteral("login"), QStringLiteral("--user"),
            QStringLiteral("@alice:nowhere.invalid"), QStringLiteral("--password-stdin")});
        QVERIFY(waiting->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(profile->filePath(QStringLiteral("profile.lock"))), 10000);
        auto other = startCli({QStringLiteral("status")});
        const Finished busy = runToEnd(*other, 30000);
        QVERIFY2(busy.exitCode == 6, busy.err.constData());
        QVERIFY2(busy.err.contains("in use by noticectl"), busy.err.constData());

        // The app started meanwhile waits for it rather than giving up or writing beside it,
        // and after a moment says so in a window (and on stderr), naming it (red team F1).
        auto app = startApp();
        QTest::qWait(1500);
        QCOMPARE(app->state(), QProcess::Running);
        QVERIFY(!isListening());
        const QByteArray holder = "noticectl (process " + QByteArray::number(waiting->processId()) + ")";
        QByteArray appSaid;
        QTRY_VERIFY2_WITH_TIMEOUT((appSaid += app->readAllStandardError()).contains(holder), appSaid.constData(), 5000);
        QCOMPARE(app->state(), QProcess::Running);
        waiting->write("x\n");
        waiting->closeWriteChannel();
        runToEnd(*waiting, 30000);
        QVERIFY(waitUntilListening(*app));
        app->terminate();
        QVERIFY(app->waitForFinished(10000));
    }

    // Red team F9: a session logout (SIGTERM), Ctrl+C (SIGINT) or a closed terminal
    // (SIGHUP) quits the normal way: exit status 0, the socket and the lock removed, and
    // the next start comes up at once.
    void quitSignalEndsCleanly_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }
    void quitSignalEndsCleanly()
    {
        QFETCH(int, signalNumber);
        auto app = startApp();
        QVERIFY(waitUntilListening(*app));
        ::kill(pid_t(app->processId()), signalNumber);
        const Finished ended = runToEnd(*app, 10000);
        QVERIFY2(ended.exitCode == 0, ended.err.constData());
        QVERIFY(!QFileInfo::exists(profile->filePath(QStringLiteral("instance.sock"))));
        QVERIFY(!QFileInfo::exists(profile->filePath(QStringLiteral("profile.lock"))));

        auto again = startApp();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(waitUntilListening(*again));
        QVERIFY(clock.elapsed() < 5000);
        again->terminate();
        QCOMPARE(runToEnd(*again, 10000).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "test_single_instance.moc"
