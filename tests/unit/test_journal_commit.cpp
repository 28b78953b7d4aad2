// When campaign journal records reach the disk (campaign_journal.cpp, "which records are
// fsync'd" and "group commit"): an announcement is on disk before append() returns, an
// outcome is written at once and made durable by the next fsync, and staged announcements
// are written together by one commit, never before it.
#include "campaign/campaign_journal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nb::campaign;
using json = nlohmann::json;

namespace {

json sending(const char* user, const char* txn)
{
    return {{"t", "sending"}, {"user", user}, {"txn", txn}, {"ms", 1}};
}

json sent(const char* user)
{
    return {{"t", "sent"}, {"user", user}, {"event", std::string("$e-") + user}, {"found", false}};
}

QList<QByteArray> recordLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeFirst(); // the header
    lines.removeAll(QByteArray());
    return lines;
}

} // namespace

class TestJournalCommit : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    int made = 0;
    QString path;

    std::unique_ptr<CampaignJournal> fresh(int recipients)
    {
        path = dir.filePath(QStringLiteral("j%1").arg(++made));
        QString error;
        auto journal = CampaignJournal::open(path, &error);
        JournalHeader header;
        header.id = QStringLiteral("ctest");
        header.sender = QStringLiteral("@admin:hs");
        for (int i = 1; i <= recipients; ++i)
            header.recipients << QStringLiteral("@u%1:hs").arg(i);
        if (!journal || !journal->writeHeader(header, &error))
            qFatal("%s", qPrintable(error));
        return journal;
    }

    static std::unique_ptr<CampaignJournal> reopen(const QString& path)
    {
        QString error;
        return CampaignJournal::open(path, &error);
    }

private slots:
    void outcomesWaitForTheNextAnnouncement()
    {
        auto journal = fresh(2);
        QVERIFY(journal->append(sending("@u1:hs", "t1")));
        QCOMPARE(journal->syncCount(), 1);
        QVERIFY(journal->append(sent("@u1:hs")));
        QCOMPARE(journal->syncCount(), 1); // not fsync'd by itself...
        QCOMPARE(recordLines(path).size(), 2); // ...but written: a kill does not lose it
        QVERIFY(journal->append(sending("@u2:hs", "t2")));
        QCOMPARE(journal->syncCount(), 2); // this fsync carries the outcome too
        QVERIFY(journal->append({{"t", "skipped"}, {"user", "@u2:hs"}, {"reason", "left"}}));
        QCOMPARE(journal->syncCount(), 3); // a skip stops sending: on disk at once
    }

    void stagedAnnouncementsShareOneCommit()
    {
        auto journal = fresh(8);
        const qint64 before = journal->syncCount();
        for (int i = 1; i <= 8; ++i)
            QVERIFY(journal->stage(sending(qPrintable(QStringLiteral("@u%1:hs").arg(i)), "t")));
        QVERIFY(journal->hasStaged());
        QCOMPARE(recordLines(path).size(), 0); // nothing written before the commit
        QVERIFY(journal->progressOf(QStringLiteral("@u8:hs")).sendUncertain);
        QVERIFY(journal->commit());
        QCOMPARE(journal->syncCount(), before + 1);
        QCOMPARE(recordLines(path).size(), 8);
        QVERIFY(journal->commit()); // nothing new: no second fsync
        QCOMPARE(journal->syncCount(), before + 1);
        journal.reset();
        auto again = reopen(path);
        QVERIFY(again);
        for (int i = 1; i <= 8; ++i)
            QVERIFY(again->progressOf(QStringLiteral("@u%1:hs").arg(i)).sendUncertain);
    }

    void uncommittedAnnouncementsAreNeverWritten()
    {
        auto journal = fresh(1);
        QVERIFY(journal->stage(sending("@u1:hs", "t1")));
        journal.reset(); // gone before its commit: its request was never sent
        auto again = reopen(path);
        QVERIFY(again);
        QVERIFY(!again->progressOf(QStringLiteral("@u1:hs")).sendUncertain);
        QCOMPARE(recordLines(path).size(), 0);
    }

    void appendWritesWhatIsStagedFirst()
    {
        auto journal = fresh(2);
        QVERIFY(journal->append(sending("@u2:hs", "t2")));
        QVERIFY(journal->stage(sending("@u1:hs", "t1")));
        QVERIFY(journal->append(sent("@u2:hs")));
        const QList<QByteArray> lines = recordLines(path);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].contains("\"t1\""));
        QVERIFY(lines[2].contains("\"sent\""));
        const qint64 before = journal->syncCount();
        QVERIFY(journal->commit()); // written, but not yet on disk: the commit still syncs
        QCOMPARE(journal->syncCount(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestJournalCommit)
#include "test_journal_commit.moc"
