// The start-at-login entry (ui/autostart.h): each argument of its Exec line quoted as
// the Desktop Entry Specification says, so a program or profile path with spaces, quotes,
// backslashes, dollars or percent signs starts exactly that program on exactly that
// profile; a path with a line break is refused rather than written; the entry is written
// where XDG_CONFIG_HOME says, one per profile, and removed again.
#include "ui/autostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

class TestAutostart : public QObject {
    Q_OBJECT

private slots:
    void execArgumentQuoting_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("written"); // empty: refused
        QTest::newRow("plain path") << QStringLiteral("/usr/bin/noticeboard") << QStringLiteral("/usr/bin/noticeboard");
        QTest::newRow("option") << QStringLiteral("--hidden") << QStringLiteral("--hidden");
        QTest::newRow("space") << QStringLiteral("/home/a b/p") << QStringLiteral("\"/home/a b/p\"");
        QTest::newRow("double quote") << QStringLiteral("/p/\"x\"") << QStringLiteral("\"/p/\\\\\"x\\\\\"\"");
        QTest::newRow("backslash") << QStringLiteral("/p/a\\b") << QStringLiteral("\"/p/a\\\\\\\\b\"");
        QTest::newRow("dollar and backtick")
            << QStringLiteral("/p/$HOME`id`") << QStringLiteral("\"/p/\\\\$HOME\\\\`id\\\\`\"");
        QTest::newRow("percent") << QStringLiteral("/p/100%u") << QStringLiteral("/p/100%%u");
        QTest::newRow("semicolon") << QStringLiteral("/p;rm") << QStringLiteral("\"/p;rm\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("line break refused") << QStringLiteral("/p\nExec=evil") << QString();
        QTest::newRow("carriage return refused") << QStringLiteral("/p\rx") << QString();
    }
    void execArgumentQuoting()
    {
        QFETCH(QString, argument);
        QFETCH(QString, written);
        QCOMPARE(autostart::execArgument(argument), written);
    }

    void defaultProfileHasNoProfileOption()
    {
        const QString text = autostart::entryText(
            QStringLiteral("/usr/bin/noticeboard"), QStringLiteral("/home/a/.p"), QStringLiteral("/home/a/.p/"));
        QVERIFY(text.contains(QStringLiteral("\nExec=/usr/bin/noticeboard --hidden\n")));
    }

    void writtenWhereXdgSaysAndRemoved()
    {
        QTemporaryDir config;
        QTemporaryDir profiles;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        const QString defaultProfile = profiles.filePath(QStringLiteral("default"));
        const QString other = profiles.filePath(QStringLiteral("work notices"));
        const QString program = QStringLiteral("/opt/Notice board/noticeboard");
        QVERIFY(autostart::setEnabled(true, program, defaultProfile, defaultProfile));
        QVERIFY(autostart::setEnabled(true, program, other, defaultProfile));
        const QString defaultEntry = config.filePath(QStringLiteral("autostart/io.noticeboard.Noticeboard.desktop"));
        QVERIFY(QFile::exists(defaultEntry));
        const QString otherEntry = autostart::entryPath(other, defaultProfile);
        QVERIFY(otherEntry != defaultEntry); // one entry per profile
        QVERIFY(otherEntry.startsWith(config.filePath(QStringLiteral("autostart/io.noticeboard.Noticeboard."))));
        QFile file(otherEntry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(
            QStringLiteral("\nExec=\"/opt/Notice board/noticeboard\" --hidden --profile \"%1\"\n")
                .arg(other)
                .toUtf8()));
        if (!QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty()) {
            QProcess validate;
            validate.start(QStringLiteral("desktop-file-validate"), {otherEntry});
            QVERIFY(validate.waitForFinished(10000));
            QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());
        }
        // Turning one off leaves the other.
        QVERIFY(autostart::setEnabled(false, program, other, defaultProfile));
        QVERIFY(!QFile::exists(otherEntry));
        QVERIFY(autostart::isEnabled(defaultProfile, defaultProfile));
        QVERIFY(!autostart::isEnabled(other, defaultProfile));
        QString error;
        QVERIFY(!autostart::setEnabled(true, QStringLiteral("/p\nx"), other, defaultProfile, &error));
        QVERIFY(error.contains(QStringLiteral("line break")));
        QVERIFY(!QFile::exists(otherEntry));
    }

    void relativeXdgConfigHomeIsIgnored()
    {
        qputenv("XDG_CONFIG_HOME", "relative/dir");
        QCOMPARE(autostart::directory(), QDir::home().filePath(QStringLiteral(".config/autostart")));
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "test_autostart.moc"
