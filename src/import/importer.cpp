#include "importer.h"

#include "core/commentsink.h"

namespace Scholia {

Result<void> Importer::stream(ImportSource &source, CommentSink &sink) const
{
    auto threads = parse(source);
    if (!threads)
        return threads.error();
    source.data = QByteArray();
    for (ThreadDocument &thread : threads.value()) {
        std::vector<Comment> comments = std::move(thread.comments);
        thread.comments.clear();
        if (auto begun = sink.beginThread(thread); !begun)
            return begun.error();
        for (Comment &comment : comments) {
            if (auto added = sink.addComment(std::move(comment)); !added)
                return added.error();
        }
        if (auto ended = sink.endThread(thread); !ended)
            return ended.error();
    }
    return {};
}

} // namespace Scholia
