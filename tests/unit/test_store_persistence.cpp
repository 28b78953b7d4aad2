// StorePersistence (app/service/store_persistence.h): a snapshot now and then, the rooms
// each save changed appended to a log in between, and a load that lays the log over the
// snapshot. Rows: what can be wrong with the log on disk, and what the load then does.
#include "../bench/generated_sync.h"
#include "service/store_persistence.h"
#include "store/notice_store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace nb;
using json = nlohmann::json;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

int modeOf(const QString& path)
{
    struct stat info { };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

void fill(NoticeStore& store, int rooms = 10)
{
    TrustContext context;
    context.ownUserId = QString::fromStdString(bench::benchUserId);
    context.supportAdmins = {QString::fromStdString(bench::benchAdminId)};
    store.setTrustContext(context);
    store.applySync(json::parse(bench::generateSync(rooms)));
}

json withoutLogId(json snapshot)
{
    snapshot.erase("log_id");
    return snapshot;
}

// What a reader of the profile sees: the store a fresh process loads from it.
json reloaded(const QString& dir, QStringList* problems = nullptr)
{
    NoticeStore store;
    StorePersistence persistence(dir);
    const QStringList said = persistence.load(store);
    if (problems)
        *problems = said;
    return store.toSnapshot();
}

} // namespace

class TestStorePersistence : public QObject {
    Q_OBJECT
private slots:
    void savesOnlyWhatChanged()
    {
        QTemporaryDir dir;
        NoticeStore store;
        fill(store);
        StorePersistence persistence(dir.path());
        persistence.save(store); // the first save of a process: a whole snapshot
        const QByteArray snapshot = readAll(persistence.snapshotPath());
        QVERIFY(!snapshot.isEmpty());
        QVERIFY(!QFile::exists(persistence.logPath()));

        store.applySync(json::parse(bench::newNoticeSync(0, 1)));
        persistence.save(store);
        QCOMPARE(readAll(persistence.snapshotPath()), snapshot); // untouched
        const QByteArray log = readAll(persistence.logPath());
        QCOMPARE(log.count('\n'), 2); // header and one change
        QVERIFY(log.contains("New notice 1"));
        QVERIFY2(log.size() < 8 * 1024, "only the changed room is written");
        QCOMPARE(modeOf(persistence.logPath()), 0600);

        QStringList problems;
        QCOMPARE(reloaded(dir.path(), &problems), store.toSnapshot());
        QVERIFY(problems.isEmpty());
        QCOMPARE(NoticeStore().nextBatch(), QString()); // (sanity: a fresh store has no token)
    }

    void logOnDisk_data()
    {
        QTest::addColumn<QByteArray>("damage"); // what is done to the log after two changes
        QTest::addColumn<int>("changesKept"); // -1: nothing kept, the store is fetched again
        QTest::addColumn<QString>("message"); // in the problems reported, empty: none

        QTest::newRow("whole") << QByteArray() << 2 << QString();
        QTest::newRow("torn last line (a crash during an append)") << QByteArray("<torn>") << 1 << QString();
        QTest::newRow("torn header (a crash while it was created)") << QByteArray("<torn-header>") << 0 << QString();
        QTest::newRow("stale (left from an older snapshot)") << QByteArray("<stale>") << 0 << QString();
        QTest::newRow("empty") << QByteArray("<empty>") << 0 << QString();
        QTest::newRow("damaged line") << QByteArray("<garbage-line>") << -1 << QStringLiteral("fetched again");
        QTest::newRow("wrong types in a line") << QByteArray("<wrong-types>") << -1 << QStringLiteral("fetched again");
        QTest::newRow("not a log") << QByteArray("<not-a-log>") << -1 << QStringLiteral("fetched again");
        QTest::newRow("symbolic link") << QByteArray("<link>") << -1 << QStringLiteral("symbolic link");
        QTest::newRow("folder") << QByteArray("<dir>") << -1 << QStringLiteral("is a folder");
    }

    void logOnDisk()
    {
        QFETCH(QByteArray, damage);
        QFETCH(int, changesKept);
        QFETCH(QString, message);
        QTemporaryDir dir;
        NoticeStore store;
        fill(store);
        StorePersistence persistence(dir.path());
        persistence.save(store);
        std::vector<json> states {store.toSnapshot()};
        for (int n = 1; n <= 2; ++n) {
            store.applySync(json::parse(bench::newNoticeSync(0, n)));
            persistence.save(store);
            states.push_back(store.toSnapshot());
        }
        const QString log = persistence.logPath();
        QByteArray content = readAll(log);
        const QList<QByteArray> lines = content.split('\n'); // header, change 1, change 2, ""
        QCOMPARE(lines.size(), 4);
        const QString decoy = QDir(dir.path()).filePath(QStringLiteral("decoy"));
        QVERIFY(writeAll(decoy, "not yours\n"));
        if (damage == "<torn>") {
            content.chop(lines[2].size() / 2 + 1);
        } else if (damage == "<torn-header>") {
            content = lines[0].left(10);
        } else if (damage == "<stale>") {
            json header = json::parse(lines[0].toStdString());
            header["log_id"] = "an-older-snapshot";
            content = QByteArray::fromStdString(header.dump()) + '\n' + lines[1] + '\n' + lines[2] + '\n';
        } else if (damage == "<empty>") {
            content.clear();
        } else if (damage == "<garbage-line>") {
            content = lines[0] + "\n\x01{garbage\n" + lines[2] + '\n';
        } else if (damage == "<wrong-types>") {
            content = lines[0] + "\n{\"rooms\":[1,2],\"next_batch\":7}\n" + lines[2] + '\n';
        } else if (damage == "<not-a-log>") {
            content = "{\"some\":\"other file\"}\n" + lines[1] + '\n';
        }
        if (damage == "<link>") {
            QVERIFY(QFile::remove(log) && QFile::link(decoy, log));
        } else if (damage == "<dir>") {
            QVERIFY(QFile::remove(log) && QDir().mkdir(log));
        } else {
            QVERIFY(writeAll(log, content));
        }

        QStringList problems;
        const json loaded = reloaded(dir.path(), &problems);
        if (changesKept < 0) {
            // As for a damaged snapshot: nothing of it is trusted, the next sync is a full one.
            QCOMPARE(loaded["rooms"].size(), 0u);
            QCOMPARE(loaded["next_batch"], "");
        } else {
            QCOMPARE(loaded, states[changesKept]);
        }
        QCOMPARE(problems.isEmpty(), message.isEmpty());
        if (!message.isEmpty())
            QVERIFY2(problems.join(QLatin1Char(' ')).contains(message), qPrintable(problems.join(QLatin1Char(' '))));
        QCOMPARE(readAll(decoy), QByteArray("not yours\n"));
    }

