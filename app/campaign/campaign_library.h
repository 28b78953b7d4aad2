#pragma once
// Where an account's campaign journals are kept, and which ones the history lists: the
// profile's campaigns/ directory (a new campaign's journal goes there unless the admin
// names another file), plus every journal used elsewhere, remembered by its path in
// campaigns/elsewhere.txt. Journals are never moved or copied: each stays the one record
// of its campaign.
#include <QString>
#include <QStringList>

namespace nb::campaign {

class CampaignLibrary {
public:
    explicit CampaignLibrary(QString profileDir);

    QString directory() const;
    // A fresh journal name in the directory (made if missing, mode 0700), e.g.
    // campaigns/2026-12-03T07-55-00-1a2b3c.journal; the file itself is made by the journal.
    QString newJournalPath(QString* error) const;
    // Adds a journal outside the directory to the list; a no-op for ones inside it.
    void remember(const QString& journalPath) const;
    // Every journal known, newest first (by file time); files gone since are left out.
    QStringList journals() const;

private:
    QString m_profileDir;
};

} // namespace nb::campaign
