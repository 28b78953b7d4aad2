#pragma once
// Runs an asynchronous NoticeService call to completion in a local event loop, for
// the command-line tool and tests (never for the GUI, whose event loop must not nest).
#include "service/notice_service.h"

#include <QEventLoop>
#include <optional>

namespace nb {

inline ActionResult waitForAction(const std::function<void(NoticeService::Done)>& start)
{
    QEventLoop loop;
    std::optional<ActionResult> outcome;
    start([&](ActionResult result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace nb
