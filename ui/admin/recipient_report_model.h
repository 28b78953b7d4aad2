#pragma once
// The per-recipient table of one past campaign (Campaigns panel): delivery status, and
// from the server whether each recipient joined, read, replied or archived, and whether
// the recall / latest correction reached them. A model over the report's rows (never one
// item per cell): 100,000 recipients are 100,000 small structs that never move; sorting
// reorders a list of row numbers on a typed key (no strings made per comparison).
#include "campaign/campaign_report.h"

#include <QAbstractTableModel>

namespace nb {

class RecipientReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UserColumn,
        StatusColumn,
        JoinedColumn,
        ReadColumn,
        RepliedColumn,
        ArchivedColumn,
        RecalledColumn,
        CorrectedColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        UserRole = Qt::UserRole + 1, // the Matrix ID
    };

    explicit RecipientReportModel(QObject* parent = nullptr);

    // Shows `report`'s rows; `serverAsked`: joined / read / replied / archived are known.
    void setReport(QList<campaign::RecipientReport> rows, bool serverAsked);
    void clear();
    // The report's rows, in the report's order (not the sorted one).
    const QList<campaign::RecipientReport>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString text(const campaign::RecipientReport& row, int column) const;
    // Columns shown as words: the order they sort in (e.g. no < invited < yes).
    int rank(const campaign::RecipientReport& row, int column) const;
    const campaign::RecipientReport& at(int viewRow) const { return m_rows[m_order[viewRow]]; }
    // Where the server's side is known for this row (a delivered notice in an asked room).
    bool known(const campaign::RecipientReport& row) const;

    QList<campaign::RecipientReport> m_rows;
    QList<int> m_order; // view row -> index in m_rows
    bool m_serverAsked = false;
};

} // namespace nb
