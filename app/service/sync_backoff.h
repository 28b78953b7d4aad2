#pragma once
// How long to wait before retrying a failed /sync: doubling from one second to a
// ceiling, reset by the first success. Kept apart from the loop so it can be tested.
namespace nb {

class SyncBackoff {
public:
    explicit SyncBackoff(int firstMs = 1000, int ceilingMs = 30000)
        : m_first(firstMs)
        , m_ceiling(ceilingMs)
    {
    }
    int nextDelayMs()
    {
        const int delay = m_current == 0 ? m_first : (m_current * 2 > m_ceiling ? m_ceiling : m_current * 2);
        m_current = delay;
        return delay;
    }
    void reset() { m_current = 0; }
    int lastDelayMs() const { return m_current; }

private:
    int m_first;
    int m_ceiling;
    int m_current = 0;
};

} // namespace nb
