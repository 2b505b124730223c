#pragma once

#include "commentbodywriter.h"
#include "generatedcomment.h"

#include <QByteArray>

#include <vector>

namespace Scholia {

class BenchRandom;

// Writes a generated thread as a saved rDrama-family post page (rdrama.net,
// themotte.org): the post block (#post-ID, #post-title, #post-text), then every comment
// as div#comment-ID.comment with its author, timestamp handler, #comment-text-ID and
// score, its replies nested inside #replies-of-ID, and the per-comment chrome (collapse
// buttons, action bar, popover) that makes such pages several times their text's size.
// A few comments are "Deleted by author" stubs.
class RdramaHtmlWriter
{
public:
    explicit RdramaHtmlWriter(BenchRandom &random) : m_random(random), m_bodies(random) {}

    QByteArray write(int threadNumber, const std::vector<GeneratedComment> &comments);

private:
    void writeHead(int comments);
    void writePost();
    void writeCommentStart(qint64 id, const GeneratedComment &comment);

    BenchRandom &m_random;
    CommentBodyWriter m_bodies;
    QByteArray m_out;
    int m_postId = 0;
    QString m_postUrl;
};

} // namespace Scholia
