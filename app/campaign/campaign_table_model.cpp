#include "campaign/campaign_table_model.h"

#include "campaign/campaign.h"

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
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows[row].user, row);
    endResetModel();
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
        case StatusColumn:
            return statusName(row.status);
        case DetailColumn:
            return row.detail;
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
