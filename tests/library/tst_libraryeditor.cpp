// The library editor: every edit (annotations, tags, thread tags, thread notes) becomes one
// undo step only when the library took it; undo and redo restore the exact earlier state
// (same id, times and tags) and tell the views; a refusal during undo drops the step; thread
// notes saved in one go are one step. Headless: no widgets, not even a QGuiApplication.

#include "import/importerregistry.h"
#include "library/editthreadnotescommand.h"
#include "library/libraryeditor.h"
#include "library/libraryimporter.h"
#include "store/annotationlinkstore.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadnotesstore.h"
#include "store/threadstore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <utility>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

Annotation passage(const QString &comment, qsizetype start, const QString &exact)
{
    Annotation draft;
    draft.commentSourceId = comment;
    draft.position = TextPositionSelector{start, start + exact.size()};
    draft.quote.exact = exact;
    draft.color = "sky";
    draft.tags = QStringList{"compute/export-controls", "policy"};
    draft.note = "the core claim";
    return draft;
}

} // namespace

class TestLibraryEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;
    qint64 m_thread = 0;
    std::unique_ptr<LibraryEditor> m_editor;

    Annotation stored(qint64 id)
    {
        auto found = m_library->annotations().annotation(id);
        return found ? *found : Annotation{};
    }
    bool exists(qint64 id) { return m_library->annotations().annotation(id).ok(); }
    // Two passages of the thread: the claim and the reply to it.
    std::pair<qint64, qint64> twoAnnotations()
    {
        const auto claim = m_editor->create(passage("e1", 4, "export controls"));
        const auto reply = m_editor->create(passage("e2", 0, "Compute"));
        if (!claim || !reply)
            return {0, 0};
        m_editor->undoStack()->clear(); // the tests count link steps only
        return {claim->id, reply->id};
    }
    AnnotationLink draftLink(qint64 from, qint64 to, AnnotationLinkType type)
    {
        AnnotationLink draft;
        draft.from = from;
        draft.to = to;
        draft.type = type;
        draft.note = "see the figures";
        return draft;
    }
    std::optional<AnnotationLink> storedLink(qint64 id)
    {
        auto found = m_library->links().link(id);
        return found ? std::optional<AnnotationLink>(*found) : std::nullopt;
    }
    QString storedNotes(qint64 thread)
    {
        auto notes = m_library->notes().load(thread);
        return notes ? *notes : QStringLiteral("<error>");
    }

