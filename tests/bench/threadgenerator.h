#pragma once

#include "core/threaddocument.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <random>

namespace Scholia {

// Writes made-up threads of any size for benchmarks, the same bytes for the same seed
// on every machine: only std::mt19937_64 (whose output the standard fixes) is used,
// never the standard distributions (whose output it does not).
class ThreadGenerator
{
public:
    explicit ThreadGenerator(quint64 seed);

    // The formats scholia-gen writes, each read back by the importer of the same name.
    enum class Format
    {
        RedditJson,
        HackerNewsAlgolia,
        Discourse,
        Mbox,
        RdramaHtml
    };
    static QStringList formatNames(); // "reddit-json", "hn-algolia", … as --format spells them
    static std::optional<Format> formatNamed(const QString &name);

    // A written thread and what an import of it must find: its real comments (not
    // counting "more" stubs) and the deepest one's depth.
    struct Output
    {
        QByteArray data;
        int comments = 0;
        int maxDepth = 0;
    };
    // The busy thread of redditJson() in any format: the same shape for the same seed
    // and count whatever the format (bodies are drawn per format, so they differ).
    // threadNumber tells threads of one library apart; 1 gives redditThreadId().
    Output thread(Format format, int comments, int threadNumber = 1);

    // A thread page as Reddit's JSON ([Listing(t3), Listing(t1)]) with `comments` t1
    // comments shaped like a busy thread: most at depth 0–3, a few back-and-forth
    // chains 30–45 deep, some deleted or removed, a few "more" stubs; bodies of 1–6
    // paragraphs with quotes, links, code, lists and emoji, entity-escaped HTML as
    // Reddit writes it (non-ASCII as \u escapes, as Reddit's encoder does).
    QByteArray redditJson(int comments);

    // The deepest reply chain Reddit JSON can hold here (see replyChain).
    static constexpr int maxJsonChain = 200;
    // A thread whose `length` comments form one reply chain, as Reddit JSON; at most
    // maxJsonChain long.
    QByteArray redditJsonChain(int length);

    // One reply chain `length` deep, each comment answering the one before. Built as a
    // document, not as JSON: Reddit JSON nests five levels per reply and simdjson stops
    // at 1024, so about 200 replies is the deepest a Reddit file can say.
    ThreadDocument replyChain(int length);

    // The id the generator gives the thread of redditJson() / replyChain().
    static QString redditThreadId() { return QStringLiteral("bench1"); }
    static QString chainThreadId() { return QStringLiteral("chain1"); }

private:
    std::mt19937_64 m_random;
};

} // namespace Scholia
