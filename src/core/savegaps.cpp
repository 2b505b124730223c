#include "savegaps.h"

#include <QSet>

namespace Scholia {

namespace {

// The site's word for what a thread is made of decides the noun; each phrasing is its own
// message so that translations can inflect it.
enum class Noun { Comments, Posts, Messages, Answers };

Noun nounFor(const QString &sourceKind)
{
    if (sourceKind == QLatin1String("discourse"))
        return Noun::Posts;
    if (sourceKind == QLatin1String("mbox"))
        return Noun::Messages;
    if (sourceKind == QLatin1String("stackexchange"))
        return Noun::Answers;
    return Noun::Comments;
}

} // namespace

// The messages are written as they read for several (the tests read them untranslated);
// translations/scholia_en.ts holds the singular forms ("1 of 340 posts is not …").
QString SaveGaps::summary(const QString &sourceKind) const
{
    if (isWhole())
        return {};
    const Noun noun = nounFor(sourceKind);
    QString counted;
    if (missingComments > 0 && siteTotal && *siteTotal >= missingComments) {
        const QString total = QString::number(*siteTotal);
        switch (noun) {
        case Noun::Posts:
            counted = tr("%n of %1 posts are not in this save.", nullptr, missingComments).arg(total);
            break;
        case Noun::Messages:
            counted = tr("%n of %1 messages are not in this save.", nullptr, missingComments).arg(total);
            break;
        case Noun::Answers:
            counted = tr("%n of %1 answers are not in this save.", nullptr, missingComments).arg(total);
            break;
        case Noun::Comments:
            counted = tr("%n of %1 comments are not in this save.", nullptr, missingComments).arg(total);
            break;
        }
    } else if (missingComments > 0) {
        switch (noun) {
        case Noun::Posts:
            counted = tr("%n posts are not in this save.", nullptr, missingComments);
            break;
        case Noun::Messages:
            counted = tr("%n messages are not in this save.", nullptr, missingComments);
            break;
        case Noun::Answers:
            counted = tr("%n answers are not in this save.", nullptr, missingComments);
            break;
        case Noun::Comments:
            counted = tr("%n comments are not in this save.", nullptr, missingComments);
            break;
        }
    }
    if (uncountedGaps <= 0)
        return counted;
    const QString uncounted =
        counted.isEmpty()
            ? tr("This save is not whole: it links to more in %n places it does not hold.",
                 nullptr, uncountedGaps)
            : tr("It also links to more in %n places it does not hold.", nullptr, uncountedGaps);
    return counted.isEmpty() ? uncounted : counted + QLatin1Char(' ') + uncounted;
}

QString SaveGaps::importWarning(const QString &sourceKind, const QString &detail) const
{
    if (isWhole())
        return {};
    return tr("incomplete save: %1 The file shows it by %2. Saving the thread from its address "
              "(File ▸ Save from Address…, or scholia save URL) fetches the rest.")
        .arg(summary(sourceKind), detail);
}

void SaveGaps::forgetHeld(const QStringList &heldIds)
{
    if (missingIds.isEmpty())
        return;
    const QSet<QString> held(heldIds.begin(), heldIds.end());
    QStringList stillMissing;
    for (const QString &id : std::as_const(missingIds)) {
        if (!held.contains(id))
            stillMissing << id;
    }
    missingComments = qMax(0, missingComments - int(missingIds.size() - stillMissing.size()));
    missingIds = stillMissing;
}

} // namespace Scholia
