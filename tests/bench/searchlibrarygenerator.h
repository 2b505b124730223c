#pragma once

#include <QString>

#include <functional>
#include <random>

namespace Scholia {

class Library;

// Fills a library with made-up threads for the search benchmark, the same rows for the
// same seed everywhere (BenchRandom): threads of `perThread` flat comments whose words
// follow a power law — a few very common English words, a long tail of made-up ones, so
// that a query can be common, rare or anywhere between — by authors equally skewed, on
// a handful of sites, over 2010–2024 in saving order; plus some tagged threads, thread
// notes and annotations with notes. Written through ThreadStore, so the FTS triggers do
// the indexing exactly as an import does.
class SearchLibraryGenerator
{
public:
    static constexpr int perThread = 500;
    static constexpr int tailWords = 100000;
    static constexpr int authors = 20000;

    explicit SearchLibraryGenerator(quint64 seed) : m_engine(seed) {}

    // Returns an empty string or what went wrong.
    QString fill(Library &library, int comments);

    // The reader's own words on the library's first `threads` threads (ids 1..threads):
    // tags on every 20th, notes on every 10th, an annotation with a note on a comment of
    // every 4th. commentsOf(t) is how many comments thread t (0-based) has. One
    // transaction: a commit (and its fsync) per row would take minutes for 100 000 threads. Returns an empty string or what went wrong.
    QString addReadersWords(Library &library, int threads, const std::function<int(int)> &commentsOf);

    // Words as the comments have them: `words` of them, a sentence end now and then.
    QString text(int words);

    // The made-up word of rank `rank` in the tail (0 = most common), and an author.
    static QString tailWord(int rank);
    static QString author(int rank) { return QStringLiteral("u%1").arg(rank); }
    static QString site(int index);
    static int siteCount();

private:
    QString addReadersWord(Library &library, int thread, int comments);
    std::mt19937_64 m_engine;
};

} // namespace Scholia
