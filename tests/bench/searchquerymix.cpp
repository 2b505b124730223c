#include "searchquerymix.h"

#include "searchlibrarygenerator.h"
#include "store/library.h"
#include "store/searchengine.h"
#include "store/searchquery.h"
#include "store/threadstore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace Scholia {

QStringList searchQueryMix(int threads)
{
    const QString rare1 = SearchLibraryGenerator::tailWord(SearchLibraryGenerator::tailWords - 7);
    const QString rare2 = SearchLibraryGenerator::tailWord(SearchLibraryGenerator::tailWords / 2);
    const QString mid = SearchLibraryGenerator::tailWord(300);
    return {
        // common words
        QStringLiteral("the"),
        QStringLiteral("people"),
        QStringLiteral("government policy"),
        QStringLiteral("housing OR zoning OR transit"),
        // short prefixes
        QStringLiteral("th*"),
        QStringLiteral("co*"),
        QStringLiteral("ka*"),
        // phrases
        QStringLiteral("\"of the\""),
        QStringLiteral("\"supply chain\""),
        QStringLiteral("\"market economy\""),
        // filters
        QStringLiteral("author:u0 the"),
        QStringLiteral("author:u19000"),
        QStringLiteral("site:reddit.com market"),
        QStringLiteral("tag:topic the"),
        QStringLiteral("thread:%1 the").arg(threads / 2),
        QStringLiteral("after:2024-06-01 data -the"),
        QStringLiteral("is:annotated people"),
        // rare words
        rare1,
        rare2 + QStringLiteral(" OR ") + mid,
        mid + QStringLiteral(" bicycle"),
    };
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = size_t(std::ceil(p * double(values.size()))) - 1;
    return values[std::min(index, values.size() - 1)];
}

std::optional<QueryMixTimes> timeQueryMix(Library &library, int runs, QTextStream &out)
{
    const SearchEngine &engine = library.search();
    std::vector<double> medians;
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("query"), -44)
               .arg(QStringLiteral("median"), 9)
               .arg(QStringLiteral("max"), 9)
               .arg(QStringLiteral("order"), -9)
               .arg(QStringLiteral("total"));
    const auto threads = library.threads().threadCount();
    for (const QString &text : searchQueryMix(threads ? *threads : 0)) {
        const auto query = SearchQueryParser::parse(text);
        if (!query) {
            out << text << ": " << query.error().toString() << '\n';
            return std::nullopt;
        }
        std::vector<double> times;
        SearchPage page;
        for (int run = 0; run <= runs; ++run) { // run 0 warms the page cache
            QElapsedTimer timer;
            timer.start();
            auto result = engine.search(*query, 0, 50);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!result) {
                out << text << ": " << result.error().toString() << '\n';
                return std::nullopt;
            }
            page = std::move(result).value();
            if (run > 0)
                times.push_back(ms);
        }
        const double median = percentile(times, 0.5);
        medians.push_back(median);
        out << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                   .arg(text, -44)
                   .arg(median, 7, 'f', 1)
                   .arg(*std::max_element(times.begin(), times.end()), 7, 'f', 1)
                   .arg(page.order == SearchPage::Order::Relevance ? QStringLiteral("relevance")
                                                                   : QStringLiteral("newest"),
                        -9)
                   .arg(page.countIsLowerBound ? QStringLiteral("> ") : QString())
                   .arg(page.totalCount);
        out.flush();
    }
    const QueryMixTimes result{percentile(medians, 0.5), percentile(medians, 0.95),
                               percentile(medians, 1.0), medians};
    out << QStringLiteral(
               "first page (50 hits), median of %1 warm runs per query; over the %2 queries: "
               "median %3 ms, p95 %4 ms, max %5 ms\n")
               .arg(runs)
               .arg(medians.size())
               .arg(result.median, 0, 'f', 1)
               .arg(result.p95, 0, 'f', 1)
               .arg(result.max, 0, 'f', 1);
    out.flush();
    return result;
}

} // namespace Scholia
