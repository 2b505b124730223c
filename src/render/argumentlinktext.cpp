#include "argumentlinktext.h"

#include "core/argumentmap.h"

namespace Scholia {

QString ArgumentLinkText::excerpt(const QString &text, qsizetype length)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= length)
        return simplified;
    qsizetype cut = length;
    if (simplified.at(cut).isLowSurrogate())
        --cut;
    return simplified.left(cut).trimmed() + QChar(0x2026);
}

QString ArgumentLinkText::verb(const AnnotationLink &link, qint64 seenFrom)
{
    return seenFrom == link.from ? AnnotationLinkTypes::label(link.type)
                                 : AnnotationLinkTypes::inverseLabel(link.type);
}

QString ArgumentLinkText::claim(const ArgumentClaim &claim, qint64 homeThreadId)
{
    const TopicPassage &p = claim.passage;
    const QString quote = p.wholeComment ? tr("the whole comment") : excerpt(p.quote);
    const QString author = p.author.isEmpty() ? tr("(comment gone)") : p.author;
    QString text = p.wholeComment ? tr("%1: %2", "author: the whole comment").arg(author, quote)
                                  : tr("%1: \u201c%2\u201d", "author: “quote”").arg(author, quote);
    if (homeThreadId == 0 || p.threadId != homeThreadId)
        text += QLatin1Char(' ') + tr("in \u201c%1\u201d").arg(excerpt(p.threadTitle, 60));
    if (p.anchorState == AnchorState::Orphaned)
        text += QStringLiteral(", ") + tr("no longer found");
    return text;
}

QString ArgumentLinkText::line(const AnnotationLink &link, qint64 seenFrom, const ArgumentMap &map,
                               qint64 homeThreadId)
{
    if (seenFrom != link.from && seenFrom != link.to)
        return {};
    const ArgumentClaim *other = map.claim(link.otherEnd(seenFrom));
    if (!other)
        return {};
    QString text =
        other->reference.isEmpty()
            ? tr("%1 %2", "verb claim").arg(verb(link, seenFrom), claim(*other, homeThreadId))
            : tr("%1 %2 (%3)", "verb reference (claim)")
                  .arg(verb(link, seenFrom), other->reference, claim(*other, homeThreadId));
    if (!link.note.trimmed().isEmpty())
        text += QStringLiteral(" \u2014 ") + excerpt(link.note, 160);
    return text;
}

} // namespace Scholia
