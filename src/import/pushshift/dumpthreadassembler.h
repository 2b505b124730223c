#pragma once

#include "core/threaddocument.h"
#include "dumpstaging.h"

namespace Scholia {

class ParallelSanitizer;
class SaveGapsTally;

// One thread of a dump, from its staged records to a ThreadDocument like the one a saved
// Reddit page gives (kind "reddit", the submission's id), so that the two merge. The tree
// comes from parent_id. A dump holds what the archivist caught, not always all of it:
// a comment whose parent is absent hangs under the submission and the thread counts that
// parent as missing; a thread whose submission is absent gets a root that says so and an
// open gap, so that it never passes for a whole save.
class DumpThreadAssembler
{
public:
    explicit DumpThreadAssembler(ParallelSanitizer &sanitizer);

    ThreadDocument assemble(const QString &threadId, DumpStaging::Records records);

private:
    void readSubmission(ThreadDocument &doc, const DumpRecord &submission);
    void standInForSubmission(ThreadDocument &doc, const std::vector<DumpRecord> &comments);
    void readComments(ThreadDocument &doc, std::vector<DumpRecord> comments, SaveGapsTally &gaps);

    ParallelSanitizer &m_sanitizer;
};

} // namespace Scholia
