// Campaign: follow-ups of a delivered campaign, run by the same engine as delivery
// (scheduling, retries, cancel, journal) with other steps per recipient:
//   recall  - PUT /rooms/{room}/redact/{event}/{txn} with the admin's reason; recipients'
//             apps show "Withdrawn by your server" (NoticeStore applies redactions).
//   correct - an m.replace edit of the delivered notice with the new text; recipients see
//             the notice with the new text, marked edited.
// Exactly once, as for delivery (campaign_journal.cpp): each request is announced with its
// one transaction ID before it leaves; an announcement without an outcome is checked on
// the server first - the notice already carries redacted_because, or an edit carrying this
// operation's marker is in the room - and only then is the same transaction sent again.
// Only the rooms route can do this: server notices are sent by Synapse's notices user,
// whose events the admin can neither redact nor edit (CampaignDriver refuses earlier).
#include "campaign/campaign.h"
#include "campaign/guarded.h"

#include "matrix/json_access.h"

#include <QDateTime>

namespace nb::campaign {

using json = nlohmann::json;
using namespace json_access;

namespace {
std::string s(const QString& text)
{
    return text.toStdString();
}

int correctionIndex(const CampaignJournal& journal, const QString& id)
{
    const QList<Operation>& ops = journal.operations();
    for (qsizetype i = 0; i < ops.size(); ++i)
        if (ops[i].id == id)
            return int(i);
    return -1;
}
} // namespace

QStringList Campaign::operationRecipients(const Operation& op) const
{
    const int index = correctionIndex(m_journal, op.id);
    const Operation* recall = m_journal.operation(QStringLiteral("recall"));
    QStringList users;
    for (const QString& user : m_journal.header().recipients) {
        const RecipientProgress p = m_journal.progressOf(user);
        if (p.status != Status::Sent || p.eventId.isEmpty() || p.room.isEmpty())
            continue; // nothing delivered (or not in a room of ours): nothing to follow up
        if (op.kind == Operation::Kind::Correct) {
            // Delivered with this correction's text or a later one: already says it.
            if (!p.textOp.isEmpty() && correctionIndex(m_journal, p.textOp) >= index)
                continue;
            // Withdrawn: an edit would bring nothing back (clients ignore edits of
            // redacted events); a recall started after this correction does not count.
            if (recall && m_journal.operationProgress(recall->id, user).status == Status::Sent)
                continue;
        }
        users << user;
    }
    return users;
}

json Campaign::editContent(const QString& user) const
{
    const Operation* op = m_journal.operation(m_options.operation);
    CampaignSpec corrected = m_journal.header().spec;
    corrected.text = op->text;
    corrected.markdown = op->markdown;
    const json replacement = messageContent(corrected);
    // Clients without edits show the fallback: the new text marked with "* ", as the spec
    // suggests for m.replace.
    json content = replacement;
    content["body"] = "* " + replacement.value("body", std::string());
    if (replacement.contains("formatted_body"))
        content["formatted_body"] = "* " + replacement.value("formatted_body", std::string());
    content["m.new_content"] = replacement;
    content["m.relates_to"] = {{"rel_type", "m.replace"}, {"event_id", s(m_journal.progressOf(user).eventId)}};
    content[deliveryMarkerKey] = s(m_journal.operationMarker(op->id, user));
    return content;
}

void Campaign::advanceOperation(const QString& user)
{
    if (m_active.value(user).verified) {
        sendOperation(user); // a rate-limited or transient repeat of a checked step
        return;
    }
    // Before acting on the event the journal names, read it from the server: the journal
    // is a file the admin can edit or truncate (red team, issue 8: a hand-edited event ID
    // made recall withdraw another campaign's notice; a truncated journal redacted twice).
    const RecipientProgress delivered = m_journal.progressOf(user);
    m_api.roomEvent(delivered.room, delivered.eventId, guarded(this, [this, user](Result<json> event) {
        if (!m_active.contains(user))
            return;
        if (!event.ok()) {
            onFailure(user, event.failure, false);
            return;
        }
        checkOperationTarget(user, *event.value);
    }));
}

void Campaign::checkOperationTarget(const QString& user, const json& event)
{
    const Operation* op = m_journal.operation(m_options.operation);
    QString redaction;
    if (const json* unsignedData = objectMember(event, "unsigned"))
        if (const json* because = objectMember(*unsignedData, "redacted_because"))
            redaction = qstring(*because, "event_id");
    if (!redaction.isEmpty()) {
        // Withdrawn already (by this recall before a kill, or by any admin): nothing to
        // add. Its content is gone, so the marker below cannot be read.
        if (op->kind == Operation::Kind::Recall)
            markOperationDone(user, redaction, true);
        else
            skip(user, QStringLiteral("the notice has been withdrawn; an edit would not show"));
        return;
    }
    const json* content = objectMember(event, "content");
    const QString marker = content ? qstring(*content, deliveryMarkerKey) : QString();
    if (qstring(event, "sender") != m_journal.header().sender || marker != m_journal.header().markerFor(user)) {
        markFailed(user,
            QStringLiteral("the journal names event %1, which is not this campaign's notice to %2 (the journal "
                           "was changed?); it was left untouched")
                .arg(m_journal.progressOf(user).eventId, user),
            false, true);
        return;
    }
    const OperationProgress p = m_journal.operationProgress(op->id, user);
    if (!p.uncertain || op->kind == Operation::Kind::Recall) {
        sendOperation(user); // an uncertain redaction that had acted would show above
        return;
    }
    // An uncertain edit: sent if the room holds one with this operation's marker.
    m_probe->findRoomMessage(
        m_journal.progressOf(user).room, m_journal.operationMarker(op->id, user), [this, user](Result<QString> found) {
            if (!m_active.contains(user))
                return;
            if (!found.ok())
                onFailure(user, found.failure, false);
            else if (!found.value->isEmpty())
                markOperationDone(user, *found.value, true);
            else if (stillWanted(user))
                sendOperation(user); // not there: the same transaction again
        });
}

void Campaign::sendOperation(const QString& user)
{
    m_active[user].verified = true;
    const Operation* op = m_journal.operation(m_options.operation);
    const RecipientProgress delivered = m_journal.progressOf(user);
    QString txn = m_journal.operationProgress(op->id, user).txn;
    if (txn.isEmpty())
        txn = MatrixApi::generateTransactionId();
    announce(user,
        {{"t", "op_sending"}, {"op", s(op->id)}, {"user", s(user)}, {"txn", s(txn)},
            {"ms", QDateTime::currentMSecsSinceEpoch()}},
        [this, user, txn, delivered, recall = op->kind == Operation::Kind::Recall, reason = op->reason] {
            auto done = guarded(this, [this, user](Result<QString> sent) {
                if (sent.ok())
                    markOperationDone(user, *sent.value, false);
                else
                    onFailure(user, sent.failure, false);
            });
            if (recall)
                m_api.redactEvent(delivered.room, delivered.eventId, txn, reason, done);
            else
                m_api.sendMessage(delivered.room, txn, editContent(user), done);
        });
}

void Campaign::markOperationDone(const QString& user, const QString& eventId, bool found)
{
    m_unreachableStreak = 0;
    record(
        {{"t", "op_done"}, {"op", s(m_options.operation)}, {"user", s(user)}, {"event", s(eventId)}, {"found", found}});
    setStatus(user, Status::Sent, eventId);
    complete(user);
}

} // namespace nb::campaign
