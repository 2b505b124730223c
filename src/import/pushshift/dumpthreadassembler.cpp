#include "dumpthreadassembler.h"

#include "core/commenttree.h"
#include "html/markdownrenderer.h"
#include "import/parallelsanitizer.h"
#include "import/reddit/redditcommentreader.h"
#include "import/savegapstally.h"
#include "import/timeparser.h"

#include <QHash>

#include <limits>

namespace Scholia {

namespace {

const QString redditOrigin = QStringLiteral("https://www.reddit.com");

QDateTime timeOf(const std::optional<qint64> &seconds)
{
    return seconds ? TimeParser::fromUnixSeconds(double(*seconds)) : QDateTime();
}

QString siteOf(const QString &subreddit)
{
    return subreddit.isEmpty() ? QStringLiteral("reddit.com") : QStringLiteral("reddit.com/r/") + subreddit;
}

QUrl pageOf(const QString &permalink)
{
    if (permalink.isEmpty())
        return {};
    return QUrl(permalink.startsWith(QLatin1Char('/')) ? redditOrigin + permalink : permalink);
}

Comment commentOf(const DumpRecord &record, const QUrl &threadUrl)
{
    Comment comment;
    comment.sourceId = record.id;
    comment.author = record.author;
    comment.created = timeOf(record.created);
    comment.wasEdited = record.wasEdited;
    comment.edited = timeOf(record.edited);
    comment.score = record.score;
    comment.state = RedditCommentReader::stateOfBody(record.markdown);
    comment.url = pageOf(record.permalink);
    if (comment.url.isEmpty() && threadUrl.isValid())
        comment.url = QUrl(threadUrl.toString() + record.id + QLatin1Char('/'));
    return comment;
}

// Each comment's parent as an index into `comments` (-1: the submission), with the links
// of a reply cycle (which only a damaged dump has) cut so that the tree can be built.
// Iterative: a reply chain may be 100 000 deep.
std::vector<int> cutCycles(std::vector<int> parents)
{
    enum : char { unseen, onPath, done };
    std::vector<char> state(parents.size(), unseen);
    std::vector<int> path;
    for (size_t start = 0; start < parents.size(); ++start) {
        path.clear();
        int at = int(start);
        while (at >= 0 && state[size_t(at)] == unseen) {
            state[size_t(at)] = onPath;
            path.push_back(at);
            at = parents[size_t(at)];
        }
        if (at >= 0 && state[size_t(at)] == onPath)
            parents[size_t(path.back())] = -1;
        for (const int visited : path)
            state[size_t(visited)] = done;
    }
    return parents;
}

} // namespace

DumpThreadAssembler::DumpThreadAssembler(ParallelSanitizer &sanitizer) : m_sanitizer(sanitizer) {}

ThreadDocument DumpThreadAssembler::assemble(const QString &threadId, DumpStaging::Records records)
{
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("reddit");
    doc.sourceId = threadId;
    SaveGapsTally gaps;
    if (records.submission) {
        readSubmission(doc, *records.submission);
    } else {
        standInForSubmission(doc, records.comments);
        gaps.add(QStringLiteral("submission not in the dump"));
    }
    readComments(doc, std::move(records.comments), gaps);
    gaps.writeInto(doc);
    return doc;
}

void DumpThreadAssembler::readSubmission(ThreadDocument &doc, const DumpRecord &submission)
{
    doc.title = submission.title;
    doc.author = submission.author;
    doc.site = siteOf(submission.subreddit);
    doc.url = pageOf(submission.permalink);
    if (doc.url.isEmpty())
        doc.url = QUrl(redditOrigin + QStringLiteral("/comments/") + doc.sourceId + QLatin1Char('/'));
    doc.created = timeOf(submission.created);
    doc.score = submission.score;
    // A self post's "url" is its own page; only a link post points elsewhere.
    const QUrl link(submission.linkUrl);
    if (link.isValid() && !link.isEmpty() && link.path() != doc.url.path())
        doc.linkUrl = link;
    // num_comments counts comments that are gone too: the site's total, not a count of
    // what the dump lacks (as for bdfr).
    if (submission.commentCount && *submission.commentCount >= 0)
        doc.gaps.siteTotal = int(qMin(*submission.commentCount, qint64(std::numeric_limits<int>::max())));
    const SanitizedHtml body = HtmlSanitizer::sanitize(MarkdownRenderer::toHtml(submission.markdown));
    doc.bodyHtml = body.html;
    doc.bodyText = body.text;
}

void DumpThreadAssembler::standInForSubmission(ThreadDocument &doc, const std::vector<DumpRecord> &comments)
{
    doc.title = QStringLiteral("[submission %1: not in the dump]").arg(doc.sourceId);
    doc.site = siteOf(comments.empty() ? QString() : comments.front().subreddit);
    doc.url = QUrl(redditOrigin + QStringLiteral("/comments/") + doc.sourceId + QLatin1Char('/'));
    const SanitizedHtml body = HtmlSanitizer::sanitize(
        QStringLiteral("<p>The dump holds comments of this thread but not its submission: its title, "
                       "author and text are unknown.</p>"));
    doc.bodyHtml = body.html;
    doc.bodyText = body.text;
}

void DumpThreadAssembler::readComments(ThreadDocument &doc, std::vector<DumpRecord> comments,
                                       SaveGapsTally &gaps)
{
    QHash<QString, int> indexOf;
    indexOf.reserve(qsizetype(comments.size()));
    std::vector<DumpRecord> unique;
    unique.reserve(comments.size());
    int duplicates = 0;
    for (DumpRecord &record : comments) {
        if (indexOf.contains(record.id)) {
            ++duplicates; // the same comment twice (overlapping dumps): the first is kept
            continue;
        }
        indexOf.insert(record.id, int(unique.size()));
        unique.push_back(std::move(record));
    }
    if (duplicates > 0)
        doc.warnings << QStringLiteral("%1 comments appear more than once in the dump; the first of "
                                       "each was kept").arg(duplicates);

    std::vector<int> parents(unique.size(), -1);
    QStringList absentParents;
    for (size_t i = 0; i < unique.size(); ++i) {
        const QString &parentId = unique[i].parentId;
        if (parentId.isEmpty())
            continue;
        const auto found = indexOf.constFind(parentId);
        if (found != indexOf.cend() && size_t(*found) != i)
            parents[i] = *found;
        else if (found == indexOf.cend())
            absentParents << parentId;
    }
    // Each absent parent is one comment the dump lacks; its replies hang under the post.
    absentParents.removeDuplicates();
    for (qsizetype i = 0; i < absentParents.size(); ++i)
        gaps.add(QStringLiteral("absent parent comment"), 1);
    gaps.addMissingIds(absentParents);
    parents = cutCycles(std::move(parents));

    std::vector<LinkedComment> linked;
    linked.reserve(unique.size());
    for (size_t i = 0; i < unique.size(); ++i) {
        m_sanitizer.add(qsizetype(i), MarkdownRenderer::toHtml(unique[i].markdown));
        linked.push_back({commentOf(unique[i], doc.url),
                          parents[i] >= 0 ? unique[size_t(parents[i])].id : QString()});
    }
    m_sanitizer.finishInto(linked);
    // With unique ids, every parent present and no cycle, arranging cannot fail.
    auto arranged = CommentTree::arrange(std::move(linked));
    if (arranged)
        doc.comments = std::move(arranged.value());
    else
        doc.warnings << arranged.error().toString();
}

} // namespace Scholia
