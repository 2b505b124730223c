#pragma once

#include "commentbodywriter.h"
#include "generatedcomment.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace Scholia {

class BenchRandom;

// Writes a generated thread as a Discourse topic's JSON (/t/ID.json with every post):
// "post_stream" first, the topic's first post as post 1, each comment a post whose
// "reply_to_post_number" names its parent (null for a reply to the topic), bodies as
// "cooked" HTML, a few posts deleted by their authors, a few edited.
class DiscourseJsonWriter
{
public:
    static const QString host;

    explicit DiscourseJsonWriter(BenchRandom &random) : m_random(random), m_bodies(random) {}

    QByteArray write(int threadNumber, const std::vector<GeneratedComment> &comments);

private:
    void writePost(int postNumber, const QString &author, qint64 created,
                   std::optional<int> replyTo, int replyCount);

    BenchRandom &m_random;
    CommentBodyWriter m_bodies;
    QByteArray m_out;
    int m_topicId = 0;
};

} // namespace Scholia
