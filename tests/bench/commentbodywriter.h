#pragma once

#include <QString>

namespace Scholia {

class BenchRandom;

// A made-up comment: the HTML Reddit renders (inside <div class="md">, not yet
// entity-escaped) and the Markdown it came from.
struct CommentBody
{
    QString html;
    QString markdown;
};

// Writes comment bodies of the lengths and mix people write: mostly one or two short
// paragraphs, a long tail of essays, with quotes, links, inline and block code, lists,
// emphasis, characters that need escaping, and emoji (some beyond the BMP, some joined).
class CommentBodyWriter
{
public:
    explicit CommentBodyWriter(BenchRandom &random) : m_random(random) {}

    CommentBody write();

private:
    struct Inline
    {
        QString html;
        QString markdown;
    };
    Inline sentence();
    Inline link();
    void paragraph(CommentBody &body);
    void quote(CommentBody &body);
    void list(CommentBody &body);
    void codeBlock(CommentBody &body);
    int paragraphCount();

    BenchRandom &m_random;
};

} // namespace Scholia
