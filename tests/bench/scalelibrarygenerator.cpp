#include "scalelibrarygenerator.h"

#include "benchrandom.h"
#include "ftsindexpause.h"
#include "searchlibrarygenerator.h"
#include "threadshape.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Scholia {

namespace {

// Comments written per transaction: few enough commits that their fsyncs do not count,
// small enough batches that a thread document's memory stays a few MiB.
constexpr qint64 commentsPerBatch = 20000;

qint64 secondsOf(int year)
{
    return QDateTime(QDate(year, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

// The shape's comments in pre-order (a parent first, then each reply's subtree in
// turn), walked with a stack of its own: chains run 45 deep and more.
std::vector<int> preOrder(const std::vector<GeneratedComment> &shape)
{
    std::vector<int> order;
    order.reserve(shape.size());
    std::vector<int> pending;
    for (int i = int(shape.size()) - 1; i >= 0; --i) {
        if (shape[size_t(i)].parent < 0)
            pending.push_back(i);
    }
    while (!pending.empty()) {
        const int node = pending.back();
        pending.pop_back();
        order.push_back(node);
        const std::vector<int> &replies = shape[size_t(node)].replies;
        pending.insert(pending.end(), replies.rbegin(), replies.rend());
    }
    return order;
}

} // namespace

ScaleLibraryGenerator::ScaleLibraryGenerator(quint64 seed, qint64 comments, int threads)
    : m_engine(seed), m_seed(seed)
{
    m_sizes = drawSizes(comments, threads);
}

std::vector<int> ScaleLibraryGenerator::drawSizes(qint64 comments, int threads)
{
    threads = int(std::clamp<qint64>(threads, 1, std::max<qint64>(1, comments)));
    BenchRandom random(m_engine);
    // A Pareto-like weight, cut at 200 times the mean: most threads a few dozen
    // comments, a few hundred in the thousands, the biggest 200 times the typical one.
    std::vector<double> weights(static_cast<size_t>(threads));
    for (double &weight : weights)
        weight = std::min(200.0, 0.35 * std::pow(1.0 - random.unit(), -0.6));
    double sum = 0;
    for (const double weight : weights)
        sum += weight;
    std::vector<int> sizes(static_cast<size_t>(threads));
    qint64 given = 0;
    for (size_t t = 0; t < sizes.size(); ++t) {
        sizes[t] = qMax(1, int(weights[t] * double(comments) / sum));
        given += sizes[t];
    }
    // What rounding left over (or took too much) goes to the threads in turn.
    for (size_t t = 0; given != comments; t = (t + 1) % sizes.size()) {
        if (given < comments) {
            ++sizes[t];
            ++given;
        } else if (sizes[t] > 1) {
            --sizes[t];
            --given;
        }
    }
    return sizes;
}

QString ScaleLibraryGenerator::fill(const QString &path, const std::function<void(qint64)> &progress)
{
    {
        auto library = Library::open(path); // creates the schema
        if (!library)
            return library.error().toString();
        const auto threads = (*library)->threads().threadCount();
        if (!threads || *threads != 0)
            return QStringLiteral("%1 already holds threads").arg(path);
    }
    FtsIndexPause pause;
    if (QString failure = pause.setAside(path, {QStringLiteral("comments"), QStringLiteral("threads")});
        !failure.isEmpty())
        return failure;
    auto opened = Library::open(path);
    if (!opened)
        return opened.error().toString();
    Library &library = **opened;

    SearchLibraryGenerator words(m_seed);
    BenchRandom random(m_engine);
    const int threads = int(m_sizes.size());
    const qint64 step = (secondsOf(2025) - secondsOf(2010)) / threads;
    std::vector<ThreadDocument> batch;
    qint64 inBatch = 0;
    qint64 written = 0;
    for (int t = 0; t < threads; ++t) {
        ThreadDocument doc;
        doc.sourceKind = QStringLiteral("bench");
        doc.sourceId = QStringLiteral("t%1").arg(t);
        doc.site = SearchLibraryGenerator::site(random.skewed(SearchLibraryGenerator::siteCount(), 1.5));
        doc.title = words.text(random.between(4, 12));
        doc.author = SearchLibraryGenerator::author(random.skewed(SearchLibraryGenerator::authors, 3.0));
        const qint64 created = secondsOf(2010) + t * step;
        doc.created = QDateTime::fromSecsSinceEpoch(created, QTimeZone::utc());
        if (random.chance(0.5)) {
            doc.bodyText = words.text(random.between(10, 80));
            doc.bodyHtml = QStringLiteral("<p>") + doc.bodyText + QStringLiteral("</p>");
        }
        const std::vector<GeneratedComment> shape = ThreadShape(random).build(m_sizes[size_t(t)]);
        const std::vector<int> order = preOrder(shape);
        std::vector<int> position(shape.size());
        for (size_t p = 0; p < order.size(); ++p)
            position[size_t(order[p])] = int(p);
        std::vector<int> topLevel(1, 0); // sibling index of the next reply to the post
        doc.comments.resize(order.size());
        for (size_t p = 0; p < order.size(); ++p) {
            const GeneratedComment &node = shape[size_t(order[p])];
            Comment &c = doc.comments[p];
            c.sourceId = QStringLiteral("c%1").arg(p);
            c.parent = node.parent < 0 ? -1 : position[size_t(node.parent)];
            c.depth = node.depth;
            if (node.parent < 0) {
                c.siblingIndex = topLevel[0]++;
            } else {
                const std::vector<int> &siblings = shape[size_t(node.parent)].replies;
                c.siblingIndex = int(std::find(siblings.begin(), siblings.end(), order[p]) -
                                     siblings.begin());
            }
            c.author = SearchLibraryGenerator::author(random.skewed(SearchLibraryGenerator::authors, 3.0));
            c.created = QDateTime::fromSecsSinceEpoch(created + (node.created - ThreadShape::postTime),
                                                      QTimeZone::utc());
            // Mostly a sentence or two, a long tail of essays: 33 words on average.
            c.bodyText = words.text(3 + random.skewed(120, 3.0));
            c.bodyHtml = QStringLiteral("<p>") + c.bodyText + QStringLiteral("</p>");
        }
        inBatch += qint64(doc.comments.size());
        batch.push_back(std::move(doc));
        if (inBatch >= commentsPerBatch || t == threads - 1) {
            const auto saved = library.threads().saveThreads(batch);
            if (!saved)
                return saved.error().toString();
            written += inBatch;
            batch.clear();
            inBatch = 0;
            progress(written);
        }
    }
    const QString failure = words.addReadersWords(library, threads, [this](int t) {
        return m_sizes[size_t(t)];
    });
    if (!failure.isEmpty())
        return failure;
    opened = Error::of(QString()); // closes the library: the indexes are rebuilt without it
    return pause.restore(path);
}

} // namespace Scholia
