#pragma once
// The per-recipient table of a campaign for the GUI (recipient, status, detail), kept up
// to date from Campaign's signals. One row per recipient, in campaign order until the view
// sorts it (sort(): by the model itself, so 100,000 rows sort in a blink, where a sorting
// proxy asks data() for every comparison). A sorted table is not re-sorted as statuses
// change: rows stay where the admin sees them until the next sort.
#include "campaign/campaign_types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace nb::campaign {

class Campaign;

class CampaignTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UserColumn, StatusColumn, DetailColumn, ColumnCount };
    enum Role {
        UserRole = Qt::UserRole + 1,
        StatusRole, // nb::campaign::Status as int
        DetailRole,
    };

    explicit CampaignTableModel(QObject* parent = nullptr);

    // Shows `campaign`'s recipients (resets the model on each start()); null to clear.
    void setCampaign(Campaign* campaign);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reload();
    void update(const RecipientStatus& status);
    void applySort(); // m_rows in m_sortColumn / m_sortOrder, m_rowOf to match

    QPointer<Campaign> m_campaign;
    QList<RecipientStatus> m_rows;
    QHash<QString, int> m_rowOf;
    int m_sortColumn = -1; // -1: campaign order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace nb::campaign
