#include "importerregistry.h"

#include "import/discourse/discoursejsonimporter.h"
#include "import/hackernews/hackernewsalgoliaimporter.h"
#include "import/hackernews/hackernewshtmlimporter.h"
#include "import/hackernews/hackernewsitemsimporter.h"
#include "import/hackernews/hnpwaimporter.h"
#include "import/mail/mboximporter.h"
#include "import/rdrama/rdramahtmlimporter.h"
#include "import/reddit/bdfrarchiveimporter.h"
#include "import/reddit/oldreddithtmlimporter.h"
#include "import/reddit/redditjsonimporter.h"
#include "import/stackexchange/stackexchangepostsimporter.h"
#include "import/textdump/textdumpimporter.h"
#include "importsource.h"
#include "utf8repair.h"

namespace Scholia {

namespace {
// Below this an importer is guessing; better to say "unknown format" than to misread.
constexpr int minimumConfidence = 30;

// What reading the file changed comes first in every thread's warnings.
Result<std::vector<ThreadDocument>> withReadingWarnings(Result<std::vector<ThreadDocument>> threads,
                                                        const QStringList &warnings)
{
    if (threads && !warnings.isEmpty()) {
        for (ThreadDocument &thread : *threads)
            thread.warnings = warnings + thread.warnings;
    }
    return threads;
}
} // namespace

ImporterRegistry ImporterRegistry::withAllFormats()
{
    ImporterRegistry registry;
    registry.add(std::make_unique<RedditJsonImporter>());
    registry.add(std::make_unique<MboxImporter>());
    registry.add(std::make_unique<DiscourseJsonImporter>());
    registry.add(std::make_unique<BdfrArchiveImporter>());
    registry.add(std::make_unique<StackExchangePostsImporter>());
    registry.add(std::make_unique<HackerNewsAlgoliaImporter>());
    registry.add(std::make_unique<HackerNewsItemsImporter>());
    registry.add(std::make_unique<HackerNewsHtmlImporter>());
    registry.add(std::make_unique<HnpwaImporter>());
    registry.add(std::make_unique<OldRedditHtmlImporter>());
    registry.add(std::make_unique<RdramaHtmlImporter>());
    registry.add(std::make_unique<TextDumpImporter>());
    return registry;
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    m_importers.push_back(std::move(importer));
}

const Importer *ImporterRegistry::importerNamed(const QString &formatName) const
{
    for (const auto &importer : m_importers) {
        if (importer->formatName() == formatName)
            return importer.get();
    }
    return nullptr;
}

QStringList ImporterRegistry::formatNames() const
{
    QStringList names;
    for (const auto &importer : m_importers)
        names << importer->formatName();
    return names;
}

const Importer *ImporterRegistry::detect(const ImportSource &source) const
{
    const Importer *best = nullptr;
    int bestConfidence = minimumConfidence - 1;
    for (const auto &importer : m_importers) {
        const int confidence = importer->detect(source);
        if (confidence > bestConfidence) {
            best = importer.get();
            bestConfidence = confidence;
        }
    }
    return best;
}

const Importer *ImporterRegistry::streamingImporter(const ImportSource &source,
                                                    const QString &forcedFormat) const
{
    const Importer *importer = forcedFormat.isEmpty() ? detect(source) : importerNamed(forcedFormat);
    if (!importer || !importer->streamsComments() || !source.warnings.isEmpty())
        return nullptr;
    if (importer->readsUtf8Only() && Utf8Repair::firstInvalidByte(source.data))
        return nullptr;
    return importer;
}

Result<std::vector<ThreadDocument>> ImporterRegistry::parse(const ImportSource &source,
                                                            const QString &forcedFormat) const
{
    const Importer *importer = nullptr;
    if (!forcedFormat.isEmpty()) {
        importer = importerNamed(forcedFormat);
        if (!importer)
            return Error::of(QStringLiteral("no format is called \"%1\" (known: %2)")
                                 .arg(forcedFormat, formatNames().join(QStringLiteral(", "))))
                .inFile(source.path);
    } else {
        importer = detect(source);
        if (!importer)
            return Error::of(QStringLiteral("unknown format (tried: %1)")
                                 .arg(formatNames().join(QStringLiteral(", "))))
                .inFile(source.path);
    }
    // Checked before repairing: repaired() copies the bytes, and a valid file needs no copy.
    if (!importer->readsUtf8Only() || !Utf8Repair::firstInvalidByte(source.data))
        return withReadingWarnings(importer->parse(source), source.warnings);
    Utf8Repair::Repaired repaired = Utf8Repair::repaired(source.data);
    const ImportSource utf8{source.path, std::move(repaired.bytes), source.warnings};
    QStringList warnings = source.warnings;
    warnings << QStringLiteral("%1 byte sequence(s) that were not UTF-8 replaced by U+FFFD (the first at byte %2)")
                    .arg(repaired.replacements)
                    .arg(repaired.firstInvalid);
    return withReadingWarnings(importer->parse(utf8), warnings);
}

} // namespace Scholia
