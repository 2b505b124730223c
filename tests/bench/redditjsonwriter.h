#pragma once

#include "commentbodywriter.h"
#include "generatedcomment.h"

#include <QByteArray>

#include <vector>

namespace Scholia {

class BenchRandom;

// Writes a generated thread as Reddit's thread JSON: [Listing(t3 post), Listing(t1
// comments with nested "replies" Listings and "more" stubs)], bodies as Reddit's
// entity-escaped body_html plus the Markdown "body".
class RedditJsonWriter
{
public:
    static const QString subreddit;

    explicit RedditJsonWriter(BenchRandom &random) : m_random(random), m_bodies(random) {}

    QByteArray write(const QString &threadId, const std::vector<GeneratedComment> &comments);

    // Ids that look like Reddit's (six or seven base-36 digits).
    static QString commentId(int index);
    static QString permalink(const QString &threadId, const QString &commentSourceId = {});

private:
    void writePost(int comments);
    void writeCommentStart(const std::vector<GeneratedComment> &comments, int index);
    void writeMore(int count, const QString &parentFullname, int depth);

    BenchRandom &m_random;
    CommentBodyWriter m_bodies;
    QString m_threadId;
    QByteArray m_out;
    int m_moreStubs = 0;
};

} // namespace Scholia
