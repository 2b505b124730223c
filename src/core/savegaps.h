#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Scholia {

// What a saved file itself says it does not hold: Reddit's "more" stubs, Discourse stream
// ids with no post, "More comments" / "continue this thread" links, a next page, mail
// that replies name but the archive lacks. Importers fill it from the file alone (nothing
// is guessed or invented for what is missing); the store keeps it with the thread; the
// view, the exports, the library list and search (`is:incomplete`) say it, so that a
// partial save never passes for a whole one.
class SaveGaps
{
    Q_DECLARE_TR_FUNCTIONS(SaveGaps)

public:
    // Comments the file says exist but does not hold, where it says how many (a stub's
    // count, stream ids without a post, referenced messages that are absent). Placeholder
    // comments ("N more replies not saved") are counted here too.
    int missingComments = 0;
    // Places where the file links to more than it holds without saying how much
    // ("continue this thread", a next page, "Load more comments").
    int uncountedGaps = 0;
    // The site's own count of the thread's comments, when the file states one (Discourse's
    // stream length, HN's "N comments"): the "of 340" in "320 of 340 posts".
    std::optional<int> siteTotal;
    // The site's ids of missing comments, where the file names them. Only for a merge with
    // an earlier save, which may hold some of them; not stored.
    QStringList missingIds;

    bool isWhole() const { return missingComments <= 0 && uncountedGaps <= 0; }

    // One sentence for the thread's header, the exports and the import report, in the
    // site's own word for its comments ("320 of 340 posts are not in this save."). Empty
    // when the save is whole.
    QString summary(const QString &sourceKind) const;

    // The import report's line: the summary, what in the file shows it (detail, e.g. "125
    // \"more\" stubs"), and how to get the rest. Empty when the save is whole.
    QString importWarning(const QString &sourceKind, const QString &detail) const;

    // After a merge: the missing ids that the merged thread holds are missing no more.
    void forgetHeld(const QStringList &heldIds);

    // Equal as stored: missingIds only serve a merge.
    bool operator==(const SaveGaps &other) const
    {
        return missingComments == other.missingComments && uncountedGaps == other.uncountedGaps
            && siteTotal == other.siteTotal;
    }
};

} // namespace Scholia
