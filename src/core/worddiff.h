#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Scholia {

// What changed between two texts, word by word: the runs a reader sees as kept, struck
// out and added when a re-import replaced a comment's text. Words are runs of letters and
// digits; spaces and punctuation are tokens of their own, so a changed comma shows as one.
class WordDiff
{
public:
    enum class Kind
    {
        Equal,
        Removed,
        Added
    };
    struct Run
    {
        Kind kind;
        QString text;
        bool operator==(const Run &) const = default;
    };

    // Beyond this many edits (Myers' D) the texts have little in common: the diff is then
    // the whole old text removed and the whole new one added, found without the
    // O(ND) search's memory growing with a total rewrite of a long comment.
    static constexpr int defaultMaxEdits = 2000;

    // Runs in reading order; neighbouring runs never have the same kind, and the Removed
    // run of a change comes before its Added run.
    static std::vector<Run> compare(QStringView before, QStringView after,
                                    int maxEdits = defaultMaxEdits);

    // The texts as tokens (exposed for tests): concatenated they give the text back.
    static std::vector<QStringView> tokens(QStringView text);
};

} // namespace Scholia
