// The live per-recipient table (CampaignTableModel) sorts itself: by each column, both
// ways, equal rows in campaign order; selections and other persistent indexes follow
// their recipient; a status arriving after a sort changes that recipient's row; a
// restarted campaign keeps the sort. (Its speed at 100,000 rows: bench_campaign_scale.)
#include "campaign/campaign.h"
#include "campaign/campaign_table_model.h"
#include "client/http_transport.h"
#include "scripted_homeserver.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;
using namespace nb::campaign;
using json = nlohmann::json;

Q_DECLARE_METATYPE(Qt::SortOrder)

class TestCampaignTable : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    std::unique_ptr<CampaignJournal> journal;
    HttpTransport transport;
    MatrixApi api {transport};
    std::unique_ptr<Campaign> campaign;
    int journals = 0;

    // @u1 sent ($e3), @u2 failed ("b"), @u3 skipped ("a"), @u4 sent ($e1), @u5 pending.
    void startFinishedCampaign()
    {
        QString error;
        journal = CampaignJournal::open(dir.filePath(QStringLiteral("j%1").arg(++journals)), &error);
        JournalHeader header;
        header.id = QStringLiteral("ctable");
        header.sender = QStringLiteral("@admin:hs");
        for (int i = 1; i <= 5; ++i)
            header.recipients << QStringLiteral("@u%1:hs").arg(i);
        QVERIFY2(journal && journal->writeHeader(header, &error), qPrintable(error));
        for (const json& record : {json {{"t", "sent"}, {"user", "@u1:hs"}, {"event", "$e3"}},
                 json {{"t", "failed"}, {"user", "@u2:hs"}, {"reason", "b"}, {"uncertain", false}},
                 json {{"t", "skipped"}, {"user", "@u3:hs"}, {"reason", "a"}},
                 json {{"t", "sent"}, {"user", "@u4:hs"}, {"event", "$e1"}}})
            QVERIFY(journal->append(record));
        campaign = std::make_unique<Campaign>(api, *journal, CampaignOptions {});
    }

    void startAndStop(CampaignTableModel& model)
    {
        model.setCampaign(campaign.get());
        campaign->start();
        campaign->cancel(); // nothing is sent: this is about the table
        QTRY_VERIFY(!campaign->isRunning());
    }

    static QStringList users(const CampaignTableModel& model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, CampaignTableModel::UserColumn).data().toString().section(QLatin1Char(':'), 0, 0);
        return list;
    }

private slots:
    void sortsByEachColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](const char* users) { return QString::fromLatin1(users).split(QLatin1Char(' ')); };
        QTest::newRow("recipient ascending") << 0 << Qt::AscendingOrder << list("@u1 @u2 @u3 @u4 @u5");
        QTest::newRow("recipient descending") << 0 << Qt::DescendingOrder << list("@u5 @u4 @u3 @u2 @u1");
        // By the status names shown (failed, pending, sent, skipped); equal ones in campaign order.
        QTest::newRow("status ascending") << 1 << Qt::AscendingOrder << list("@u2 @u5 @u1 @u4 @u3");
        QTest::newRow("status descending") << 1 << Qt::DescendingOrder << list("@u3 @u1 @u4 @u5 @u2");
        QTest::newRow("details ascending") << 2 << Qt::AscendingOrder << list("@u5 @u4 @u1 @u3 @u2");
        QTest::newRow("back to campaign order") << -1 << Qt::AscendingOrder << list("@u1 @u2 @u3 @u4 @u5");
    }

    void sortsByEachColumn()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        startFinishedCampaign();
        CampaignTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        startAndStop(model);
        model.sort(2, Qt::DescendingOrder); // some other order first
        const QPersistentModelIndex u3(model.index(users(model).indexOf(QStringLiteral("@u3")), 1));
        model.sort(column, order);
        QCOMPARE(users(model), expected);
        QCOMPARE(u3.row(), expected.indexOf(QStringLiteral("@u3"))); // a selection follows its recipient
        QCOMPARE(u3.column(), 1);
        QCOMPARE(u3.data().toString(), QStringLiteral("skipped"));
    }

    // Rows stay where the admin sees them while statuses arrive; the next sort, or a restart
    // of the campaign, orders them again.
    void sortedTableFollowsTheCampaign()
    {
        startFinishedCampaign();
        bench::ScriptedHomeserver server(0); // a mock: answers the notices at once
        api.setHomeserver(server.url());
        api.setAccessToken(QStringLiteral("token"));
        CampaignTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(CampaignTableModel::StatusColumn, Qt::AscendingOrder);
        model.setCampaign(campaign.get());
        campaign->start(); // @u2 (failed) is retried, @u5 (pending) sent
        QCOMPARE(users(model), QString::fromLatin1("@u2 @u5 @u1 @u4 @u3").split(QLatin1Char(' ')));
        QTRY_VERIFY(!campaign->isRunning());
        QCOMPARE(server.noticesDelivered(), 2);
        QCOMPARE(users(model), QString::fromLatin1("@u2 @u5 @u1 @u4 @u3").split(QLatin1Char(' ')));
        QCOMPARE(model.index(0, CampaignTableModel::StatusColumn).data().toString(), QStringLiteral("sent"));
        QCOMPARE(model.index(1, CampaignTableModel::StatusColumn).data().toString(), QStringLiteral("sent"));
        QVERIFY(model.index(1, CampaignTableModel::DetailColumn).data().toString().startsWith(QLatin1Char('$')));
        campaign->start(); // nothing left to do; the table is filled again, sorted
        QTRY_VERIFY(!campaign->isRunning());
        QCOMPARE(users(model), QString::fromLatin1("@u1 @u2 @u4 @u5 @u3").split(QLatin1Char(' ')));
    }
};

QTEST_GUILESS_MAIN(TestCampaignTable)
#include "test_campaign_table.moc"
