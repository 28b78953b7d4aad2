#pragma once
// The notices of one room, oldest first, as a flat list for the notice view.
#include "store/notice_room.h"

#include <QAbstractListModel>

namespace nb {

class NoticeListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        SenderRole,
        TimestampRole,
        BodyRole,
        HtmlRole, // sanitised; falls back to escaped body
        PinnedRole,
        FromMeRole,
        MsgtypeRole,
        IsNoticeRole, // from the room's notice senders; otherwise a reply under its sender
        EditedRole,
        RedactedRole, // withdrawn: Body and Html are empty
        RedactionReasonRole,
        RedactedByRole, // who withdrew it
        RedactedByNoticeSenderRole, // its sender or one of the room's notice senders did
    };

    explicit NoticeListModel(QObject* parent = nullptr);

    void setNotices(const QString& roomId, const std::vector<Notice>& notices);
    QString roomId() const { return m_roomId; }
    const Notice* noticeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_roomId;
    std::vector<Notice> m_notices;
};

} // namespace nb
