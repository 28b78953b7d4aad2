#include "recipient_report_model.h"

#include "campaign/campaign_text.h"

#include <algorithm>

namespace nb {

using namespace nb::campaign;

namespace {
const QString unknown = QStringLiteral("—");

QString yesNo(bool value)
{
    return value ? RecipientReportModel::tr("yes") : RecipientReportModel::tr("no");
}
} // namespace

RecipientReportModel::RecipientReportModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RecipientReportModel::setReport(QList<RecipientReport> rows, bool serverAsked)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_order.resize(m_rows.size());
    for (int i = 0; i < m_order.size(); ++i)
        m_order[i] = i;
    m_serverAsked = serverAsked;
    endResetModel();
}

void RecipientReportModel::clear()
{
    setReport({}, false);
}

int RecipientReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecipientReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RecipientReportModel::known(const RecipientReport& row) const
{
    return m_serverAsked && row.status == Status::Sent && !row.membership.isEmpty();
}

QString RecipientReportModel::text(const RecipientReport& row, int column) const
{
    switch (column) {
    case UserColumn:
        return row.user;
    case StatusColumn:
        return shownStatus(row.status);
    case JoinedColumn:
        if (!known(row))
            return unknown;
        return row.membership == QLatin1String("join")  ? tr("yes")
            : row.membership == QLatin1String("invite") ? tr("invited")
                                                        : tr("no");
    case ReadColumn:
        return known(row) ? yesNo(row.read) : unknown;
    case RepliedColumn:
        return known(row) ? yesNo(row.replied) : unknown;
    case ArchivedColumn:
        return known(row) ? yesNo(row.membership == QLatin1String("leave")) : unknown;
    case RecalledColumn:
        return row.recalled ? tr("yes") : QString();
    case CorrectedColumn:
        return row.corrected ? tr("yes") : QString();
    case DetailColumn:
        return shownCampaignText(row.detail);
    default:
        return {};
    }
}

QVariant RecipientReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecipientReport& row = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        // Shown through PlainToolTipProxy: the detail is the server's words.
        return index.column() == DetailColumn || index.column() == UserColumn ? text(row, index.column()) : QVariant();
    case UserRole:
        return row.user;
    default:
        return {};
    }
}

QVariant RecipientReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const QStringList titles = {tr("Recipient"), tr("Delivery"), tr("Joined"), tr("Read"), tr("Replied"),
        tr("Archived"), tr("Recalled"), tr("Corrected"), tr("Detail")};
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

int RecipientReportModel::rank(const RecipientReport& row, int column) const
{
    if (column == StatusColumn)
        return int(row.status);
    if (column == RecalledColumn)
        return row.recalled ? 1 : 0;
    if (column == CorrectedColumn)
        return row.corrected ? 1 : 0;
    if (!known(row))
        return -1; // unknown first
    switch (column) {
    case JoinedColumn:
        return row.membership == QLatin1String("join") ? 2 : row.membership == QLatin1String("invite") ? 1 : 0;
    case ReadColumn:
        return row.read ? 1 : 0;
    case RepliedColumn:
        return row.replied ? 1 : 0;
    case ArchivedColumn:
        return row.membership == QLatin1String("leave") ? 1 : 0;
    default:
        return 0;
    }
}

void RecipientReportModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const bool ascending = order == Qt::AscendingOrder;
    QList<int> sorted = m_order;
    // Strings compared where they are (no copies); the other columns by a small rank.
    // Stable: equal keys keep their present order, so sorting by one column then another
    // orders by both.
    if (column == UserColumn || column == DetailColumn) {
        const bool user = column == UserColumn;
        std::stable_sort(sorted.begin(), sorted.end(), [&](int a, int b) {
            const QString& left = user ? m_rows[a].user : m_rows[a].detail;
            const QString& right = user ? m_rows[b].user : m_rows[b].detail;
            const int c = left.compare(right);
            return ascending ? c < 0 : c > 0;
        });
    } else {
        QList<int> ranks(m_rows.size());
        for (int i = 0; i < ranks.size(); ++i)
            ranks[i] = rank(m_rows[i], column);
        std::stable_sort(sorted.begin(), sorted.end(),
            [&](int a, int b) { return ascending ? ranks[a] < ranks[b] : ranks[a] > ranks[b]; });
    }
    // Persistent indexes (selection, current row) follow their recipient.
    QList<int> newViewRow(m_rows.size());
    for (int viewRow = 0; viewRow < sorted.size(); ++viewRow)
        newViewRow[sorted[viewRow]] = viewRow;
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before)
        after << this->index(newViewRow[m_order[index.row()]], index.column());
    m_order = std::move(sorted);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace nb
