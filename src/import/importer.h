#pragma once

#include "core/result.h"
#include "core/threaddocument.h"
#include "importsource.h"

#include <QString>

#include <vector>

namespace Scholia {

class CommentSink;

// One saved-thread format: recognise it, then read it into ThreadDocuments.
class Importer
{
public:
    virtual ~Importer() = default;

    // Short stable name used in messages and for --format, e.g. "reddit-json".
    virtual QString formatName() const = 0;

    // How sure this importer is that the source is its format, 0 (no) to 100 (certain),
    // judged from the first bytes and the file name only.
    virtual int detect(const ImportSource &source) const = 0;

    // Whether the format is UTF-8 text: the registry then replaces bytes that are not
    // UTF-8 (and says so) before parse(). Mail carries its own charsets: it says no.
    virtual bool readsUtf8Only() const { return true; }

    // Every thread the source holds (most formats hold one; an mbox may hold many).
    virtual Result<std::vector<ThreadDocument>> parse(const ImportSource &source) const = 0;

    // Whether stream() hands comments over while it reads (issue 17) rather than after a
    // whole-document parse().
    virtual bool streamsComments() const { return false; }
    // The same threads as parse(), comment by comment into the sink, in the same order
    // and with the same fields. It may release source.data once it no longer needs it.
    // A format that nests comments out of pre-order, or a file parse() would refuse,
    // fails here: parse() is then the way to read it (or to say what is wrong). The
    // default is an adapter: parse(), then every thread handed over.
    virtual Result<void> stream(ImportSource &source, CommentSink &sink) const;

protected:
    // What every parse() does with an Error: say which file and which format it is about.
    auto errorContext(const ImportSource &source) const
    {
        return [this, &source](Error error) { return Error(error.inFile(source.path).inFormat(formatName())); };
    }
    // What a single-thread format's parse() returns.
    static std::vector<ThreadDocument> oneThread(ThreadDocument thread)
    {
        std::vector<ThreadDocument> threads;
        threads.push_back(std::move(thread));
        return threads;
    }
};

} // namespace Scholia
