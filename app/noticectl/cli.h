#pragma once
// Shared pieces of the noticectl commands: the parsed arguments, output, and a way
// to wait for the service's asynchronous results.
#include "service/notice_service.h"

#include <QMap>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace nb::cli {

struct Invocation {
    QString command;
    QStringList positional; // after the command, options removed
    QMap<QString, QStringList> options; // --name value (repeatable) or --flag ""
    bool json = false;

    bool has(const QString& name) const { return options.contains(name); }
    QString value(const QString& name) const { return options.value(name).value(0); }
};

// Exit codes, as documented in README.
enum Exit { Ok = 0, Usage = 2, Rules = 3, Server = 4, Unreachable = 5, Busy = 6 };

QTextStream& out();
QTextStream& err();

// Runs an asynchronous service call to completion.
ActionResult await(const std::function<void(NoticeService::Done)>& start);

// Prints the failure (or nothing on success) and returns the exit code.
int finish(const ActionResult& result, bool printSuccess = true);

// Restores the saved session and syncs once from the saved token.
// On failure prints why and returns the exit code; 0 when ready.
int prepare(NoticeService& service);

int usage(const QString& message);

using Command = std::function<int(NoticeService&, const Invocation&)>;

int runLogin(NoticeService& service, const Invocation& call);
int runLogout(NoticeService& service, const Invocation& call);
int runInbox(NoticeService& service, const Invocation& call);
int runStatus(NoticeService& service, const Invocation& call);
int runRoomAction(NoticeService& service, const Invocation& call); // accept, archive, reject, forget, read
int runReply(NoticeService& service, const Invocation& call);

// Admin side (issue 3): commands_admin.cpp and commands_notify.cpp.
int runAdmin(NoticeService& service, const Invocation& call); // admin check
int runRoom(NoticeService& service, const Invocation& call); // room create
int runSend(NoticeService& service, const Invocation& call);
int runPin(NoticeService& service, const Invocation& call); // pin, unpin
int runLeaveRule(NoticeService& service, const Invocation& call);
int runUsageLimit(NoticeService& service, const Invocation& call);
int runNotify(NoticeService& service, const Invocation& call);
int runCampaign(NoticeService& service, const Invocation& call); // list, show, recall, correct

} // namespace nb::cli
