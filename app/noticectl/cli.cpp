#include "cli.h"

#include "service/wait_for_action.h"

namespace nb::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

ActionResult await(const std::function<void(NoticeService::Done)>& start)
{
    return waitForAction(start);
}

int finish(const ActionResult& result, bool printSuccess)
{
    if (result.ok()) {
        if (printSuccess && !result.message.isEmpty())
            err() << result.message << Qt::endl;
        return Ok;
    }
    err() << "noticectl: " << result.message << Qt::endl;
    if (!result.error.errcode.isEmpty())
        err() << "noticectl: server error " << result.error.errcode << " (HTTP " << result.error.httpStatus
              << "): " << result.error.message << Qt::endl;
    return result.exitCode();
}

int prepare(NoticeService& service)
{
    const ActionResult restored = await([&](auto done) { service.restoreSession(done); });
    if (!restored.ok())
        return finish(restored);
    const ActionResult synced = await([&](auto done) { service.syncOnce(done); });
    return synced.ok() ? Ok : finish(synced);
}

int usage(const QString& message)
{
    err() << "noticectl: " << message << Qt::endl << "Run 'noticectl help' for the commands." << Qt::endl;
    return Usage;
}

} // namespace nb::cli
