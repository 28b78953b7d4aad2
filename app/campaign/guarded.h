#pragma once
// Callbacks of requests still in flight when their owner is destroyed (the GUI closes a
// campaign window mid-run) must not run: guarded() drops them once `owner` is gone.
#include <QObject>
#include <QPointer>
#include <utility>

namespace nb::campaign {

template<class F> auto guarded(QObject* owner, F f)
{
    return [owner = QPointer<QObject>(owner), f = std::move(f)](auto&&... args) mutable {
        if (owner)
            f(std::forward<decltype(args)>(args)...);
    };
}

} // namespace nb::campaign
