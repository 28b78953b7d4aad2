#include "qtmodels/notice_list_model.h"
#include "notice/html_sanitizer.h"

namespace nb {

NoticeListModel::NoticeListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void NoticeListModel::setNotices(const QString& roomId, const std::vector<Notice>& notices)
{
    beginResetModel();
    m_roomId = roomId;
    m_notices = notices;
    endResetModel();
}

const Notice* NoticeListModel::noticeAt(int row) const
{
    return row >= 0 && row < int(m_notices.size()) ? &m_notices[row] : nullptr;
}

int NoticeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notices.size());
}

QVariant NoticeListModel::data(const QModelIndex& index, int role) const
{
    const Notice* notice = index.isValid() ? noticeAt(index.row()) : nullptr;
    if (!notice)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return notice->redacted ? QString() : notice->body;
    case EventIdRole:
        return notice->eventId;
    case SenderRole:
        return notice->sender;
    case TimestampRole:
        return notice->timestamp;
    case HtmlRole:
        if (notice->redacted)
            return QString();
        return notice->html.isEmpty() ? escapeHtml(notice->body).replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                                      : notice->html;
    case PinnedRole:
        return notice->pinned;
    case FromMeRole:
        return notice->fromMe;
    case MsgtypeRole:
        return notice->msgtype;
    case IsNoticeRole:
        return notice->fromNoticeSender;
    case EditedRole:
        return notice->edited;
    case RedactedRole:
        return notice->redacted;
    case RedactionReasonRole:
        return notice->redactionReason;
    case RedactedByRole:
        return notice->redactedBy;
    case RedactedByNoticeSenderRole:
        return notice->redactedByNoticeSender;
    default:
        return {};
    }
}

QHash<int, QByteArray> NoticeListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(EventIdRole, "eventId");
    names.insert(SenderRole, "sender");
    names.insert(TimestampRole, "timestamp");
    names.insert(BodyRole, "body");
    names.insert(HtmlRole, "html");
    names.insert(PinnedRole, "pinned");
    names.insert(FromMeRole, "fromMe");
    names.insert(MsgtypeRole, "msgtype");
    names.insert(IsNoticeRole, "isNotice");
    names.insert(EditedRole, "edited");
    names.insert(RedactedRole, "redacted");
    names.insert(RedactionReasonRole, "redactionReason");
    names.insert(RedactedByRole, "redactedBy");
    names.insert(RedactedByNoticeSenderRole, "redactedByNoticeSender");
    return names;
}

} // namespace nb
