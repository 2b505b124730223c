#pragma once

#include "importer.h"

#include <memory>
#include <vector>

namespace Scholia {

// Knows every importer and picks the one that recognises a file. Adding a format is
// adding an Importer subclass to withAllFormats().
class ImporterRegistry
{
public:
    static ImporterRegistry withAllFormats();

    void add(std::unique_ptr<Importer> importer);
    const Importer *importerNamed(const QString &formatName) const;
    QStringList formatNames() const;

    // The most confident importer, or null when none recognises the source.
    const Importer *detect(const ImportSource &source) const;

    // The importer that would parse() the source, when it streams (Importer::stream) and
    // the source needs nothing parse() would do first (no bytes to repair, no reading
    // warnings); else null, and parse() is the way.
    const Importer *streamingImporter(const ImportSource &source,
                                      const QString &forcedFormat = {}) const;
    // Detects (or uses forcedFormat when given) and parses.
    Result<std::vector<ThreadDocument>> parse(const ImportSource &source,
                                              const QString &forcedFormat = {}) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace Scholia
