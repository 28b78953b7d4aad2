// The GUI's sync loop against a real Synapse that goes away and comes back: the
// service says "reconnecting", retries with backoff, and once the server is back
// every notice sent meanwhile reaches the store, none lost, none twice. A restart of
// the app resumes from the saved token and store.
#include "admin_session.h"
#include "service/notice_service.h"
#include "service/wait_for_action.h"
#include "synapse_instance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace nb;
using namespace nb::testing;
using json = nlohmann::json;

class TestSyncResilience : public QObject {
    Q_OBJECT
    std::unique_ptr<testsupport::SynapseInstance> synapse;

    static ActionResult await(const std::function<void(NoticeService::Done)>& start) { return waitForAction(start); }

    static int noticeCount(const NoticeService& service)
    {
        int count = 0;
        for (const auto& room : service.store().noticeRooms())
            count += int(room.notices.size());
        return count;
    }

private slots:
    void initTestCase()
    {
        synapse = std::make_unique<testsupport::SynapseInstance>();
        QString error;
        QVERIFY2(synapse->start(&error), qPrintable(error));
        qputenv("NOTICEBOARD_CA_FILE", synapse->caFile().toUtf8());
        qputenv("NOTICEBOARD_TOKEN_STORE", "file");
    }

    void serverGoesAwayAndComesBack()
    {
        const auto alice = synapse->registerUser(QStringLiteral("alice"), QStringLiteral("alice-pw"));
        ApiSession admin(synapse->baseUrl(), synapse->adminToken(), synapse->caFile());
        ApiSession aliceApi(synapse->baseUrl(), alice.accessToken, synapse->caFile());
        QVERIFY(!admin.serverNotice(alice.userId, {{"msgtype", "m.text"}, {"body", "first"}}).isEmpty());

        QTemporaryDir profile;
        ServiceOptions options;
        options.profileDir = profile.path();
        {
            NoticeService service(options);
            QVERIFY(await([&](auto done) { service.login(alice.userId, {}, QStringLiteral("alice-pw"), done); }).ok());
            QSignalSpy states(&service, &NoticeService::connectionStateChanged);
            QSignalSpy arrived(&service, &NoticeService::noticeArrived);
            service.startSync();
            QTRY_COMPARE_WITH_TIMEOUT(service.connectionState(), ConnectionState::Online, 30000);
            QTRY_COMPARE_WITH_TIMEOUT(service.store().noticeRooms().size(), 1u, 30000);
            const QString roomId = service.store().noticeRooms().front().roomId;
            QVERIFY(await([&](auto done) { service.accept(roomId, done); }).ok());
            QTRY_COMPARE_WITH_TIMEOUT(noticeCount(service), 1, 30000);

            QVERIFY(synapse->stopSynapse());
            QTRY_COMPARE_WITH_TIMEOUT(service.connectionState(), ConnectionState::Reconnecting, 60000);
            const auto last = states.last();
            QVERIFY(!last.at(1).toString().isEmpty()); // says why and when it retries

            QVERIFY(synapse->startSynapse());
            for (int i = 0; i < 3; ++i)
                QVERIFY(!admin
                             .serverNotice(
                                 alice.userId, {{"msgtype", "m.text"}, {"body", "while away " + std::to_string(i)}})
                             .isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(service.connectionState(), ConnectionState::Online, 90000);
            QTRY_COMPARE_WITH_TIMEOUT(noticeCount(service), 4, 60000);
            QVERIFY(arrived.count() >= 3); // desktop notifications for the new ones
            service.stopSync();
        }

        // A restart resumes from the saved token and store: nothing lost, nothing twice.
        QVERIFY(!admin.serverNotice(alice.userId, {{"msgtype", "m.text"}, {"body", "after restart"}}).isEmpty());
        NoticeService restarted(options);
        QVERIFY(await([&](auto done) { restarted.restoreSession(done); }).ok());
        QCOMPARE(noticeCount(restarted), 4); // from the snapshot, before any sync
        QVERIFY(await([&](auto done) { restarted.syncOnce(done); }).ok());
        QCOMPARE(noticeCount(restarted), 5);
        std::set<QString> ids;
        const auto rooms = restarted.store().noticeRooms(); // keep the rooms alive while iterating
        for (const auto& notice : rooms.front().notices)
            ids.insert(notice.eventId);
        QCOMPARE(ids.size(), 5u);
    }
};

QTEST_GUILESS_MAIN(TestSyncResilience)
#include "test_sync_resilience.moc"
