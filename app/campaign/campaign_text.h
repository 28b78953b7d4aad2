#pragma once
// The campaign's sentences in the user's language, where they are shown (issue 9).
//
// The campaign engine (app/campaign) writes its sentences in English and keeps them so: they
// go into the journal (a recipient's reason, a halt, a lift of the rate limits) and into
// `notify --json` / `campaign show --json`, which must never follow the locale; and a journal
// is read back by a later run, perhaps under another locale. So the front ends (noticectl's
// human output, the admin console) pass each such sentence through shownCampaignText() where
// they show it: it finds the English sentence among the campaign's known ones (the table in
// campaign_text.cpp), also when it was read back from a journal written by an earlier run,
// and gives its translation with the same arguments, each argument shown the same way (the
// reason inside "Stopped: %1 ..."). Text that is not a known sentence (the server's own
// words, a user ID, a path) comes back as it is.
#include "campaign/campaign_types.h"

#include <QString>

namespace nb::campaign {

QString shownCampaignText(const QString& english);

// A recipient's status in words, for tables and noticectl's listing; statusName() is the
// journal's, --json's and the CSV export's.
QString shownStatus(Status status);

} // namespace nb::campaign
