#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Scholia {

struct ThreadDocument;

// Counts the marks by which a saved file shows what it lacks ("more" stubs, "continue this
// thread" links, a "Load more comments" button) while an importer reads it, then gives the
// thread its SaveGaps and the one import warning that names those marks. Only what the
// file states is counted: a mark's own number when it gives one, else the mark itself as
// a place that links to more.
class SaveGapsTally
{
public:
    // One mark of the kind `mark`, a singular noun phrase whose plural adds an "s"
    // ("\"more\" stub", "\"continue this thread\" link"). It stands for `comments`
    // missing comments; with no number (0) it is an uncounted gap.
    void add(const QString &mark, qint64 comments = 0);
    // The site's ids of missing comments, where the file names them.
    void addMissingIds(const QStringList &ids);

    // What shows the gaps, for the warning: "122 \"more\" stubs and 3 \"continue this
    // thread\" links"; empty when nothing was added.
    QString detail() const;

    // Sets the counts and ids of doc.gaps (its siteTotal is the importer's) and, when the
    // save is not whole, appends the import warning.
    void writeInto(ThreadDocument &doc) const;

private:
    struct Mark
    {
        QString name;
        qint64 count = 0;
    };
    std::vector<Mark> m_marks; // in the order first seen, so the detail reads like the file
    qint64 m_missing = 0;
    qint64 m_uncounted = 0;
    QStringList m_missingIds;
};

} // namespace Scholia
