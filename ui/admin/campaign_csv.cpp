#include "campaign_csv.h"

#include "campaign/campaign_report.h"

#include <QStringList>

namespace nb {

using namespace nb::campaign;

QString csvCell(const QString& value)
{
    QString cell = value;
    // OWASP's CSV injection advice: these first characters start a formula (or, tab and
    // CR, hide one after a cell boundary in some spreadsheets).
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    const bool quote = !cell.isEmpty()
        && (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('\n'))
            || cell.contains(QLatin1Char('\r')) || cell.front() == QLatin1Char(' ') || cell.back() == QLatin1Char(' '));
    if (quote) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

namespace {
QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}
} // namespace

QByteArray campaignCsv(const CampaignReport& report)
{
    const bool asked = report.joined >= 0;
    QByteArray out = "user,status,detail,room,event,joined,read,replied,archived,recalled,corrected\r\n";
    for (const RecipientReport& row : report.rows) {
        // The server's side only for delivered notices in rooms it could be asked about.
        const bool known = asked && row.status == Status::Sent && !row.membership.isEmpty();
        const QStringList cells = {row.user, statusName(row.status), row.detail, row.room, row.eventId,
            known ? yesNo(row.membership == QLatin1String("join")) : QString(), known ? yesNo(row.read) : QString(),
            known ? yesNo(row.replied) : QString(), known ? yesNo(row.membership == QLatin1String("leave")) : QString(),
            yesNo(row.recalled), yesNo(row.corrected)};
        QStringList quoted;
        for (const QString& cell : cells)
            quoted << csvCell(cell);
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace nb
