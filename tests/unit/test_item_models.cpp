// The inbox and notice models, checked by QAbstractItemModelTester.
#include "fixture.h"
#include "qtmodels/notice_list_model.h"
#include "qtmodels/notice_room_list_model.h"
#include "store/notice_store.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace nb;

class TestItemModels : public QObject {
    Q_OBJECT
    std::vector<NoticeRoom> fixtureRooms(QStringList admins)
    {
        NoticeStore store;
        TrustContext ctx;
        ctx.ownUserId = QStringLiteral("@alice:localhost");
        ctx.supportAdmins = admins;
        store.setTrustContext(ctx);
        store.applySync(nb::testing::fixtureJson("sync-invites-legacy-and-msc4279.json"));
        store.applySync(nb::testing::fixtureJson("sync-joined-legacy-and-msc4279-fullstate.json"));
        return store.noticeRooms();
    }

private slots:
    void groups()
    {
        NoticeRoomListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        model.setRooms(fixtureRooms({QStringLiteral("@admin:localhost")}));
        const QModelIndex active = model.index(int(NoticeRoomListModel::Group::Active), 0);
        QCOMPARE(model.rowCount(active), 3); // legacy joined, msc joined, msc invite
        QVERIFY(model.data(active).toString().startsWith(QStringLiteral("Active")));
        QCOMPARE(model.data(active, NoticeRoomListModel::IsGroupRole).toBool(), true);
        const QModelIndex first = model.index(0, 0, active);
        QCOMPARE(model.parent(first), active);
        QVERIFY(!model.data(first, NoticeRoomListModel::RoomIdRole).toString().isEmpty());

        model.setRooms(fixtureRooms({}));
        const QModelIndex unverified = model.index(int(NoticeRoomListModel::Group::Unverified), 0);
        QCOMPARE(model.rowCount(unverified), 2); // the two MSC4279 rooms by @admin, unknown
        const QModelIndex spoof = model.index(0, 0, unverified);
        QCOMPARE(model.data(spoof, NoticeRoomListModel::TrustRole).toString(), QStringLiteral("unverified"));
        QVERIFY(model.data(spoof, Qt::ToolTipRole).toString().contains(QStringLiteral("Not verified")));
        QVERIFY(model.indexOfRoom(QStringLiteral("!MKdknCtBJxDxvQEGwv:localhost")).isValid());
        QVERIFY(!model.indexOfRoom(QStringLiteral("!nope:localhost")).isValid());
        QVERIFY(model.roleNames().contains(NoticeRoomListModel::UnreadRole));
    }

    void notices()
    {
        NoticeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Notice plain;
        plain.eventId = QStringLiteral("$1");
        plain.body = QStringLiteral("a < b\nnext");
        Notice rich = plain;
        rich.eventId = QStringLiteral("$2");
        rich.html = QStringLiteral("<b>x</b>");
        rich.pinned = true;
        model.setNotices(QStringLiteral("!r:x"), {plain, rich});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), NoticeListModel::HtmlRole).toString(), QStringLiteral("a &lt; b<br>next"));
        QCOMPARE(model.data(model.index(1), NoticeListModel::HtmlRole).toString(), QStringLiteral("<b>x</b>"));
        QCOMPARE(model.data(model.index(1), NoticeListModel::PinnedRole).toBool(), true);
        QCOMPARE(model.roomId(), QStringLiteral("!r:x"));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "test_item_models.moc"
