#pragma once
// For the command-line tool (and tests): run an asynchronous call to completion.
//   auto r = nb::waitFor<QString>([&](auto done) { api.whoami(done); });
// Runs a local event loop; do not use it from GUI code paths.
#include "request_failure.h"

#include <QEventLoop>
#include <functional>
#include <memory>
#include <optional>

namespace nb {

template<class T> Result<T> waitFor(std::function<void(std::function<void(Result<T>)>)> start)
{
    // Shared, because the loop can be ended from outside (QCoreApplication::exit) and
    // the callback may then still fire after this function returned.
    struct State {
        std::optional<Result<T>> result;
        QEventLoop* loop = nullptr;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    start([state](Result<T> result) {
        if (state->result)
            return;
        state->result = std::move(result);
        if (state->loop)
            state->loop->quit();
    });
    if (!state->result)
        loop.exec();
    state->loop = nullptr;
    if (!state->result)
        return Result<T>::fail(
            RequestFailure::make(RequestFailure::Kind::Cancelled, QStringLiteral("the event loop was stopped")));
    return std::move(*state->result);
}

} // namespace nb
