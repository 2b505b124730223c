#pragma once

#include <QString>

#include <functional>
#include <random>
#include <vector>

namespace Scholia {

class Library;

// Fills an empty library with a whole community's worth of made-up threads for the
// library-at-scale benchmark (issue 17): `threads` threads of replies shaped like real
// ones (ThreadShape), sizes skewed like a forum's (most a few dozen comments, a long
// tail to 200 times the mean), the words, authors and sites of SearchLibraryGenerator
// so that its 20-query mix means the same here, and the reader's tags, notes and
// annotations. The same rows for the same seed everywhere.
//
// Written through ThreadStore in big transactions, so the rows are exactly what an
// import writes whatever the schema; only the full-text triggers of the comments and
// threads tables (if the schema has them) are set aside while it writes, and each index
// is rebuilt once at the end: indexing 10 000 000 comments one row at a time inside the
// inserts costs several times more than building the index in one pass.
class ScaleLibraryGenerator
{
public:
    // Raised whenever the rows it writes for a seed change: cached libraries are made again.
    static constexpr int version = 1;

    ScaleLibraryGenerator(quint64 seed, qint64 comments, int threads);

    // How many comments each thread gets: they add up to `comments`.
    const std::vector<int> &threadSizes() const { return m_sizes; }

    // Fills the library at path (which must not hold threads yet). progress gets the
    // comments written so far. Returns an empty string or what went wrong.
    QString fill(const QString &path, const std::function<void(qint64)> &progress);

private:
    std::vector<int> drawSizes(qint64 comments, int threads);

    std::mt19937_64 m_engine;
    quint64 m_seed;
    std::vector<int> m_sizes;
};

} // namespace Scholia
