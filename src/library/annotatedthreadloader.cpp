#include "annotatedthreadloader.h"

#include "argumentmaploader.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadhistorystore.h"
#include "store/threadnotesstore.h"
#include "store/threadstore.h"
#include "store/threadtagstore.h"

namespace Scholia {

Result<AnnotatedThread> AnnotatedThreadLoader::load(Library &library, qint64 threadId)
{
    AnnotatedThread source;
    auto thread = library.threads().loadThread(threadId);
    if (!thread)
        return thread.error();
    source.thread = std::move(thread).value();
    source.threadId = threadId;
    auto annotations = library.annotations().listForThread(threadId);
    if (!annotations)
        return annotations.error();
    source.annotations = std::move(annotations).value();
    auto notes = library.notes().load(threadId);
    if (!notes)
        return notes.error();
    source.notesMarkdown = *notes;
    auto tags = library.threadTags().tags(threadId);
    if (!tags)
        return tags.error();
    source.tags = *tags;
    auto viewState = library.threads().loadViewState(threadId);
    if (!viewState)
        return viewState.error();
    source.viewState = *viewState;
    auto argument = ArgumentMapLoader::forThread(library, threadId);
    if (!argument)
        return argument.error();
    source.argument = std::move(argument).value();
    auto history = library.history().load(threadId);
    if (!history)
        return history.error();
    source.history = std::move(history).value();
    // The library list already knows when the thread came in; no query of its own for it.
    if (auto summaries = library.threads().listThreads()) {
        for (const ThreadSummary &summary : *summaries) {
            if (summary.id == threadId)
                source.savedAt = summary.importedAt;
        }
    }
    return source;
}

} // namespace Scholia
