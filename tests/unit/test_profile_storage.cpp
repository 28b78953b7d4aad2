// The profile's file primitives (private_file.h) against everything that can stand where
// a file should: links (to a file, dangling), folders, FIFOs, another user's file, a huge
// file; and AccountContext's keying of server facts by account and homeserver.
#include "client/private_file.h"
#include "service/account_context.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

using namespace nb;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int modeOf(const QString& path)
{
    struct stat info { };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// Puts `kind` at `path`; `target` is a world-readable file outside the profile.
bool plant(const QString& kind, const QString& path, const QString& target)
{
    const QByteArray name = QFile::encodeName(path);
    if (kind == QLatin1String("link"))
        return QFile::link(target, path);
    if (kind == QLatin1String("dangling link"))
        return QFile::link(target + QStringLiteral(".missing"), path);
    if (kind == QLatin1String("folder"))
        return QDir().mkdir(path);
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(name.constData(), 0600) == 0;
    if (kind == QLatin1String("another user's file")) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write("{}") == 2 && ::chown(name.constData(), 65534, 65534) == 0;
    }
    return false;
}

} // namespace

class TestProfileStorage : public QObject {
    Q_OBJECT

private slots:
    void refusesWhatIsNotAnOrdinaryFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("link") << QStringLiteral("link") << QStringLiteral("symbolic link");
        QTest::newRow("dangling link") << QStringLiteral("dangling link") << QStringLiteral("symbolic link");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("not an ordinary file");
        if (::geteuid() == 0) // only root can give a file away
            QTest::newRow("another user's file")
                << QStringLiteral("another user's file") << QStringLiteral("another user");
    }

    void refusesWhatIsNotAnOrdinaryFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QTemporaryDir profile;
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("target"));
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not yours\n");
        }
        QVERIFY(
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const QString path = profile.filePath(QStringLiteral("token.json"));
        QVERIFY(plant(kind, path, target));

        const PrivateRead read = readPrivateFile(path, 1024);
        QCOMPARE(read.outcome, PrivateRead::Outcome::Refused);
        QVERIFY2(read.error.contains(says), qPrintable(read.error));

        QString error;
        const bool writesThrough = kind == QLatin1String("another user's file"); // replaced, never written into
        QCOMPARE(writePrivateFile(path, "{\"secret\":1}", &error), writesThrough);
        if (!writesThrough)
            QVERIFY2(error.contains(says), qPrintable(error));
        QCOMPARE(removePrivateFile(path, &error), writesThrough);

        QCOMPARE(readAll(target), QByteArray("not yours\n"));
        QCOMPARE(modeOf(target), 0604);
    }

    void readsBoundedAndNarrowsExposedFiles()
    {
        QTemporaryDir profile;
        const QString path = profile.filePath(QStringLiteral("store.json"));
        QVERIFY(writePrivateFile(path, QByteArray(2000, 'x')));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(readPrivateFile(path, 1000).outcome, PrivateRead::Outcome::Refused);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const PrivateRead read = readPrivateFile(path, 4000);
        QVERIFY(read.ok());
        QCOMPARE(read.content.size(), 2000);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(readPrivateFile(profile.filePath(QStringLiteral("none")), 10).outcome, PrivateRead::Outcome::Missing);
        // No temporary file is left beside it.
        QCOMPARE(QDir(profile.path()).entryList(QDir::Files), QStringList {QStringLiteral("store.json")});
    }

    void profileFolderMustBePrivate()
    {
        QTemporaryDir parent;
        const QString open = parent.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(open));
        QVERIFY(::chmod(QFile::encodeName(open).constData(), 0777) == 0);
        QString error;
        QVERIFY(!writePrivateFile(open + QStringLiteral("/session.json"), "{}", &error));
        QVERIFY2(error.contains(QStringLiteral("Other users may write")), qPrintable(error));
        QVERIFY(!QFile::exists(open + QStringLiteral("/session.json")));

        // A link to a private folder of the user's is fine (a profile moved to another disk).
        const QString real = parent.filePath(QStringLiteral("real"));
        QVERIFY(QDir().mkdir(real));
        QVERIFY(::chmod(QFile::encodeName(real).constData(), 0700) == 0);
        QVERIFY(QFile::link(real, parent.filePath(QStringLiteral("moved"))));
        QVERIFY2(
            writePrivateFile(parent.filePath(QStringLiteral("moved/session.json")), "{}", &error), qPrintable(error));
        QVERIFY(QFile::exists(real + QStringLiteral("/session.json")));
    }

    void factsAreKeyedByAccountAndServer()
    {
        QTemporaryDir profile;
        const QUrl serverA(QStringLiteral("https://a.example"));
        const QUrl serverB(QStringLiteral("https://b.example"));
        const QString alice = QStringLiteral("@alice:a.example");
        {
            AccountContext context(profile.path());
            context.beginLogin(alice, serverA);
            ServerVersions versions;
            versions.msc4279Unstable = true;
            context.setVersions(versions);
            context.setSupportAdmins({QStringLiteral("@admin:a.example")});
            context.setTrustedSenders({QStringLiteral("@ops:a.example")});
            QVERIFY(context.save());
        }
        AccountContext context(profile.path());
        context.resume(alice, serverA);
        QVERIFY(!context.versions().has_value()); // not asked yet in this session...
        QVERIFY(context.serverAdvertisesMsc4279()); // ...so this account's own cached answer
        QCOMPARE(context.supportAdmins(), QStringList {QStringLiteral("@admin:a.example")});
        QCOMPARE(context.trustedSenders(), QStringList {QStringLiteral("@ops:a.example")});

        context.resume(QStringLiteral("@bob:a.example"), serverA); // another user, same server
        QVERIFY(!context.serverAdvertisesMsc4279());
        QVERIFY(context.supportAdmins().isEmpty() && context.trustedSenders().isEmpty());
        context.resume(alice, serverB); // same user ID, another homeserver address
        QVERIFY(!context.serverAdvertisesMsc4279());
        QVERIFY(context.supportAdmins().isEmpty() && context.trustedSenders().isEmpty());

        // A new login learns the server again; the user's own choice stays hers.
        context.beginLogin(alice, serverA);
        QVERIFY(!context.serverAdvertisesMsc4279());
        QVERIFY(context.supportAdmins().isEmpty());
        QCOMPARE(context.trustedSenders(), QStringList {QStringLiteral("@ops:a.example")});

        // Saving bob keeps alice's entry.
        context.beginLogin(QStringLiteral("@bob:a.example"), serverA);
        QVERIFY(context.save());
        context.resume(alice, serverA);
        QCOMPARE(context.trustedSenders(), QStringList {QStringLiteral("@ops:a.example")});
        QVERIFY(context.problem().isEmpty());
    }

    void damagedSettingsAreSaidAndKept()
    {
        QTemporaryDir profile;
        AccountContext context(profile.path());
        QFile file(context.settingsFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\": 2, \"accounts\": [");
        file.close();
        context.resume(QStringLiteral("@alice:a.example"), QUrl(QStringLiteral("https://a.example")));
        QVERIFY2(context.problem().contains(QStringLiteral("damaged")), qPrintable(context.problem()));
        QCOMPARE(readAll(context.settingsFile() + QStringLiteral(".damaged")),
            QByteArray("{\"version\": 2, \"accounts\": ["));
        QVERIFY(context.save());
        context.resume(QStringLiteral("@alice:a.example"), QUrl(QStringLiteral("https://a.example")));
        QVERIFY(context.problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStorage)
#include "test_profile_storage.moc"
