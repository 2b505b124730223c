#include "commentversionshtml.h"

#include "core/comment.h"
#include "core/threadhistory.h"
#include "core/worddiff.h"

namespace Scholia {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString CommentVersionsHtml::saveName(const QDateTime &savedAt)
{
    return savedAt.isValid() ? savedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                             : tr("an unknown date");
}

QString CommentVersionsHtml::diff(const QString &before, const QString &after)
{
    QString html;
    for (const WordDiff::Run &run : WordDiff::compare(before, after)) {
        switch (run.kind) {
        case WordDiff::Kind::Equal:
            html += escaped(run.text);
            break;
        case WordDiff::Kind::Removed:
            html += QStringLiteral("<del>") + escaped(run.text) + QStringLiteral("</del>");
            break;
        case WordDiff::Kind::Added:
            html += QStringLiteral("<ins>") + escaped(run.text) + QStringLiteral("</ins>");
            break;
        }
    }
    return html;
}

QString CommentVersionsHtml::versions(const Comment &comment, const ThreadHistory &history,
                                      Presentation presentation)
{
    const auto found = history.earlierVersions.constFind(comment.sourceId);
    if (found == history.earlierVersions.constEnd() || found->empty())
        return {};
    const std::vector<CommentVersion> &earlier = *found;
    const QString headline =
        tr("Edited since the save of %1").arg(saveName(earlier.back().savedAt));
    QString diffs;
    // Newest change first: what the reader last saw is what they compare with first.
    QString after = comment.bodyText;
    for (size_t i = earlier.size(); i-- > 0;) {
        if (i + 1 < earlier.size())
            diffs += QStringLiteral("<p class=\"diff-label\">%1</p>")
                         .arg(escaped(tr("Before that, changed from the save of %1")
                                          .arg(saveName(earlier[i].savedAt))));
        diffs +=
            QStringLiteral("<div class=\"diff\">%1</div>").arg(diff(earlier[i].bodyText, after));
        after = earlier[i].bodyText;
    }
    if (presentation == Presentation::Folded)
        return QStringLiteral("<details class=\"versions\"><summary>%1</summary>%2</details>")
            .arg(escaped(headline), diffs);
    return QStringLiteral("<div class=\"versions\"><p class=\"versions-label\">%1</p>%2</div>")
        .arg(escaped(headline), diffs);
}

QString CommentVersionsHtml::notes(const Comment &comment, const ThreadHistory &history)
{
    QString html;
    if (const auto missing = history.missingSince.constFind(comment.sourceId);
        missing != history.missingSince.constEnd())
        html += QStringLiteral("<p class=\"version-note missing-note\">%1</p>")
                    .arg(escaped(tr("Not in the save of %1").arg(saveName(*missing))));
    if (history.keptAfterRemoval.contains(comment.sourceId))
        html += QStringLiteral("<p class=\"version-note kept-note\">%1</p>")
                    .arg(escaped(tr("Removed on the site; the text is from an earlier save")));
    return html;
}

} // namespace Scholia
