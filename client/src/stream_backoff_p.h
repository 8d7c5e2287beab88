#pragma once

#include <QtGlobal>

#include <algorithm>
#include <random>

namespace Cloacina::StreamDetail {

//! Capped exponential backoff with "equal jitter": delay = d/2 + uniform(0, d/2) where
//! d = min(cap, initial * 2^attempt). Never 0, never above cap. Header-only so tests can use it.
class Backoff {
public:
    explicit Backoff(int initialMs = 100, int capMs = 30000)
        : m_rng(std::random_device {}())
    {
        configure(initialMs, capMs);
    }
    void configure(int initialMs, int capMs)
    {
        m_initial = std::max(1, initialMs);
        m_cap = std::max(m_initial, capMs);
    }
    //! The delay for the next attempt; advances the attempt counter.
    int next()
    {
        qint64 delay = m_initial;
        for (int i = 0; i < m_attempt && delay < m_cap; ++i)
            delay *= 2;
        delay = std::min<qint64>(delay, m_cap);
        ++m_attempt;
        const int half = int(delay / 2);
        std::uniform_int_distribution<int> jitter(0, int(delay) - half);
        return std::max(1, half + jitter(m_rng));
    }
    //! Forgets earlier failures.
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

private:
    int m_initial = 100;
    int m_cap = 30000;
    int m_attempt = 0;
    std::mt19937 m_rng;
};

} // namespace Cloacina::StreamDetail
