#pragma once

#include "commentbodywriter.h"
#include "generatedcomment.h"

#include <QByteArray>

#include <vector>

namespace Scholia {

class BenchRandom;

// Writes a generated thread as Algolia's Hacker News item JSON
// (hn.algolia.com/api/v1/items/ID): the story with its comments nested in "children",
// bodies in HN's own HTML (paragraphs opened by <p>, quotes as "&gt;" lines, bare links,
// <pre><code>), a few deleted comments kept as the empty items Algolia keeps.
class HackerNewsAlgoliaWriter
{
public:
    explicit HackerNewsAlgoliaWriter(BenchRandom &random) : m_random(random), m_bodies(random) {}

    QByteArray write(int threadNumber, const std::vector<GeneratedComment> &comments);

    // HN item ids are global: each thread gets a range of its own.
    static qint64 storyId(int threadNumber) { return 30000000LL + qint64(threadNumber) * 1000000; }

    // HN's HTML for a body written as Markdown.
    static QString hackerNewsHtml(const QString &markdown);

private:
    void writeItemStart(qint64 id, const GeneratedComment *comment, qint64 parentId,
                        int commentCount);

    BenchRandom &m_random;
    CommentBodyWriter m_bodies;
    QByteArray m_out;
    qint64 m_storyId = 0;
};

} // namespace Scholia
