#pragma once
// The Campaigns panel's list of past campaigns, one row per journal: when, route, text
// (first line, as corrected), recipients, delivered, failed, and from the server joined,
// read, replied, archived ("—" until the server has been asked, or where it cannot be).
// Rows hold counts only; a campaign's per-recipient rows are read when it is opened.
#include "campaign/campaign_report.h"

#include <QAbstractTableModel>

namespace nb {

class CampaignListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        RouteColumn,
        TextColumn,
        RecipientsColumn,
        DeliveredColumn,
        FailedColumn,
        JoinedColumn,
        ReadColumn,
        RepliedColumn,
        ArchivedColumn,
        FollowUpColumn, // recalled / corrected
        ColumnCount
    };
    enum Role { PathRole = Qt::UserRole + 1 };

    struct Row {
        QString path;
        bool loaded = false; // the journal has been read
        QString error; // why it could not be
        campaign::JournalHeader header;
        QString text; // as corrected
        int recipients = 0, delivered = 0, failed = 0, pending = 0, recalled = 0, corrected = 0;
        int joined = -1, read = -1, replied = -1, archived = -1;
        QString serverNote;
    };

    explicit CampaignListModel(QObject* parent = nullptr);

    // One unread row per journal, in this order.
    void setPaths(const QStringList& paths);
    // Fills the row of report.path from the journal side (and the server side when asked).
    void setReport(const campaign::CampaignReport& report);
    void setError(const QString& path, const QString& error);
    int rowOf(const QString& path) const;
    const Row& row(int index) const { return m_rows.at(index); }
    QStringList paths() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const Row& row, int column) const;

    QList<Row> m_rows;
};

// "2026-12-03 07:55"; the first line of a notice, cut at `max` characters with "…".
QString campaignWhen(qint64 createdMs);
QString firstLineOf(const QString& text, int max = 80);

} // namespace nb
