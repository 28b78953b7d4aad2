// Placeholder until the admin commands land (issue 3); replaced by their implementation.
#include "cli.h"

namespace nb::cli {
int runNotify(NoticeService&, const Invocation& call)
{
    return usage(QStringLiteral("'%1' is not available yet.").arg(call.command));
}
} // namespace nb::cli
