#include "matrix/json_releaser.h"

#include <memory>

namespace nb {

JsonReleaser::JsonReleaser()
{
    m_pool.setMaxThreadCount(1);
}

JsonReleaser::~JsonReleaser()
{
    m_pool.waitForDone();
}

void JsonReleaser::release(nlohmann::json&& document)
{
    if (document.is_null())
        return;
    // QThreadPool wants a copyable callable: share the document into it.
    auto doomed = std::make_shared<nlohmann::json>(std::move(document));
    m_pool.start([doomed]() mutable { doomed.reset(); });
}

void JsonReleaser::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace nb
