#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstddef>
#include <random>

namespace Scholia {

// Draws from a std::mt19937_64 with arithmetic of our own: the standard fixes the
// engine's output but not its distributions', and generated threads must be the same
// bytes everywhere.
class BenchRandom
{
public:
    explicit BenchRandom(std::mt19937_64 &engine) : m_engine(engine) {}

    // Uniform in [0, 1).
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    // Uniform in [0, n); the modulo bias is far below anything a benchmark notices.
    int below(int n) { return n <= 0 ? 0 : int(m_engine() % quint64(n)); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double probability) { return unit() < probability; }
    // Index into n items, favouring the first ones (power > 1: stronger).
    int skewed(int n, double power) { return qMin(n - 1, int(n * std::pow(unit(), power))); }

    template <typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    std::mt19937_64 &m_engine;
};

} // namespace Scholia
