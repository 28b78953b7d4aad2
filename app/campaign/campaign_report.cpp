#include "campaign/campaign_report.h"

#include "admin/sent_notice_rooms.h"
#include "campaign/guarded.h"
#include "matrix/json_access.h"

#include <QHash>

namespace nb::campaign {

using json = nlohmann::json;
using namespace json_access;

namespace {
constexpr int roomsPerSync = 200;
} // namespace

CampaignReport CampaignReport::fromJournal(const CampaignJournal& journal)
{
    CampaignReport report;
    report.path = journal.path();
    report.header = journal.header();
    report.currentText = journal.currentSpec().text;
    report.rateLimitLifted = journal.rateLimitLift().lifted;
    QString lastCorrection;
    for (const Operation& op : journal.operations())
        if (op.kind == Operation::Kind::Correct)
            lastCorrection = op.id;
    const bool recallExists = journal.operation(QStringLiteral("recall")) != nullptr;
    for (const QString& user : report.header.recipients) {
        const RecipientProgress p = journal.progressOf(user);
        RecipientReport row;
        row.user = user;
        row.status = p.status;
        row.detail = p.status == Status::Sent ? p.eventId : p.reason;
        row.room = p.room;
        row.eventId = p.eventId;
        row.recalled = recallExists && journal.operationProgress(QStringLiteral("recall"), user).status == Status::Sent;
        row.corrected = !lastCorrection.isEmpty() && p.status == Status::Sent
            && (p.textOp == lastCorrection || journal.operationProgress(lastCorrection, user).status == Status::Sent);
        switch (p.status) {
        case Status::Sent:
            ++report.delivered;
            break;
        case Status::Failed:
            ++report.failed;
            break;
        case Status::Skipped:
            ++report.skipped;
            break;
        case Status::Pending:
            ++report.pending;
            break;
        }
        report.recalled += row.recalled ? 1 : 0;
        report.corrected += row.corrected ? 1 : 0;
        report.rows << row;
    }
    if (report.header.spec.route != Route::Rooms)
        report.serverNote = QStringLiteral(
            "Joined, read and replied are not known for the server notices route: those rooms belong to the server's "
            "notices account.");
    return report;
}

CampaignReporter::CampaignReporter(MatrixApi& api, QString me, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_me(std::move(me))
{
}

void CampaignReporter::ask(CampaignReport report, Done done)
{
    if (report.header.spec.route != Route::Rooms) {
        done(std::move(report));
        return;
    }
    report.joined = report.read = report.replied = report.archived = 0;
    nextBatch(std::make_shared<CampaignReport>(std::move(report)), 0, std::move(done));
}

void CampaignReporter::nextBatch(std::shared_ptr<CampaignReport> report, int from, Done done)
{
    QStringList rooms;
    QHash<QString, int> rowOfRoom;
    int next = from;
    for (; next < report->rows.size() && rooms.size() < roomsPerSync; ++next)
        if (!report->rows[next].room.isEmpty() && report->rows[next].status == Status::Sent) {
            rooms << report->rows[next].room;
            rowOfRoom.insert(report->rows[next].room, next);
        }
    if (rooms.isEmpty()) {
        done(std::move(*report));
        return;
    }
    const std::string filter = sentRoomsSyncFilter(rooms).dump(-1, ' ', false, json::error_handler_t::replace);
    auto failed = [report, done](const RequestFailure& failure) {
        report->joined = report->read = report->replied = report->archived = -1;
        report->serverNote =
            QStringLiteral("The server could not be asked who joined, read or replied: %1").arg(failure.describe());
        done(std::move(*report));
    };
    // A filter with hundreds of room IDs is too long for a URL: upload it first.
    m_api.call("POST", "/_matrix/client/v3/user/" + MatrixApi::pathSegment(m_me) + "/filter", {},
        QByteArray::fromStdString(filter), true,
        guarded(this, [this, report, rooms, rowOfRoom, next, done, failed](Result<json> uploaded, const QUrl&) {
            const QString filterId = uploaded.ok() ? qstring(*uploaded.value, "filter_id") : QString();
            if (filterId.isEmpty()) {
                failed(uploaded.failure);
                return;
            }
            m_api.sync(filterId, QString(), 0, false,
                guarded(this, [this, report, rooms, rowOfRoom, next, done, failed](Result<json> sync) {
                    if (!sync.ok()) {
                        failed(sync.failure);
                        return;
                    }
                    for (const SentNoticeRoom& room : sentNoticeRoomsFromSync(*sync.value, m_me, rooms)) {
                        RecipientReport& row = report->rows[rowOfRoom.value(room.roomId)];
                        row.membership = room.recipientMembership;
                        // Where the notice is among the latest messages: read and replied
                        // count from there (a notice older than the window precedes all).
                        qsizetype at = -1;
                        for (size_t i = 0; i < room.messages.size(); ++i)
                            if (room.messages[i].eventId == row.eventId)
                                at = qsizetype(i);
                        bool receiptAfter = room.recipientReceipt == row.eventId;
                        for (size_t i = size_t(at + 1); i < room.messages.size(); ++i) {
                            receiptAfter = receiptAfter || room.messages[i].eventId == room.recipientReceipt;
                            row.replied = row.replied || room.messages[i].fromRecipient;
                        }
                        row.read = receiptAfter;
                        report->joined += room.recipientMembership == QLatin1String("join") ? 1 : 0;
                        report->archived += room.recipientMembership == QLatin1String("leave") ? 1 : 0;
                        report->read += row.read ? 1 : 0;
                        report->replied += row.replied ? 1 : 0;
                    }
                    nextBatch(report, next, done);
                }));
        }));
}

} // namespace nb::campaign
