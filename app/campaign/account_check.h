#pragma once
// Who a notice to "all local users" is not for, asked of each account just before the
// first request that would reach it (Campaign::checkAccount, and the admin console's
// usage-limit notices to every user: DeliveryRunner).
//
// Synapse's user list (GET /_synapse/admin/v2/users) lists an application service's
// accounts like everyone else's: a bridge's puppets (@telegram_123:server) and its bot
// have no user_type, and 1.160's list has no appservice field and no filter for one
// (synapse/storage/databases/main/__init__.py get_users_paginate selects name, user_type,
// is_guest, admin, deactivated, ...). Only GET /_synapse/admin/v2/users/{id} answers
// "appservice_id" (synapse/handlers/admin.py get_user): null, or the service's ID. An
// invitation or a notice to a puppet is something the bridge may act on (forward it to
// the remote network, answer it), and nobody the admin meant reads it there.
#include "client/matrix_api.h"

#include <QString>
#include <functional>
#include <nlohmann/json.hpp>

namespace nb::campaign {

// The reason, in plain words, why the account GET /_synapse/admin/v2/users/{id} describes
// gets no notice meant for everyone; empty when it does get one.
QString notForEveryoneReason(const nlohmann::json& account);

// Asks the server about `user` (GET /_synapse/admin/v2/users/{id}, one request, no retry:
// the caller decides what a failure means, and never sends unchecked). `done` gets
// notForEveryoneReason's answer (empty: the notice is for them), or the failure.
MatrixApi::Pending checkAccountForEveryone(
    MatrixApi& api, const QString& user, std::function<void(Result<QString>)> done);

} // namespace nb::campaign
