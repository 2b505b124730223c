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

// The comments the annotated scope leaves out, by a phrase of their text.
inline QStringList textOutsideAnnotatedScope()
{
    return {"Compute is the bottleneck", "Subsidies for fabs", "Nobody will enforce"};
}

} // namespace ExportFixture
