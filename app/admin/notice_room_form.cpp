#include "admin/notice_room_form.h"

#include "admin/admin_service.h"
#include "matrix/user_id.h"
#include <QCoreApplication>

namespace nb {

NoticeRoomSpec noticeRoomSpec(const NoticeRoomForm& form, QString* error)
{
    NoticeRoomSpec spec;
    spec.readOnly = form.readOnly;
    spec.invitee = form.invitee.trimmed();
    spec.name = form.name.trimmed();
    spec.topic = form.topic.trimmed();
    spec.allowLeave = form.allowLeave;
    QString tableError;
    spec.powerLevelOverrides = powerLevelOverrides(form.powerLevels, &tableError);
    if (spec.invitee.isEmpty())
        *error = QCoreApplication::translate(
            "nb::AdminService", "Enter the Matrix ID of the user to invite (one user, as MSC4279 asks).");
    else if (!isValidUserId(spec.invitee))
        *error =
            QCoreApplication::translate("nb::AdminService", "\"%1\" is not a Matrix ID; it looks like @name:server.")
                .arg(spec.invitee);
    else
        *error = tableError;
    return spec;
}

QString noticeRoomRequestText(const AdminService& admin, const NoticeRoomSpec& spec)
{
    return QString::fromStdString(
        admin.previewRequest(spec).dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace nb
