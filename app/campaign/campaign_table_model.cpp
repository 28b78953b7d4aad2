#include "campaign/campaign_table_model.h"
#include "campaign/campaign_text.h"

#include "campaign/campaign.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace nb::campaign {

CampaignTableModel::CampaignTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CampaignTableModel::setCampaign(Campaign* campaign)
{
    if (m_campaign)
        disconnect(m_campaign, nullptr, this, nullptr);
    m_campaign = campaign;
    if (campaign) {
        connect(campaign, &Campaign::started, this, &CampaignTableModel::reload);
        connect(campaign, &Campaign::recipientChanged, this, &CampaignTableModel::update);
        connect(campaign, &QObject::destroyed, this, [this] { reload(); });
    }
    reload();
}

void CampaignTableModel::reload()
{
    beginResetModel();
    m_rows = m_campaign ? m_campaign->statuses() : QList<RecipientStatus>();
    applySort();
    endResetModel();
}

void CampaignTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    const QModelIndexList before = persistentIndexList();
    QStringList users; // what each persistent index points at, by recipient
    users.reserve(before.size());
    for (const QModelIndex& index : before)
        users << m_rows[index.row()].user;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    if (column < 0 && m_campaign)
        m_rows = m_campaign->statuses(); // back to campaign order
    applySort();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(m_rowOf.value(users[i]), before[i].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CampaignTableModel::applySort()
{
    if (m_sortColumn >= 0 && !m_rows.isEmpty()) {
        // Statuses in the order of their names, as the column shows them.
        auto rank = [](Status status) {
            switch (status) {
            case Status::Failed:
                return 0;
            case Status::Pending:
                return 1;
            case Status::Sent:
                return 2;
            case Status::Skipped:
                return 3;
            }
            return 4;
        };
        std::vector<int> order(size_t(m_rows.size()));
        std::iota(order.begin(), order.end(), 0);
        const QList<RecipientStatus>& rows = m_rows;
        auto less = [&](int a, int b) {
            switch (m_sortColumn) {
            case StatusColumn:
                return rank(rows[a].status) < rank(rows[b].status);
            case DetailColumn:
                return rows[a].detail < rows[b].detail;
            default:
                return rows[a].user < rows[b].user;
            }
        };
        // Stable, and descending by swapping the arguments, so equal rows keep their order.
        if (m_sortOrder == Qt::AscendingOrder)
            std::stable_sort(order.begin(), order.end(), less);
        else
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return less(b, a); });
        QList<RecipientStatus> sorted;
        sorted.reserve(m_rows.size());
        for (int row : order)
            sorted << m_rows[row];
        m_rows = std::move(sorted);
    }
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows[row].user, row);
}

void CampaignTableModel::update(const RecipientStatus& status)
{
    const int row = m_rowOf.value(status.user, -1);
    if (row < 0)
        return;
    m_rows[row] = status;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CampaignTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecipientStatus& row = m_rows[index.row()];
    switch (role) {
    case UserRole:
        return row.user;
    case StatusRole:
        return int(row.status);
    case DetailRole:
        return row.detail;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case UserColumn:
            return row.user;
        // In the user's language; the roles above keep the campaign's own values.
        case StatusColumn:
            return shownStatus(row.status);
        case DetailColumn:
            return shownCampaignText(row.detail);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("Recipient");
    case StatusColumn:
        return tr("Status");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

QHash<int, QByteArray> CampaignTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UserRole, "user");
    names.insert(StatusRole, "status");
    names.insert(DetailRole, "detail");
    return names;
}

} // namespace nb::campaign
