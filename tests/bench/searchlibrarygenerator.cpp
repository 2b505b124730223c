#include "searchlibrarygenerator.h"

#include "benchrandom.h"
#include "core/annotation.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/librarytransaction.h"
#include "store/threadnotesstore.h"
#include "store/threadstore.h"
#include "store/threadtagstore.h"

#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace Scholia {

namespace {

// Roughly by frequency in English comments; drawn with a power law over this order.
const char *const commonWords[] = {
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "is",
    "that",
    "it",
    "for",
    "was",
    "on",
    "are",
    "as",
    "with",
    "they",
    "be",
    "at",
    "this",
    "have",
    "from",
    "or",
    "one",
    "had",
    "by",
    "but",
    "not",
    "what",
    "all",
    "were",
    "we",
    "when",
    "your",
    "can",
    "said",
    "there",
    "use",
    "an",
    "each",
    "which",
    "she",
    "do",
    "how",
    "their",
    "if",
    "will",
    "up",
    "other",
    "about",
    "out",
    "many",
    "then",
    "them",
    "these",
    "so",
    "some",
    "would",
    "make",
    "like",
    "him",
    "into",
    "time",
    "has",
    "look",
    "two",
    "more",
    "write",
    "go",
    "see",
    "number",
    "no",
    "way",
    "could",
    "people",
    "my",
    "than",
    "first",
    "water",
    "been",
    "call",
    "who",
    "its",
    "now",
    "find",
    "long",
    "down",
    "day",
    "did",
    "get",
    "come",
    "made",
    "may",
    "part",
    "think",
    "thing",
    "though",
    "through",
    "those",
    "argument",
    "evidence",
    "source",
    "actually",
    "honestly",
    "basically",
    "policy",
    "market",
    "history",
    "government",
    "study",
    "paper",
    "data",
    "survey",
    "result",
    "question",
    "point",
    "claim",
    "context",
    "example",
    "problem",
    "reason",
    "system",
    "model",
    "theory",
    "century",
    "country",
    "economy",
    "language",
    "software",
    "hardware",
    "kernel",
    "compiler",
    "database",
    "library",
    "thread",
    "comment",
    "reply",
    "moderator",
    "edit",
    "deleted",
    "interesting",
    "wrong",
    "right",
    "probably",
    "maybe",
    "never",
    "always",
    "export",
    "controls",
    "semiconductor",
    "supply",
    "chain",
    "inflation",
    "housing",
    "zoning",
    "transit",
    "bicycle",
    "philosophy",
    "ethics",
    "consequences",
    "incentives",
};
constexpr int commonCount = int(sizeof(commonWords) / sizeof(commonWords[0]));

const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti",  "vo", "ze", "bu",
                                 "da", "fe", "gi", "ho", "ju", "pe", "qua", "ri", "so", "wy"};

const char *const sites[] = {"reddit.com/r/urbanplanning",
                             "reddit.com/r/economics",
                             "reddit.com/r/programming",
                             "news.ycombinator.com",
                             "forum.example.org",
                             "lists.example.net",
                             "themotte.org",
                             "discourse.example.com"};

qint64 startOf2010()
{
    return QDateTime(QDate(2010, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}
qint64 spanTo2025()
{
    return QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() -
           startOf2010();
}

} // namespace

QString SearchLibraryGenerator::tailWord(int rank)
{
    // Base-20 digits as syllables, at least two: every rank gets its own word.
    QString word;
    int rest = rank;
    do {
        word += QLatin1String(syllables[rest % 20]);
        rest /= 20;
    } while (rest > 0 || word.size() < 4);
    return word;
}

QString SearchLibraryGenerator::site(int index)
{
    return QLatin1String(sites[index]);
}
int SearchLibraryGenerator::siteCount()
{
    return int(sizeof(sites) / sizeof(sites[0]));
}

QString SearchLibraryGenerator::text(int words)
{
    BenchRandom random(m_engine);
    QString out;
    out.reserve(words * 7);
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            out += random.chance(0.08) ? QStringLiteral(". ") : QStringLiteral(" ");
        if (random.chance(0.75))
            out += QLatin1String(commonWords[random.skewed(commonCount, 2.2)]);
        else
            out += tailWord(random.skewed(tailWords, 4.0));
    }
    return out + QLatin1Char('.');
}

