#pragma once

#include <QString>

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

    // The made-up word of rank `rank` in the tail (0 = most common), and an author.
    static QString tailWord(int rank);
    static QString author(int rank) { return QStringLiteral("u%1").arg(rank); }
    static QString site(int index);
    static int siteCount();

private:
    QString text(int words);
    std::mt19937_64 m_engine;
};

} // namespace Scholia
