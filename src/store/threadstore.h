#pragma once

#include "core/result.h"
#include "core/threaddocument.h"
#include "core/threadoutline.h"
#include "core/threadviewstate.h"
#include "threadsummary.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace Scholia {

class SqliteDatabase;
class StreamedThreadSave;

// The threads of the library and their comments (Library hands it out). Every write is
// one transaction; a failure leaves the file as it was.
class ThreadStore
{
public:
    // On the library's connection; Library makes it.
    explicit ThreadStore(SqliteDatabase &db);

    // Makes the stored thread (matched by source kind + source id) equal to the
    // document: comments matched by source id are updated in place, new ones inserted,
    // ones the document lacks removed. Callers merging a re-import pass the merged
    // document (ThreadMerger) so that nothing stored is lost. Annotations on a comment
    // whose text changed are re-anchored (Reanchorer), those on comments that are gone
    // or not in the latest save are marked orphaned; none is deleted. Each call is a save of
    // the thread (ThreadHistoryStore): a text it replaces is kept as a version, and the
    // comments it adds or changes are unread and new. Returns the thread id.
    Result<qint64> saveThread(const ThreadDocument &thread);
    // Several threads (one file can hold many) in one transaction: all or none. When
    // cancel becomes true during the save, the transaction is rolled back and the
    // Error has cancelled set.
    Result<std::vector<qint64>> saveThreads(const std::vector<ThreadDocument> &threads,
                                            const std::atomic<bool> *cancel = nullptr);
    // The same save for a streamed import: threads new to the library, their comments
    // written as they arrive, all in one transaction (see StreamedThreadSave).
    std::unique_ptr<StreamedThreadSave> streamedSave(const std::atomic<bool> *cancel = nullptr);

    Result<ThreadDocument> loadThread(qint64 threadId) const;
    // The thread's own fields and only its first `comments` comments, as loadThread gives
    // them: for a page of a big thread that shows its first comments and fetches the
    // others later (its model comes from loadOutline).
    Result<ThreadDocument> loadThreadStart(qint64 threadId, int comments) const;
    // Every comment's id, parent, depth, text length and whether it is a placeholder, in
    // loadThread's order, read without the texts and without a Comment per row. The text
    // lengths are in characters (SQLite's length()) where QString counts UTF-16 units:
    // the same but for characters outside the BMP, close enough for the estimated
    // heights and the map they serve.
    Result<ThreadOutline> loadOutline(qint64 threadId) const;
    // The thread's latest save (thread_saves), 0 when it has none: it changes with every
    // save, so a page can tell that the comments it was served from are no longer those.
    Result<qint64> latestSaveId(qint64 threadId) const;
    // Every comment's source id and text in loadThread's order, as one string: id U+001F
    // text U+001E for each (those two characters in a text read as spaces). For Find on a
    // page that holds only some comments.
    Result<QString> commentTexts(qint64 threadId) const;
    // Comments [first, first + count) of the thread in loadThread's order, for a page that
    // shows a big thread a part at a time; a parent outside them is -1.
    Result<std::vector<Comment>> loadComments(qint64 threadId, int first, int count) const;
    Result<std::optional<qint64>> findThread(const QString &sourceKind,
                                             const QString &sourceId) const;
    Result<std::vector<ThreadSummary>> listThreads() const;
    Result<int> threadCount() const;

    // An unknown thread has the empty state. Saving replaces the previous state.
    Result<ThreadViewState> loadViewState(qint64 threadId) const;
    Result<void> saveViewState(qint64 threadId, const ThreadViewState &state);
    Result<bool> hasThread(qint64 threadId) const;
    // Removes the thread with its comments, annotations, notes and view state, in one
    // transaction. The caller asks the reader first (annotations are months of work).
    Result<void> deleteThread(qint64 threadId);
    Result<bool> hasComment(qint64 threadId, const QString &sourceId) const;
    // Whether every one of these is a comment of the thread (placeholders count), each
    // looked up in the (thread, source id) index: for the thread page's bridge, which
    // held every id of the thread in a set (0.37 s before a 200 000-comment page loaded).
    Result<bool> hasComments(qint64 threadId, const QStringList &sourceIds) const;
    // The thread's comments, placeholders included (its page's comment count).
    Result<int> commentCount(qint64 threadId) const;
    Result<QStringList> commentSourceIds(qint64 threadId) const;
    // The plain text of a comment a passage can be taken from; nullopt when the thread
    // has no such comment or it stands for replies that were not saved.
    Result<std::optional<QString>> annotatableText(qint64 threadId, const QString &sourceId) const;

private:
    qint64 writeThreadRow(const ThreadDocument &thread, qint64 now);
    qint64 writeSaveRow(qint64 threadId, const ThreadDocument &thread, qint64 now);
    void recordSave(qint64 threadId, qint64 saveId);
    // recordSave() for a save that wrote every row the thread has, with the save
    // (CommentRowWriter's firstSave): `rows` of them, `unread` not placeholders, all in
    // that save. The thread's counts are then known without reading every row back
    // (three passes over rows already evicted from SQLite's cache: issue 17, round 3).
    // If the table does not hold `rows` rows for the thread (a source id seen twice
    // updated a row instead of adding one), it does what recordSave() does.
    void recordFirstSave(qint64 threadId, qint64 saveId, qint64 rows, qint64 unread);
    // Writes the document's comments as rows of save `saveId`; true when the thread had no
    // rows before, so that every row is this save's (recordFirstSave() can count them).
    bool writeComments(qint64 threadId, qint64 saveId, const std::vector<Comment> &comments,
                       const std::atomic<bool> *cancel);
    // The id SQLite would give the next comment row; ids are chosen before rows are written.
    qint64 firstFreeCommentRow() const;
    // Puts the words of the thread's rows from firstNewRow (up to endRow) into
    // comments_fts, in one statement (schema v7: no insert trigger).
    void indexNewComments(qint64 threadId, qint64 firstNewRow,
                          qint64 endRow = std::numeric_limits<qint64>::max());

    friend class StreamedThreadSave; // a save of the same rows, comment by comment

    SqliteDatabase &m_db;
};

} // namespace Scholia
