// The importer targets: bytes → registry (forced to one format) → threads whose comment
// trees and texts keep the promises ThreadDocument makes to the store and the view.

#include "fuzzinvariant.h"
#include "fuzztargets.h"
#include "threadinvariants.h"

#include "core/commentsink.h"
#include "import/importer.h"
#include "import/importerregistry.h"
#include "import/importsource.h"

namespace Scholia::Fuzz {

namespace {

// What a streamed import hands the store, put back together as documents, so that it can
// be compared with what parse() gives for the same bytes.
class DocumentsSink : public CommentSink
{
public:
    Result<void> beginThread(const ThreadDocument &) override
    {
        m_comments.clear();
        return {};
    }
    Result<void> addComment(Comment &&comment) override
    {
        m_comments.push_back(std::move(comment));
        return {};
    }
    Result<void> endThread(const ThreadDocument &thread) override
    {
        ThreadDocument whole = thread;
        whole.comments = std::move(m_comments);
        m_comments.clear();
        documents.push_back(std::move(whole));
        return {};
    }

    std::vector<ThreadDocument> documents;

private:
    std::vector<Comment> m_comments;
};

// The window and `scholia import` stream the formats that can: a stream that succeeds must
// hand over what parse() reads (the store trusts it as much), and never more than parse()
// accepts.
void checkStreamIsParse(const ImporterRegistry &registry, const ImportSource &source,
                        const QString &format,
                        const Result<std::vector<ThreadDocument>> &parsed)
{
    const Importer *importer = registry.streamingImporter(source, format);
    if (!importer)
        return;
    ImportSource streamed = source;
    DocumentsSink sink;
    if (!importer->stream(streamed, sink))
        return;
    FuzzInvariant::require(bool(parsed), "a stream succeeded where parse() failed",
                           parsed ? QString() : parsed.error().toString());
    FuzzInvariant::require(sink.documents.size() == parsed->size(),
                           "a stream handed over another number of threads than parse()");
    for (size_t i = 0; i < sink.documents.size(); ++i)
        FuzzInvariant::require(sink.documents[i] == (*parsed)[i],
                               "a stream handed over another thread than parse()",
                               sink.documents[i].title);
}

int fuzzImporter(const QString &format, const QString &fileName, const uint8_t *data, size_t size)
{
    FuzzInvariant::ensureCoreApplication();
    static const ImporterRegistry registry = ImporterRegistry::withAllFormats();
    const ImportSource source(fileName,
                              QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    // Detection sees every file dropped on the window before any parse does.
    registry.detect(source);
    const auto threads = registry.parse(source, format);
    if (threads) {
        for (const ThreadDocument &thread : *threads)
            ThreadInvariants::check(thread);
    }
    checkStreamIsParse(registry, source, format, threads);
    return 0;
}

} // namespace

int fuzzRedditJson(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("reddit-json"), QStringLiteral("thread.json"), data, size);
}

int fuzzBdfrArchive(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("bdfr"), QStringLiteral("submission.json"), data, size);
}

int fuzzDiscourseJson(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("discourse"), QStringLiteral("topic.json"), data, size);
}

int fuzzStackExchangePosts(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("stackexchange-posts"), QStringLiteral("Posts.xml"), data,
                        size);
}

int fuzzHackerNewsAlgolia(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("hn-algolia"), QStringLiteral("item.json"), data, size);
}

int fuzzHackerNewsItems(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("hn-items"), QStringLiteral("items.jsonl"), data, size);
}

int fuzzHackerNewsHtml(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("hn-html"), QStringLiteral("item.html"), data, size);
}

int fuzzHnpwa(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("hnpwa"), QStringLiteral("item.json"), data, size);
}

int fuzzOldRedditHtml(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("old-reddit-html"), QStringLiteral("comments.html"), data,
                        size);
}

int fuzzRdramaHtml(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("rdrama-html"), QStringLiteral("post.html"), data, size);
}

int fuzzMbox(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("mbox"), QStringLiteral("list.mbox"), data, size);
}

int fuzzTextDump(const uint8_t *data, size_t size)
{
    return fuzzImporter(QStringLiteral("text-dump"), QStringLiteral("page.txt"), data, size);
}

} // namespace Scholia::Fuzz
