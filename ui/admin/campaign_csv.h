#pragma once
// A campaign's per-recipient report as CSV for a spreadsheet: user, status, detail, room,
// event, joined, read, replied, archived, recalled, corrected. Fields are quoted as RFC
// 4180 says, and a cell that a spreadsheet would run as a formula (starting with = + - @,
// a tab or a carriage return) gets a leading apostrophe: recipients' IDs and the server's
// error texts are not ours to trust, and every Matrix ID starts with '@'.
#include <QByteArray>
#include <QString>

namespace nb::campaign {
struct CampaignReport;
}

namespace nb {

// One cell, neutralised and quoted when needed.
QString csvCell(const QString& value);
// The whole report, header line first, CRLF line ends, UTF-8. The server's side
// (joined, read, replied, archived) is empty where it is not known.
QByteArray campaignCsv(const campaign::CampaignReport& report);

} // namespace nb
