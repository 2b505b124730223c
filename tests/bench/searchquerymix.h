#pragma once

#include <QStringList>

#include <optional>
#include <vector>

class QTextStream;

namespace Scholia {

// The 20 queries the search benchmarks time (DESIGN.md, "Measures that matter"): common
// words, short prefixes, phrases, each filter, rare words, over a library made by
// SearchLibraryGenerator or ScaleLibraryGenerator (same words, authors, sites, tags).
QStringList searchQueryMix(int threads);

// The value below which a share p of the values lies (nearest rank; values not empty).
double percentile(std::vector<double> values, double p);

class Library;

struct QueryMixTimes
{
    double median = 0; // ms, over the queries' medians
    double p95 = 0;
    double max = 0;
    std::vector<double> medians; // ms, each query's median of its warm runs
};

// Times the first page (50 hits) of each query of the mix, `runs` warm runs after one
// that warms the page cache, printing a line a query and a summary line; nullopt (and
// what went wrong printed) when a query fails.
std::optional<QueryMixTimes> timeQueryMix(Library &library, int runs, QTextStream &out);

} // namespace Scholia
