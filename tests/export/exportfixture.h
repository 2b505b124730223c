// A small annotated thread for the export tests: the "annotated-thread" Reddit fixture
// with passages, a whole-comment annotation, notes and tags. Header-only, for tests.
#pragma once

#include "core/annotatedthread.h"
#include "import/importsource.h"
#include "import/reddit/redditjsonimporter.h"

#include <QString>

namespace ExportFixture {

using namespace Scholia;

inline Annotation passage(const ThreadDocument &thread, qint64 id, const QString &comment,
                          const QString &quote, const QString &color, const QStringList &tags,
                          const QString &note)
{
    const Comment *c = thread.findComment(comment);
    Q_ASSERT(c);
    const qsizetype start = c->bodyText.indexOf(quote);
    Q_ASSERT(start >= 0);
    Annotation a;
    a.id = id;
    a.commentSourceId = comment;
    a.position = TextPositionSelector{start, start + quote.size()};
    a.quote.exact = quote;
    a.color = color;
    a.tags = tags;
    a.note = note;
    return a;
}

inline AnnotatedThread thread()
{
    auto source = ImportSource::readFile(
        QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/annotated-thread.json"));
    AnnotatedThread t;
    t.thread = RedditJsonImporter().parse(*source).value().front();
    t.annotations.push_back(passage(t.thread, 1, "e1", "export controls on advanced chips",
                                    "orange", {"compute/export-controls"},
                                    "The central claim; no evidence given."));
    Annotation whole;
    whole.id = 2;
    whole.commentSourceId = "e6";
    whole.color = "green";
    whole.tags = {"rhetoric/ask-for-source"};
    whole.note = "A fair question nobody answered.";
    t.annotations.push_back(whole);
    t.annotations.push_back(passage(t.thread, 3, "e4", "Open weights", "sky",
                                    {"compute/open-models"},
                                    "Compare with the 2023 thread on model weights."));
    t.notesMarkdown =
        "## Reading notes\n\nThe thread is **short**; see [the rules](https://example.org/rules).";
    t.tags = {"policy", "chips"};
    t.savedAt = QDateTime(QDate(2025, 5, 1), QTime(12, 0), Qt::UTC);
    return t;
}

// A claim of the argument for one of the annotations above (or one elsewhere).
inline ArgumentClaim claimFor(const AnnotatedThread &t, const Annotation &a)
{
    ArgumentClaim claim;
    claim.passage.annotationId = a.id;
    claim.passage.threadId = t.threadId;
    claim.passage.threadTitle = t.thread.title;
    claim.passage.commentSourceId = a.commentSourceId;
    claim.passage.author = t.thread.findComment(a.commentSourceId)->author;
    claim.passage.wholeComment = a.isWholeComment();
    claim.passage.quote = a.quote.exact;
    claim.passage.color = a.color;
    claim.passage.tags = a.tags;
    claim.reference = QStringLiteral("#%1").arg(a.id);
    return claim;
}

inline AnnotationLink link(qint64 id, qint64 from, qint64 to, AnnotationLinkType type,
                           const QString &note = {})
{
    AnnotationLink l;
    l.id = id;
    l.from = from;
    l.to = to;
    l.type = type;
    l.note = note;
    return l;
}

// thread() with an argument: "Open weights" (3) rebuts the central claim (1), carol's
// whole comment (2) asks about it, and a passage on another thread, whose quote is
// hostile, supports it.
inline AnnotatedThread argued()
{
    AnnotatedThread t = thread();
    t.threadId = 1;
    for (Annotation &a : t.annotations)
        a.threadId = 1;
    for (const Annotation &a : t.annotations)
        t.argument.claims.push_back(claimFor(t, a));
    ArgumentClaim elsewhere;
    elsewhere.passage.annotationId = 90;
    elsewhere.passage.threadId = 7;
    elsewhere.passage.threadTitle = QStringLiteral("Fabs </text><script>alert(1)</script>");
    elsewhere.passage.author = QStringLiteral("mallory");
    elsewhere.passage.quote = QStringLiteral("Tariffs \"worked\" <b>before</b> & ]; } \\N");
    elsewhere.passage.color = QStringLiteral("purple");
    elsewhere.reference = QStringLiteral("#90");
    t.argument.claims.push_back(elsewhere);
    t.argument.links = {link(1, 3, 1, AnnotationLinkType::Rebuts, QStringLiteral("weights leak")),
                        link(2, 2, 1, AnnotationLinkType::Asks),
                        link(3, 90, 1, AnnotationLinkType::Supports)};
    return t;
}

// The comments the annotated scope leaves out, by a phrase of their text.
inline QStringList textOutsideAnnotatedScope()
{
    return {"Compute is the bottleneck", "Subsidies for fabs", "Nobody will enforce"};
}

} // namespace ExportFixture
