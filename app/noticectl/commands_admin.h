#pragma once
// Internals shared by the admin commands (commands_admin*.cpp).
#include "cli.h"

#include "admin/admin_service.h"

namespace nb::cli {

// Asks the server whether this session is a server administrator. Returns 0 to go on,
// otherwise the exit code after printing why: 3 for a non-admin (refused by the rules
// of this tool), 4 when `needsAdminApi` and the server has no Synapse admin API, 5 when
// the server could not be asked.
int requireAdmin(AdminService& admin, const QString& command, bool needsAdminApi);

// noticectl admin sent [--json]: the notice rooms this admin created.
int runAdminSent(AdminService& admin, const Invocation& call);

} // namespace nb::cli
