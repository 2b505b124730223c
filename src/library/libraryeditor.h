#pragma once

#include "core/annotation.h"
#include "core/annotationedit.h"
#include "core/annotationlink.h"
#include "core/annotationlinkedit.h"
#include "core/result.h"
#include "store/tagmerge.h"
#include "store/tagrenaming.h"
#include "store/tagsnapshot.h"

#include <QObject>

#include <memory>
#include <vector>

class QUndoStack;

namespace Scholia {

class Library;

// Every edit the reader makes to the library goes through here: it becomes a QUndoCommand
// on the one undo stack, is written to the library when it is made (no "save"), and is
// announced so the thread view and the panes update in place. Headless (QtGui's undo
// stack, no widgets), as Okular's document commands are. Works on the thread the window
// shows.
class LibraryEditor : public QObject
{
    Q_OBJECT

public:
    LibraryEditor(Library &library, QObject *parent = nullptr);
    ~LibraryEditor() override;

    QUndoStack *undoStack() const;

    void setThread(qint64 threadId); // emits annotationsReset
    qint64 thread() const;
    // The shown thread's annotations in tree order, orphaned ones included.
    const std::vector<Annotation> &annotations() const;

    // While another process writes to the library, every edit below is refused with
    // reason (the library is read-only too; this says why in words); empty allows edits.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }

    // Each is one undoable step. On refusal (bad range, unknown id, library failure)
    // nothing changes, nothing is pushed, and the Error says why.
    // create returns the annotation as stored (a draft without threadId goes to the
    // shown thread), update the annotation as it is after the edit, remove the one removed.
    Result<Annotation> create(const Annotation &draft);
    Result<Annotation> update(qint64 id, const AnnotationEdit &edit);
    Result<Annotation> remove(qint64 id);

    // Links between annotations (either end on any thread), each one undoable step that
    // emits linksChanged. createLink returns the link as stored, updateLink the link after
    // the edit, removeLink the one removed.
    Result<AnnotationLink> createLink(const AnnotationLink &draft);
    Result<AnnotationLink> updateLink(qint64 id, const AnnotationLinkEdit &edit);
    Result<AnnotationLink> removeLink(qint64 id);

    // The Tags dialog's edits, undoable on the same stack; each emits tagsChanged and
    // annotationsReset.
    Result<std::vector<TagRenaming>> renameTag(const QString &from, const QString &to);
    Result<TagMerge> mergeTags(const QString &from, const QString &into);
    Result<QString> recolorTag(const QString &name, const QString &color); // the old colour
    Result<TagSnapshot> removeTag(const QString &name);
    // Replaces a thread's own tags (not its annotations'); undoable.
    Result<QStringList> setThreadTags(qint64 threadId, const QStringList &tags);
    // Replaces the reader's notes on a thread (the notes editor saves as the reader types);
    // saves coming one soon after another merge into one step (EditThreadNotesCommand).
    // Answers the notes the thread had before.
    Result<QString> saveThreadNotes(qint64 threadId, const QString &notes);

    // Reading is not an edit: marking the shown thread's comments read or unread and
    // visiting a thread are no undo steps. Marking a whole thread read or unread is one
    // (the reader may not have meant it), and its undo restores exactly the unread set
    // it replaced. Each emits readStateChanged.
    Result<void> markCommentsRead(const QStringList &sourceIds, bool read = true);
    Result<void> setThreadRead(qint64 threadId, bool read);
    // Nothing of the thread's saves so far is new any more.
    Result<void> markThreadVisited(qint64 threadId);

    // For the commands, after they changed the library: keep the list in step and tell
    // the views. Changes to a thread that is not shown only reach the library.
    void announceAdded(const Annotation &annotation);
    void announceChanged(const Annotation &annotation);
    void announceRemoved(const Annotation &annotation);
    void announceReset();
    void announceTagsChanged();
    void announceLinksChanged();
    void announceThreadTagsChanged(qint64 threadId);
    void announceThreadNotesChanged(qint64 threadId, const QString &notes);
    void announceReadStateChanged(qint64 threadId);
    void announceFailure(const QString &message);

signals:
    void annotationAdded(const Scholia::Annotation &annotation);
    void annotationChanged(const Scholia::Annotation &annotation);
    void annotationRemoved(const Scholia::Annotation &annotation);
    void annotationsReset(); // another thread, or tags renamed/merged/deleted
    // The library refused an undo or a redo, or an edit whose widget has no place to say
    // so (announceFailure): the thread view shows it.
    void failed(const QString &message);
    void threadTagsChanged(qint64 threadId);
    // A link was made, edited or removed (done, undone or redone), or went or came back
    // with an annotation at one of its ends: any thread's argument may read differently.
    void linksChanged();
    // Tags renamed, merged, recoloured or deleted: any thread's or annotation's may read
    // differently (annotationsReset follows for the shown thread's annotations).
    void tagsChanged();
    // Any thread's, the shown one or not: saved, undone or redone.
    void threadNotesChanged(qint64 threadId, const QString &notes);
    // Comments of the thread read or unread, or the thread visited (done, undone or redone):
    // its new and unread counts may differ.
    void readStateChanged(qint64 threadId);

private:
    // Makes the change through command and, when the library took it, pushes the command
    // (its first redo skipped); answers what the caller asked of it, read before the push
    // (which may merge the command into the one before and delete it).
    template <typename Command, typename Answer>
    Result<Answer> perform(std::unique_ptr<Command> command,
                           const Answer &(Command::*answer)() const);
    bool reload(); // false (and failed emitted) when the library cannot list the thread

    Library &m_library;
    QUndoStack *m_undoStack;
    qint64 m_thread = 0;
    std::vector<Annotation> m_annotations;
    QString m_readOnlyReason;
};

} // namespace Scholia