QString SearchLibraryGenerator::fill(Library &library, int comments)
{
    BenchRandom random(m_engine);
    const int threads = (comments + perThread - 1) / perThread;
    const qint64 step = spanTo2025() / qMax(1, threads);
    std::vector<ThreadDocument> batch;
    for (int t = 0; t < threads; ++t) {
        ThreadDocument doc;
        doc.sourceKind = QStringLiteral("bench");
        doc.sourceId = QStringLiteral("t%1").arg(t);
        doc.site = site(random.skewed(siteCount(), 1.5));
        doc.title = text(random.between(4, 12));
        doc.author = author(random.skewed(authors, 3.0));
        const qint64 created = startOf2010() + t * step;
        doc.created = QDateTime::fromSecsSinceEpoch(created, QTimeZone::utc());
        doc.bodyText = random.chance(0.5) ? text(random.between(10, 80)) : QString();
        doc.bodyHtml = doc.bodyText.isEmpty()
                           ? QString()
                           : QStringLiteral("<p>") + doc.bodyText + QStringLiteral("</p>");
        const int count = qMin(perThread, comments - t * perThread);
        for (int i = 0; i < count; ++i) {
            Comment c;
            c.sourceId = QStringLiteral("c%1").arg(i);
            c.siblingIndex = i;
            c.author = author(random.skewed(authors, 3.0));
            c.created = QDateTime::fromSecsSinceEpoch(created + qint64(i) * step / (2 * perThread),
                                                      QTimeZone::utc());
            // Mostly a sentence or three, a long tail of essays.
            c.bodyText = text(3 + random.skewed(200, 3.0));
            c.bodyHtml = QStringLiteral("<p>") + c.bodyText + QStringLiteral("</p>");
            doc.comments.push_back(std::move(c));
        }
        batch.push_back(std::move(doc));
        if (batch.size() == 20 || t == threads - 1) {
            const auto saved = library.threads().saveThreads(batch);
            if (!saved)
                return saved.error().toString();
            batch.clear();
        }
    }

    return addReadersWords(library, threads, [comments](int t) {
        return qMin(perThread, comments - t * perThread);
    });
}

QString SearchLibraryGenerator::addReadersWords(Library &library, int threads,
                                                const std::function<int(int)> &commentsOf)
{
    const auto transaction = library.transaction();
    if (!transaction)
        return transaction.error().toString();
    for (int t = 0; t < threads; ++t) {
        if (QString failure = addReadersWord(library, t, commentsOf(t)); !failure.isEmpty())
            return failure;
    }
    if (auto done = (*transaction)->commit(); !done)
        return done.error().toString();
    return {};
}

QString SearchLibraryGenerator::addReadersWord(Library &library, int t, int comments)
{
    BenchRandom random(m_engine);
    const qint64 id = t + 1;
    if (t % 20 == 0) {
        const QString tag =
            QStringLiteral("topic/%1").arg(QLatin1String(commonWords[100 + t / 20 % 40]));
        if (auto done = library.threadTags().setTags(id, {tag}); !done)
            return done.error().toString();
    }
    if (t % 10 == 0) {
        if (auto done = library.notes().save(id, text(random.between(10, 60))); !done)
            return done.error().toString();
    }
    if (t % 4 == 0) {
        Annotation a;
        a.threadId = id;
        a.commentSourceId = QStringLiteral("c%1").arg(random.below(comments));
        a.note = text(random.between(3, 20));
        if (auto done = library.annotations().create(a); !done)
            return done.error().toString();
    }
    return {};
}

} // namespace Scholia
