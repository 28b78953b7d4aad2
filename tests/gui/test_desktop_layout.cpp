// Issue 9, red team F5: a hostile or damaged desktop.ini (the window's size and place,
// kept per profile) never makes the window unusable nor hangs the start. One row per
// case: huge, negative, inverted, off-screen, garbage, a FIFO, a link, a folder... Each
// ends with the window on the (offscreen platform's) screen, usable, and the settings read
// within a second. Plus the placement rule itself on a two-screen layout.
#include "ui/desktop_settings.h"
#include "ui/window_placement.h"

#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace nb;

namespace {

// QWidget::saveGeometry()'s layout (version 3), as geom.py writes it.
QByteArray geometry(QRect frame, bool maximized = false, bool fullScreen = false, int screen = 0)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_5_0);
    out << quint32(0x1D9D0CB) << quint16(3) << quint16(0);
    auto rect = [&out](const QRect& r) {
        out << qint32(r.left()) << qint32(r.top()) << qint32(r.right()) << qint32(r.bottom());
    };
    rect(frame);
    rect(frame);
    out << qint32(screen) << quint8(maximized) << quint8(fullScreen) << qint32(1280);
    rect(frame);
    return bytes;
}

QRect fromEdges(int left, int top, int right, int bottom)
{
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

QByteArray iniWithGeometry(const QByteArray& saved)
{
    QByteArray escaped;
    for (const char c : saved)
        escaped += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
    return "[window]\ngeometry=@ByteArray(" + escaped + ")\n";
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

} // namespace

class TestDesktopLayout : public QObject {
    Q_OBJECT

private slots:
    void hostileDesktopIniLeavesTheWindowUsable_data()
    {
        QTest::addColumn<QString>("kind"); // file, fifo, symlink, directory
        QTest::addColumn<QByteArray>("content");
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QTest::newRow("huge") << QStringLiteral("file") << iniWithGeometry(geometry(fromEdges(0, 0, 32766, 32766)));
        QTest::newRow("huge, maximised and full screen")
            << QStringLiteral("file") << iniWithGeometry(geometry(fromEdges(0, 0, 2000000000, 2000000000), true, true));
        QTest::newRow("negative") << QStringLiteral("file")
                                  << iniWithGeometry(geometry(fromEdges(-40000, -40000, -39000, -39300)));
        QTest::newRow("inverted") << QStringLiteral("file") << iniWithGeometry(geometry(fromEdges(900, 700, 10, 10)));
        QTest::newRow("int limits") << QStringLiteral(
            "file") << iniWithGeometry(geometry(fromEdges(INT_MIN, INT_MIN, INT_MAX, INT_MAX), true, true, 99));
        QTest::newRow("off-screen, far") << QStringLiteral("file")
                                         << iniWithGeometry(geometry(fromEdges(50000, 50000, 51000, 50700)));
        // The red team's case: 1000x700 at the screen's bottom right corner, a sliver visible.
        QTest::newRow("off-screen, mostly") << QStringLiteral(
            "file") << iniWithGeometry(geometry(QRect(screen.right() - 380, screen.bottom() - 100, 1000, 700)));
        QTest::newRow("title bar above the screen") << QStringLiteral(
            "file") << iniWithGeometry(geometry(QRect(screen.left() + 10, screen.top() - 300, 500, 400)));
        QTest::newRow("tiny") << QStringLiteral("file") << iniWithGeometry(geometry(QRect(10, 10, 1, 1)));
        QTest::newRow("truncated") << QStringLiteral("file")
                                   << iniWithGeometry(geometry(QRect(0, 0, 800, 600)).left(17));
        QTest::newRow("garbage") << QStringLiteral("file") << QByteArray(20000, '\x9c');
        QTest::newRow("wrong types") << QStringLiteral("file")
                                     << QByteArray("[background]\nnotifications=maybe\n[window]\ngeometry=hello\n");
        QTest::newRow("too large") << QStringLiteral("file") << ("[window]\nx=" + QByteArray(2 << 20, 'A') + "\n");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QByteArray();
        QTest::newRow("symlink to /dev/zero") << QStringLiteral("symlink") << QByteArray("/dev/zero");
        QTest::newRow("symlink to a file") << QStringLiteral("symlink") << QByteArray("elsewhere.ini");
        QTest::newRow("directory") << QStringLiteral("directory") << QByteArray();
    }
    void hostileDesktopIniLeavesTheWindowUsable()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, content);
        QTemporaryDir profile;
        const QString path = DesktopSettings::fileIn(profile.path());
        const QByteArray nativePath = QFile::encodeName(path);
        const QString elsewhere = profile.filePath(QStringLiteral("elsewhere.ini"));
        if (kind == QLatin1String("file")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(nativePath.constData(), 0600), 0);
        } else if (kind == QLatin1String("symlink")) {
            QFile target(elsewhere);
            QVERIFY(target.open(QIODevice::WriteOnly));
            target.write(iniWithGeometry(geometry(fromEdges(0, 0, 32766, 32766))));
            target.close();
            QCOMPARE(::symlink(content.constData(), nativePath.constData()), 0);
        } else {
            QVERIFY(QDir().mkdir(path));
        }

        // Read in a thread, so a start that would block fails the row instead of hanging
        // the test (a FIFO's open is then released by opening its other end).
        QByteArray saved;
        bool trayDefault = false;
        std::unique_ptr<DesktopSettings> settings;
        QThread* reader = QThread::create([&] {
            settings = std::make_unique<DesktopSettings>(path);
            saved = settings->windowGeometry();
            trayDefault = settings->keepsRunningInTray();
        });
        QElapsedTimer clock;
        clock.start();
        reader->start();
        const bool finished = reader->wait(3000);
        if (!finished) {
            const int writer = ::open(nativePath.constData(), O_WRONLY | O_NONBLOCK);
            reader->wait(3000);
            if (writer >= 0)
                ::close(writer);
        }
        delete reader;
        QVERIFY2(finished, "reading desktop.ini blocked the start");
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY(trayDefault); // no row turns it off: read or not, the default stands

        QMainWindow window;
        window.resize(640, 480);
        restoreWindowGeometry(&window, saved);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect screen = window.screen()->availableGeometry();
        const QRect placed = window.geometry();
        QVERIFY2(!(window.windowState() & Qt::WindowFullScreen), "full screen is never restored");
        QVERIFY2(placed.width() <= screen.width() && placed.height() <= screen.height(),
            qPrintable(QStringLiteral("%1x%2 on %3x%4")
                           .arg(placed.width())
                           .arg(placed.height())
                           .arg(screen.width())
                           .arg(screen.height())));
        QVERIFY2(screen.contains(placed.topLeft()), "the top edge (title bar) is on the screen");
        const QRect visible = placed.intersected(screen);
        QVERIFY(visible.width() >= kUsablePart.width() && visible.height() >= kUsablePart.height());
        // The window's own buffer is sane (the huge case asked for 17 GB).
        QVERIFY(!window.grab().isNull());

        // What a link or a FIFO stood for is left alone, never written through or replaced.
        settings->setWindowGeometry(window.saveGeometry());
        settings->sync();
        settings.reset();
        const QFileInfo after(path);
        if (kind == QLatin1String("symlink"))
            QVERIFY(after.isSymLink());
        else if (kind == QLatin1String("directory"))
            QVERIFY(after.isDir());
        else if (kind == QLatin1String("fifo")) {
            struct stat info { };
            QVERIFY(::lstat(nativePath.constData(), &info) == 0 && S_ISFIFO(info.st_mode));
        }
    }

    // Red team, issue 7 second pass (F2): desktop.ini is a profile file like the others.
    // Another program's file, or garbage, found there at start is left byte for byte (QSettings
    // parsed it and wrote it back on quit: comments gone, keys %-encoded, no message).
    void foreignDesktopIniIsLeftAsItIs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray noise(20000, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("garbage") << noise;
        QTest::newRow("another program's text") << QByteArray("# my shell aliases\nalias ll=ls -l\nexport EDITOR=vi\n");
        QTest::newRow("another program's INI")
            << QByteArray("[General]\ntheme=dark\n[window]\ngeometry=@ByteArray(abc)\n");
    }
    void foreignDesktopIniIsLeftAsItIs()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir profile;
        const QString path = DesktopSettings::fileIn(profile.path());
        QVERIFY(writeFile(path, content));
        {
            DesktopSettings settings(path);
            QVERIFY(settings.keepsRunningInTray()); // the defaults: nothing of it is read
            QVERIFY(settings.windowGeometry().isEmpty());
            settings.setKeepsRunningInTray(false);
            settings.setWindowGeometry(QByteArray("layout"));
            settings.sync();
            QVERIFY(!settings.keepsRunningInTray()); // kept in memory for this run
        }
        QCOMPARE(readFile(path), content);
    }

    // Planted while the app runs, after desktop.ini was read: the next write is refused and
    // what was planted (and what a link leads to) is left as it was. QSettings followed the
    // link and rewrote its target.
    void plantedWhileRunningIsNotWrittenThrough_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("link to another file") << QStringLiteral("symlink");
        QTest::newRow("fifo") << QStringLiteral("fifo");
        QTest::newRow("folder") << QStringLiteral("directory");
    }
    void plantedWhileRunningIsNotWrittenThrough()
    {
        QFETCH(QString, kind);
        QTemporaryDir profile;
        const QString path = DesktopSettings::fileIn(profile.path());
        const QByteArray nativePath = QFile::encodeName(path);
        const QString victim = profile.filePath(QStringLiteral("victim.txt"));
        const QByteArray precious("precious, not an INI file\n");
        QVERIFY(writeFile(victim, precious));
        DesktopSettings settings(path);
        settings.setKeepsRunningInTray(false);
        settings.sync(); // desktop.ini now exists, ours
        QVERIFY(readFile(path).contains("keepRunningInTray=false"));
        QVERIFY(QFile::remove(path));
        if (kind == QLatin1String("symlink"))
            QCOMPARE(::symlink(QFile::encodeName(victim).constData(), nativePath.constData()), 0);
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(nativePath.constData(), 0600), 0);
        else
            QVERIFY(QDir().mkdir(path));
        settings.setWindowGeometry(QByteArray("layout"));
        settings.sync();
        QCOMPARE(readFile(victim), precious);
        struct stat info { };
        QCOMPARE(::lstat(nativePath.constData(), &info), 0);
        if (kind == QLatin1String("symlink"))
            QVERIFY(S_ISLNK(info.st_mode));
        else if (kind == QLatin1String("fifo"))
            QVERIFY(S_ISFIFO(info.st_mode));
        else
            QVERIFY(S_ISDIR(info.st_mode));
    }

    // Written as the other profile files are: 0600 (it was 0644), and read back.
    void writtenPrivatelyAndReadBack()
    {
        QTemporaryDir profile;
        const QString path = DesktopSettings::fileIn(profile.path());
        {
            DesktopSettings settings(path);
            settings.setShowsNotifications(false);
            settings.setSplitterState(QStringLiteral("inboxSplitter"), QByteArray("\x00\xff state", 8));
        } // written on destruction
        struct stat info { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        DesktopSettings again(path);
        QVERIFY(!again.showsNotifications());
        QCOMPARE(again.splitterState(QStringLiteral("inboxSplitter")), QByteArray("\x00\xff state", 8));
    }

    // The rule itself: two screens side by side (primary first), a window of minimum 300x200.
    void placement_data()
    {
        QTest::addColumn<QRect>("wanted");
        QTest::addColumn<QRect>("expected");
        QTest::newRow("fits: kept") << QRect(100, 100, 800, 600) << QRect(100, 100, 800, 600);
        QTest::newRow("on the second screen: kept") << QRect(1400, 50, 600, 500) << QRect(1400, 50, 600, 500);
        QTest::newRow("partly off, usable: kept") << QRect(1000, 500, 600, 400) << QRect(1000, 500, 600, 400);
        QTest::newRow("too large: clamped to its screen") << QRect(1280, 0, 5000, 5000) << QRect(1280, 0, 1024, 768);
        QTest::newRow("a sliver visible: back on the primary, centred")
            << QRect(1180, 750, 1000, 700) << QRect(140, 50, 1000, 700);
        QTest::newRow("nowhere: back on the primary") << QRect(-5000, -5000, 400, 300) << QRect(440, 250, 400, 300);
        QTest::newRow("title bar above the screen: back on the primary")
            << QRect(100, -200, 400, 300) << QRect(440, 250, 400, 300);
        QTest::newRow("inverted: the primary, at the minimum")
            << QRect(QPoint(900, 700), QPoint(10, 10)) << QRect(490, 300, 300, 200);
        QTest::newRow("tiny: at the minimum") << QRect(10, 10, 1, 1) << QRect(10, 10, 300, 200);
    }
    void placement()
    {
        QFETCH(QRect, wanted);
        QFETCH(QRect, expected);
        const QList<QRect> screens {QRect(0, 0, 1280, 800), QRect(1280, 0, 1024, 768)};
        QCOMPARE(placeOnScreens(wanted, screens, QSize(300, 200)), expected);
    }
};

QTEST_MAIN(TestDesktopLayout)
#include "test_desktop_layout.moc"