    void firstSaveAfterALoadRewritesTheSnapshot()
    {
        // A torn line stays ignored only until the next save: appending after it would
        // glue a new line to the torn one.
        QTemporaryDir dir;
        NoticeStore store;
        fill(store);
        StorePersistence persistence(dir.path());
        persistence.save(store);
        store.applySync(json::parse(bench::newNoticeSync(0, 1)));
        persistence.save(store);
        QVERIFY(writeAll(persistence.logPath(), readAll(persistence.logPath()) + "{\"rooms\":{\"!x"));

        NoticeStore next;
        StorePersistence again(dir.path());
        QVERIFY(again.load(next).isEmpty());
        next.applySync(json::parse(bench::newNoticeSync(0, 2)));
        again.save(next);
        QVERIFY(!QFile::exists(again.logPath()));
        QCOMPARE(reloaded(dir.path()), next.toSnapshot());
    }

    void withdrawnTextLeavesTheDisk()
    {
        QTemporaryDir dir;
        NoticeStore store;
        fill(store);
        StorePersistence persistence(dir.path());
        persistence.save(store);
        store.applySync(json::parse(bench::newNoticeSync(0, 1)));
        persistence.save(store);
        QVERIFY(readAll(persistence.logPath()).contains("New notice 1"));

        const json redaction = {{"type", "m.room.redaction"}, {"event_id", "$withdraw"},
            {"sender", bench::benchAdminId}, {"origin_server_ts", 1800000000100},
            {"content", {{"redacts", "$new1"}, {"reason", "Sent by mistake"}}}};
        store.applySync(json {{"next_batch", "s3"},
            {"rooms", {{"join", {{bench::roomIdOf(0), {{"timeline", {{"events", json::array({redaction})}}}}}}}}}});
        persistence.save(store);
        QVERIFY(!readAll(persistence.snapshotPath()).contains("New notice 1"));
        QVERIFY(!QFile::exists(persistence.logPath()) || !readAll(persistence.logPath()).contains("New notice 1"));
        QCOMPARE(reloaded(dir.path()), store.toSnapshot());
    }

    void compactsPastTheBoundAndAtShutdown()
    {
        QTemporaryDir dir;
        NoticeStore store;
        fill(store, 2);
        StorePersistence persistence(dir.path());
        persistence.save(store);
        // Each change here is a few KiB and the log may grow to 1 MiB: it must have been
        // folded into a snapshot at least once on the way, and still load as the store is.
        bool compacted = false;
        qint64 previous = 0;
        for (int n = 1; n <= 2000 && !compacted; ++n) {
            store.applySync(json::parse(bench::newNoticeSync(0, n)));
            persistence.save(store);
            const qint64 size = QFileInfo(persistence.logPath()).size();
            QVERIFY(size <= 1024 * 1024);
            // The room's history grows by hundreds of messages; a save still writes only the new one.
            if (size >= previous)
                QVERIFY2(size - previous < 8 * 1024, qPrintable(QString::number(size - previous)));
            compacted = compacted || size < previous;
            previous = size;
        }
        QVERIFY(compacted);
        QCOMPARE(reloaded(dir.path()), store.toSnapshot());

        persistence.compact(store);
        QVERIFY(!QFile::exists(persistence.logPath()));
        QCOMPARE(withoutLogId(json::parse(readAll(persistence.snapshotPath()).toStdString())), store.toSnapshot());
        QCOMPARE(modeOf(persistence.snapshotPath()), 0600);
    }

    void removeTakesBoth()
    {
        QTemporaryDir dir;
        NoticeStore store;
        fill(store);
        StorePersistence persistence(dir.path());
        persistence.save(store);
        store.applySync(json::parse(bench::newNoticeSync(0, 1)));
        persistence.save(store);
        QVERIFY(QFile::exists(persistence.logPath()));
        QVERIFY(persistence.remove());
        QVERIFY(!QFile::exists(persistence.snapshotPath()));
        QVERIFY(!QFile::exists(persistence.logPath()));
        persistence.compact(store); // nothing to fold: nothing comes back
        QVERIFY(!QFile::exists(persistence.snapshotPath()));
    }
};

QTEST_GUILESS_MAIN(TestStorePersistence)
#include "test_store_persistence.moc"
