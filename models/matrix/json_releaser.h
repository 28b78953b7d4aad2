#pragma once
// Frees large parsed documents on a worker thread. After the notice store has moved
// out what it keeps, the rest of a big /sync reply (other rooms' messages, the
// skeleton) still takes as long to free as a third of parsing it; the UI thread need
// not wait for that.
#include <QThreadPool>
#include <nlohmann/json.hpp>

namespace nb {

class JsonReleaser {
public:
    JsonReleaser();
    ~JsonReleaser(); // waits for pending releases

    void release(nlohmann::json&& document);
    void waitForDone();

private:
    QThreadPool m_pool;
};

} // namespace nb