private slots:
    void init()
    {
        m_library = std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        const FileImportResult imported =
            LibraryImporter(registry, *m_library).importFile(fixture("annotated-thread.json"));
        QVERIFY(imported.ok());
        m_thread = imported.threads.at(0).threadId;
        m_editor = std::make_unique<LibraryEditor>(*m_library);
        m_editor->setThread(m_thread);
    }

    void cleanup()
    {
        m_editor.reset();
        m_library.reset();
    }

    void createIsOneUndoableStep()
    {
        QSignalSpy added(m_editor.get(), &LibraryEditor::annotationAdded);
        QSignalSpy removed(m_editor.get(), &LibraryEditor::annotationRemoved);
        const auto created = m_editor->create(passage("e1", 4, "export controls"));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(created->threadId, m_thread); // the shown thread when the draft has none
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<Annotation>(), *created);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->annotations().size(), size_t(1));
        QCOMPARE(stored(created->id), *created);

        m_editor->undoStack()->undo();
        QVERIFY(!exists(created->id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<Annotation>().id, created->id);
        QVERIFY(m_editor->annotations().empty());

        m_editor->undoStack()->redo();
        QCOMPARE(stored(created->id), *created); // same id, times, tags, selectors
        QCOMPARE(added.count(), 2);
        QCOMPARE(m_editor->annotations().size(), size_t(1));
        QCOMPARE(m_editor->annotations().front(), *created);
    }

    void refusedCreatePushesNothing()
    {
        QSignalSpy added(m_editor.get(), &LibraryEditor::annotationAdded);
        const auto refused = m_editor->create(passage("e1", 4, "not what is there"));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        const auto unknown = m_editor->create(passage("no-such-comment", 0, "x"));
        QVERIFY(!unknown.ok());
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(added.count(), 0);
        QVERIFY(m_editor->annotations().empty());
    }

    void editUndoRestoresTheExactPriorState()
    {
        const auto created = m_editor->create(passage("e1", 4, "export controls"));
        QVERIFY(created.ok());
        QTest::qWait(1100); // so that "updated" differs by at least one stored second
        QSignalSpy changed(m_editor.get(), &LibraryEditor::annotationChanged);

        AnnotationEdit edit;
        edit.color = "vermillion";
        edit.tags = QStringList{"economics"};
        edit.note = "weaker than it looks";
        const auto after = m_editor->update(created->id, edit);
        QVERIFY(after.ok());
        QCOMPARE(after->color, QString("vermillion"));
        QCOMPARE(after->tags, QStringList{"economics"});
        QVERIFY(after->updated > created->updated);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_editor->undoStack()->count(), 2);

        m_editor->undoStack()->undo();
        QCOMPARE(stored(created->id), *created);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).value<Annotation>(), *created);
        QCOMPARE(m_editor->annotations().front(), *created);

        m_editor->undoStack()->redo();
        QCOMPARE(stored(created->id), *after);
    }

    void consecutiveNoteEditsAreOneStep()
    {
        const auto created = m_editor->create(passage("e2", 0, "Compute"));
        QVERIFY(created.ok());
        for (const char *note : {"a", "ab", "abc"}) {
            AnnotationEdit edit;
            edit.note = QString(note);
            QVERIFY(m_editor->update(created->id, edit).ok());
        }
        QCOMPARE(m_editor->undoStack()->count(), 2);
        m_editor->undoStack()->undo();
        QCOMPARE(stored(created->id), *created);
        m_editor->undoStack()->redo();
        QCOMPARE(stored(created->id).note, QString("abc"));
    }

    void removeUndoRestoresTheAnnotationWhole()
    {
        Annotation whole;
        whole.commentSourceId = "e6";
        whole.tags = QStringList{"sources"};
        whole.note = "asks for evidence";
        const auto created = m_editor->create(whole);
        QVERIFY(created.ok());
        QVERIFY(created->isWholeComment());
        QSignalSpy removed(m_editor.get(), &LibraryEditor::annotationRemoved);
        QSignalSpy added(m_editor.get(), &LibraryEditor::annotationAdded);

        const auto gone = m_editor->remove(created->id);
        QVERIFY(gone.ok());
        QCOMPARE(*gone, *created);
        QVERIFY(!exists(created->id));
        QCOMPARE(removed.count(), 1);

        m_editor->undoStack()->undo();
        QCOMPARE(stored(created->id), *created);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<Annotation>(), *created);

        m_editor->undoStack()->redo();
        QVERIFY(!exists(created->id));
        QCOMPARE(removed.count(), 2);

        QVERIFY(!m_editor->remove(created->id).ok()); // already gone: refused, not pushed
        QCOMPARE(m_editor->undoStack()->count(), 2);
    }

    void annotationsStayInTreeOrder()
    {
        // Made out of order: e2 (third in the tree), e1 passage, e6 (e1's reply), e1 whole.
        QVERIFY(m_editor->create(passage("e2", 0, "Compute")).ok());
        QVERIFY(m_editor->create(passage("e1", 4, "export controls")).ok());
        Annotation reply;
        reply.commentSourceId = "e6";
        QVERIFY(m_editor->create(reply).ok());
        Annotation whole;
        whole.commentSourceId = "e1";
        QVERIFY(m_editor->create(whole).ok());

        QStringList order;
        for (const Annotation &a : m_editor->annotations())
            order << a.commentSourceId + (a.isWholeComment() ? "" : ":" + a.quote.exact);
        QCOMPARE(order, (QStringList{"e1", "e1:export controls", "e6", "e2:Compute"}));
    }

    void refusalDuringUndoDropsTheStep()
    {
        const auto created = m_editor->create(passage("e1", 4, "export controls"));
        QVERIFY(created.ok());
        // Someone else (the CLI, another window) deletes it behind the controller's back.
        QVERIFY(m_library->annotations().remove(created->id).ok());
        QSignalSpy failed(m_editor.get(), &LibraryEditor::failed);

        m_editor->undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(m_editor->undoStack()->count(), 0); // obsolete: dropped, not crashed
    }

    void changesToAnotherThreadAreNotAnnounced()
    {
        const auto created = m_editor->create(passage("e1", 4, "export controls"));
        QVERIFY(created.ok());
        m_editor->setThread(0);
        QSignalSpy removed(m_editor.get(), &LibraryEditor::annotationRemoved);
        m_editor->undoStack()->undo();
        QVERIFY(!exists(created->id)); // undone in the store all the same
        QCOMPARE(removed.count(), 0);
        m_editor->setThread(m_thread);
        QVERIFY(m_editor->annotations().empty());
    }

    void tagEditsAreUndoableAndResetTheViews()
    {
        const auto created = m_editor->create(passage("e1", 4, "export controls"));
        QVERIFY(created.ok());
        QSignalSpy reset(m_editor.get(), &LibraryEditor::annotationsReset);
        QSignalSpy tagsChanged(m_editor.get(), &LibraryEditor::tagsChanged);

        QVERIFY(m_editor->renameTag("compute", "hardware").ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(tagsChanged.count(), 1);
        QVERIFY(m_editor->annotations().front().tags.contains("hardware/export-controls"));
        m_editor->undoStack()->undo();
        QCOMPARE(reset.count(), 2);
        QCOMPARE(tagsChanged.count(), 2);
        QCOMPARE(stored(created->id), *created);

        QVERIFY(m_editor->mergeTags("policy", "compute/export-controls").ok());
        QCOMPARE(stored(created->id).tags, QStringList{"compute/export-controls"});
        m_editor->undoStack()->undo();
        QCOMPARE(stored(created->id), *created);
        m_editor->undoStack()->redo();
        QCOMPARE(stored(created->id).tags, QStringList{"compute/export-controls"});
        m_editor->undoStack()->undo();

        const auto previous = m_editor->recolorTag("policy", "purple");
        QVERIFY(previous.ok());
        QCOMPARE(m_library->tags().find("policy")->value().color, QString("purple"));
        m_editor->undoStack()->undo();
        QCOMPARE(m_library->tags().find("policy")->value().color, *previous);

        const auto snapshot = m_editor->removeTag("policy");
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->annotationCount(), 1);
        QVERIFY(!stored(created->id).tags.contains("policy"));
        m_editor->undoStack()->undo();
        QCOMPARE(stored(created->id), *created);

        QCOMPARE(tagsChanged.count(), reset.count()); // every tag edit, done or undone

        const int steps = m_editor->undoStack()->count();
        QVERIFY(!m_editor->renameTag("no-such-tag", "x").ok());
        QCOMPARE(m_editor->undoStack()->count(), steps); // refused: nothing pushed
    }

    void eachStepIsNamedForWhatItDid()
    {
        // A command learns what it did when it first does it: the names come from there.
        QUndoStack *stack = m_editor->undoStack();
        const auto created = m_editor->create(passage("e1", 4, "export controls"));
        QVERIFY(created.ok());
        QCOMPARE(stack->undoText(), QString("Highlight"));
        AnnotationEdit recolour;
        recolour.color = "vermillion";
        QVERIFY(m_editor->update(created->id, recolour).ok());
        QCOMPARE(stack->undoText(), QString("Change colour"));
        AnnotationEdit note;
        note.note = "why";
        QVERIFY(m_editor->update(created->id, note).ok());
        QCOMPARE(stack->undoText(), QString("Edit note"));
        // Tags are found ignoring case; a step names them as the library spells them.
        QVERIFY(m_editor->renameTag("POLICY", "stance").ok());
        QCOMPARE(stack->undoText(), QString("Rename tag “policy”"));
        QVERIFY(m_editor->mergeTags("Stance", "compute/export-controls").ok());
        QCOMPARE(stack->undoText(), QString("Merge tag “stance” into “compute/export-controls”"));
        QVERIFY(m_editor->recolorTag("compute/export-controls", "purple").ok());
        QCOMPARE(stack->undoText(), QString("Recolour tag “compute/export-controls”"));
        QVERIFY(m_editor->removeTag("Compute/Export-Controls").ok());
        QCOMPARE(stack->undoText(), QString("Delete tag “compute/export-controls”"));
        QVERIFY(m_editor->remove(created->id).ok());
        QCOMPARE(stack->undoText(), QString("Delete annotation"));
        QCOMPARE(stack->count(), 8);
    }

    void threadNotesSavedInOneGoAreOneUndoableStep()
    {
        QSignalSpy changed(m_editor.get(), &LibraryEditor::threadNotesChanged);
        QUndoStack *stack = m_editor->undoStack();
        // The notes editor saves at each pause in typing: these come in quick succession.
        for (const char *notes : {"#", "# Cl", "# Claims"})
            QVERIFY(m_editor->saveThreadNotes(m_thread, notes).ok());
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QString("Edit thread notes"));
        QCOMPARE(changed.count(), 3);

        stack->undo();
        QCOMPARE(storedNotes(m_thread), QString());
        QCOMPARE(changed.count(), 4);
        QCOMPARE(changed.last().at(0).toLongLong(), m_thread);
        QCOMPARE(changed.last().at(1).toString(), QString());
        stack->redo();
        QCOMPARE(storedNotes(m_thread), QString("# Claims"));
        QCOMPARE(changed.last().at(1).toString(), QString("# Claims"));

        // A pause longer than the merge window ends the step.
        QTest::qWait(std::chrono::milliseconds(EditThreadNotesCommand::mergeWindow).count() + 300);
        const auto previous = m_editor->saveThreadNotes(m_thread, "# Claims\n\nchips");
        QVERIFY(previous.ok());
        QCOMPARE(*previous, QString("# Claims"));
        QCOMPARE(stack->count(), 2);
        stack->undo();
        QCOMPARE(storedNotes(m_thread), QString("# Claims"));
        stack->undo();
        QCOMPARE(storedNotes(m_thread), QString());
    }

    void threadNotesOfAnotherThreadAreAStepOfTheirOwn()
    {
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        const FileImportResult small =
            LibraryImporter(registry, *m_library).importFile(fixture("small-thread.json"));
        QVERIFY(small.ok());
        const qint64 other = small.threads.at(0).threadId;
        QVERIFY(m_editor->saveThreadNotes(m_thread, "here").ok());
        QVERIFY(m_editor->saveThreadNotes(other, "there").ok());
        QCOMPARE(m_editor->undoStack()->count(), 2);
        m_editor->undoStack()->undo();
        QCOMPARE(storedNotes(other), QString());
        QCOMPARE(storedNotes(m_thread), QString("here"));
    }

    void threadNotesThatChangeNothingAreNoStep()
    {
        QVERIFY(m_editor->saveThreadNotes(m_thread, QString()).ok());
        QCOMPARE(m_editor->undoStack()->count(), 0);
        // Written and taken back within one step: the step goes.
        QVERIFY(m_editor->saveThreadNotes(m_thread, "typo").ok());
        QVERIFY(m_editor->saveThreadNotes(m_thread, QString()).ok());
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(storedNotes(m_thread), QString());
    }

    void refusedThreadNotesPushNothing()
    {
        QSignalSpy changed(m_editor.get(), &LibraryEditor::threadNotesChanged);
        const auto missing = m_editor->saveThreadNotes(404, "x");
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains("404"));
        m_editor->setReadOnly("another process writes to the library");
        const auto refused = m_editor->saveThreadNotes(m_thread, "x");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QString("another process writes to the library"));
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(storedNotes(m_thread), QString());
    }

    void createLinkIsOneUndoableStep()
    {
        const auto [claim, reply] = twoAnnotations();
        QVERIFY(claim > 0 && reply > 0);
        QSignalSpy changed(m_editor.get(), &LibraryEditor::linksChanged);
        const auto created = m_editor->createLink(draftLink(reply, claim, AnnotationLinkType::Rebuts));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QString("Link passages"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(storedLink(created->id), std::optional<AnnotationLink>(*created));

        m_editor->undoStack()->undo();
        QVERIFY(!storedLink(created->id));
        QCOMPARE(changed.count(), 2);
        m_editor->undoStack()->redo();
        QCOMPARE(storedLink(created->id), std::optional<AnnotationLink>(*created)); // same id, uuid, times
        QCOMPARE(changed.count(), 3);
    }

    void editLinkUndoRestoresTheExactPriorState()
    {
        const auto [claim, reply] = twoAnnotations();
        const auto created = m_editor->createLink(draftLink(reply, claim, AnnotationLinkType::Supports));
        QVERIFY(created.ok());
        QSignalSpy changed(m_editor.get(), &LibraryEditor::linksChanged);
        AnnotationLinkEdit edit;
        edit.type = AnnotationLinkType::Rebuts;
        edit.note = "not so";
        const auto edited = m_editor->updateLink(created->id, edit);
        QVERIFY(edited.ok());
        QCOMPARE(edited->type, AnnotationLinkType::Rebuts);
        QCOMPARE(edited->note, QString("not so"));
        QCOMPARE(m_editor->undoStack()->count(), 2);
        QCOMPARE(changed.count(), 1);

        m_editor->undoStack()->undo();
        QCOMPARE(storedLink(created->id), std::optional<AnnotationLink>(*created));
        m_editor->undoStack()->redo();
        QCOMPARE(storedLink(created->id), std::optional<AnnotationLink>(*edited));
        QCOMPARE(changed.count(), 3);
    }

    void removeLinkUndoPutsItBackWhole()
    {
        const auto [claim, reply] = twoAnnotations();
        const auto created = m_editor->createLink(draftLink(reply, claim, AnnotationLinkType::Answers));
        QVERIFY(created.ok());
        const auto removed = m_editor->removeLink(created->id);
        QVERIFY(removed.ok());
        QCOMPARE(*removed, *created);
        QVERIFY(!storedLink(created->id));
        m_editor->undoStack()->undo();
        QCOMPARE(storedLink(created->id), std::optional<AnnotationLink>(*created));
        m_editor->undoStack()->redo();
        QVERIFY(!storedLink(created->id));
    }

    void refusedLinkEditsPushNothing()
    {
        const auto [claim, reply] = twoAnnotations();
        QSignalSpy changed(m_editor.get(), &LibraryEditor::linksChanged);
        QVERIFY(!m_editor->createLink(draftLink(claim, claim, AnnotationLinkType::Rebuts)).ok());
        QVERIFY(!m_editor->createLink(draftLink(claim, 404, AnnotationLinkType::Rebuts)).ok());
        QVERIFY(!m_editor->updateLink(404, AnnotationLinkEdit{}).ok());
        QVERIFY(!m_editor->removeLink(404).ok());
        m_editor->setReadOnly("another process writes to the library");
        const auto refused = m_editor->createLink(draftLink(reply, claim, AnnotationLinkType::Rebuts));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QString("another process writes to the library"));
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void removingAnAnnotationUndoesWithItsLinks()
    {
        const auto [claim, reply] = twoAnnotations();
        const auto rebuttal = m_editor->createLink(draftLink(reply, claim, AnnotationLinkType::Rebuts));
        const auto question = m_editor->createLink(draftLink(claim, reply, AnnotationLinkType::Asks));
        QVERIFY(rebuttal.ok() && question.ok());
        QSignalSpy changed(m_editor.get(), &LibraryEditor::linksChanged);
        QVERIFY(m_editor->remove(claim).ok());
        QVERIFY(!storedLink(rebuttal->id) && !storedLink(question->id)); // cascaded
        QCOMPARE(changed.count(), 1);
        m_editor->undoStack()->undo();
        QVERIFY(exists(claim));
        QCOMPARE(storedLink(rebuttal->id), std::optional<AnnotationLink>(*rebuttal));
        QCOMPARE(storedLink(question->id), std::optional<AnnotationLink>(*question));
        QCOMPARE(changed.count(), 2);
        m_editor->undoStack()->redo();
        QVERIFY(!exists(claim) && !storedLink(rebuttal->id));
        // Undoing everything back to the two annotations, then redoing it all, holds too.
        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        QVERIFY(!storedLink(rebuttal->id));
        while (m_editor->undoStack()->canRedo())
            m_editor->undoStack()->redo();
        QVERIFY(!exists(claim));
        m_editor->undoStack()->undo();
        QCOMPARE(storedLink(question->id), std::optional<AnnotationLink>(*question));
    }
};

QTEST_GUILESS_MAIN(TestLibraryEditor)
#include "tst_libraryeditor.moc"
