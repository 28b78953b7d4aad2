#include "campaign_list_model.h"

#include <QDateTime>
#include <QFileInfo>

namespace nb {

using namespace nb::campaign;

QString campaignWhen(qint64 createdMs)
{
    return QDateTime::fromMSecsSinceEpoch(createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString firstLineOf(const QString& text, int max)
{
    const QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > max ? line.left(max - 1) + QChar(0x2026) : line;
}

CampaignListModel::CampaignListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CampaignListModel::setPaths(const QStringList& paths)
{
    beginResetModel();
    m_rows.clear();
    for (const QString& path : paths) {
        Row row;
        row.path = path;
        m_rows << row;
    }
    endResetModel();
}

int CampaignListModel::rowOf(const QString& path) const
{
    const QFileInfo wanted(path);
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].path == path || QFileInfo(m_rows[i].path) == wanted)
            return i;
    return -1;
}

QStringList CampaignListModel::paths() const
{
    QStringList paths;
    for (const Row& row : m_rows)
        paths << row.path;
    return paths;
}

void CampaignListModel::setReport(const CampaignReport& report)
{
    const int index = rowOf(report.path);
    if (index < 0)
        return;
    Row& row = m_rows[index];
    row.loaded = true;
    row.error.clear();
    row.header = report.header;
    row.text = report.currentText;
    row.recipients = int(report.rows.size());
    row.delivered = report.delivered;
    row.failed = report.failed;
    row.pending = report.pending;
    row.recalled = report.recalled;
    row.corrected = report.corrected;
    row.joined = report.joined;
    row.read = report.read;
    row.replied = report.replied;
    row.archived = report.archived;
    row.serverNote = report.serverNote;
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

void CampaignListModel::setError(const QString& path, const QString& error)
{
    const int index = rowOf(path);
    if (index < 0)
        return;
    m_rows[index].loaded = true;
    m_rows[index].error = error;
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int CampaignListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignListModel::text(const Row& row, int column) const
{
    auto count = [](int value) { return value < 0 ? QStringLiteral("—") : QString::number(value); };
    if (!row.loaded)
        return column == TextColumn ? tr("Reading %1…").arg(QFileInfo(row.path).fileName()) : QString();
    if (!row.error.isEmpty())
        return column == TextColumn ? tr("Cannot read %1: %2").arg(row.path, row.error) : QString();
    switch (column) {
    case WhenColumn:
        return campaignWhen(row.header.createdMs);
    case RouteColumn:
        return row.header.spec.route == Route::Rooms ? tr("notice rooms") : tr("server notices");
    case TextColumn:
        return firstLineOf(row.text);
    case RecipientsColumn:
        return row.header.spec.audience == QLatin1String("all-local-users")
            ? tr("%1 (all local users)").arg(row.recipients)
            : QString::number(row.recipients);
    case DeliveredColumn:
        return row.pending > 0 ? tr("%1 (%2 to go)").arg(row.delivered).arg(row.pending)
                               : QString::number(row.delivered);
    case FailedColumn:
        return QString::number(row.failed);
    case JoinedColumn:
        return count(row.joined);
    case ReadColumn:
        return count(row.read);
    case RepliedColumn:
        return count(row.replied);
    case ArchivedColumn:
        return count(row.archived);
    case FollowUpColumn: {
        QStringList parts;
        if (row.recalled > 0)
            parts << tr("recalled %1").arg(row.recalled);
        if (row.corrected > 0)
            parts << tr("corrected %1").arg(row.corrected);
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        // Plain through PlainToolTipProxy: the notice text and the server's words.
        if (index.column() == TextColumn)
            return row.error.isEmpty() ? row.text + QStringLiteral("\n\n") + row.path : row.error;
        if (index.column() >= JoinedColumn && index.column() <= ArchivedColumn && !row.serverNote.isEmpty())
            return row.serverNote;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= RecipientsColumn && index.column() <= ArchivedColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case PathRole:
        return row.path;
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const QStringList titles = {tr("When"), tr("Route"), tr("Text"), tr("Recipients"), tr("Delivered"),
        tr("Failed"), tr("Joined"), tr("Read"), tr("Replied"), tr("Archived"), QStringLiteral("Follow-ups")};
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

} // namespace nb
