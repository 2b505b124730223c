#pragma once

#include <QString>

namespace Scholia {

// A comment's or a post's score in words ("12 points", "-3 points"), the same in the
// thread view, the printed export and Markdown.
class ScoreText
{
public:
    static QString points(qint64 score);
};

} // namespace Scholia
