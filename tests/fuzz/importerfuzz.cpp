// The importer targets: bytes → registry (forced to one format) → threads whose comment
// trees and texts keep the promises ThreadDocument makes to the store and the view.

#include "fuzzinvariant.h"
#include "fuzztargets.h"
#include "threadinvariants.h"

#include "import/importerregistry.h"
#include "import/importsource.h"

namespace Scholia::Fuzz {

namespace {

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
