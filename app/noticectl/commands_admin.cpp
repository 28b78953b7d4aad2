// Placeholder until the admin commands land (issue 3); replaced by their implementation.
#include "cli.h"

namespace nb::cli {
namespace {
int notYet(const Invocation& call) { return usage(QStringLiteral("'%1' is not available yet.").arg(call.command)); }
} // namespace
int runAdmin(NoticeService&, const Invocation& call) { return notYet(call); }
int runRoom(NoticeService&, const Invocation& call) { return notYet(call); }
int runSend(NoticeService&, const Invocation& call) { return notYet(call); }
int runPin(NoticeService&, const Invocation& call) { return notYet(call); }
int runLeaveRule(NoticeService&, const Invocation& call) { return notYet(call); }
int runUsageLimit(NoticeService&, const Invocation& call) { return notYet(call); }
} // namespace nb::cli
