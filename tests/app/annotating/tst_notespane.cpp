// The notes pane: the thread's own notes are saved without a "save" (after a pause in
// typing, on leaving the field, on a thread switch, on request), each save undoable and
// typing in one go one step; the Annotations tab lists the thread's annotations in tree
// order, filters them by tag, lists orphans apart, reports the one picked, and edits in
// place through the editor so that every edit can be undone.

#include "app/annotating/annotationlistmodel.h"
#include "app/annotating/notespane.h"
#include "app/annotating/tagcompleter.h"
#include "app/annotating/threadnoteseditor.h"
#include "import/importerregistry.h"
#include "library/editthreadnotescommand.h"
#include "library/libraryeditor.h"
#include "library/libraryimporter.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadnotesstore.h"
#include "store/threadstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

#include <memory>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

Annotation passage(const QString &comment, qsizetype start, const QString &exact,
                   const QStringList &tags = {})
{
    Annotation draft;
    draft.commentSourceId = comment;
    draft.position = TextPositionSelector{start, start + exact.size()};
    draft.quote.exact = exact;
    draft.tags = tags;
    return draft;
}

QStringList titles(const QAbstractItemModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, 0).data(Qt::AccessibleTextRole).toString();
    return result;
}

} // namespace

class TestNotesPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;
    qint64 m_thread = 0;      // annotated-thread.json
    qint64 m_otherThread = 0; // small-thread.json
    std::unique_ptr<LibraryEditor> m_controller;
    std::unique_ptr<NotesPane> m_pane;

    QString storedNotes(qint64 thread)
    {
        auto notes = m_library->notes().load(thread);
        return notes ? *notes : QStringLiteral("<error>");
    }
    QPlainTextEdit *notesEditor() { return m_pane->findChild<QPlainTextEdit *>("threadNotes"); }
    QListView *list() { return m_pane->findChild<QListView *>("annotationList"); }
    QListView *orphans() { return m_pane->findChild<QListView *>("orphanedList"); }

private slots:
    void init()
    {
        m_library = std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        LibraryImporter importer(registry, *m_library);
        const FileImportResult annotated = importer.importFile(fixture("annotated-thread.json"));
        const FileImportResult small = importer.importFile(fixture("small-thread.json"));
        QVERIFY(annotated.ok() && small.ok());
        m_thread = annotated.threads.at(0).threadId;
        m_otherThread = small.threads.at(0).threadId;
        m_controller = std::make_unique<LibraryEditor>(*m_library);
        m_pane = std::make_unique<NotesPane>(*m_library, *m_controller);
        m_pane->resize(400, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_controller.reset();
        m_library.reset();
    }

    void notesAreSavedAfterAPauseInTyping()
    {
        m_pane->setThread(m_thread);
        QPlainTextEdit *editor = notesEditor();
        QVERIFY(editor);
        auto *status = m_pane->findChild<QLabel *>("threadNotesStatus");
        editor->setFocus();
        QElapsedTimer typing;
        typing.start();
        QTest::keyClicks(editor, "# Claims");
        QCOMPARE(status->text(), QString("Saving…"));
        // Not before the pause (unless typing itself was slow on a loaded machine).
        if (typing.elapsed() < 400)
            QCOMPARE(storedNotes(m_thread), QString());
        QTRY_COMPARE_WITH_TIMEOUT(storedNotes(m_thread), QString("# Claims"), 3000);
        QCOMPARE(status->text(), QString("Saved"));
    }

    void notesAreSavedOnThreadSwitchAndLoadedBack()
    {
        m_pane->setThread(m_thread);
        QTest::keyClicks(notesEditor(), "first thread");
        m_pane->setThread(m_otherThread); // before the pause is over
        QCOMPARE(storedNotes(m_thread), QString("first thread"));
        QCOMPARE(notesEditor()->toPlainText(), QString());
        QTest::keyClicks(notesEditor(), "second");
        m_pane->saveNow();
        QCOMPARE(storedNotes(m_otherThread), QString("second"));
        m_pane->setThread(m_thread);
        QCOMPARE(notesEditor()->toPlainText(), QString("first thread"));
        QTest::qWait(700); // loading is no edit: nothing is written back
        QCOMPARE(storedNotes(m_otherThread), QString("second"));
    }

    void threadNoteEditsUndoAndRedo()
    {
        m_pane->setThread(m_thread);
        QPlainTextEdit *editor = notesEditor();
        QUndoStack *stack = m_controller->undoStack();
        editor->setFocus();
        // Typing with pauses: each pause saves, and saves this close together are one step.
        QTest::keyClicks(editor, "# Claims");
        QTRY_COMPARE_WITH_TIMEOUT(storedNotes(m_thread), QString("# Claims"), 3000);
        QTest::keyClicks(editor, " on chips");
        QTRY_COMPARE_WITH_TIMEOUT(storedNotes(m_thread), QString("# Claims on chips"), 3000);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QString("Edit thread notes"));

        // Undo puts the earlier text back in the library and in the editor, which does
        // not save it again (redo stays possible).
        stack->undo();
        QCOMPARE(storedNotes(m_thread), QString());
        QCOMPARE(editor->toPlainText(), QString());
        QTest::qWait(ThreadNotesEditor::savePauseMs + 300);
        QCOMPARE(storedNotes(m_thread), QString());
        QVERIFY(stack->canRedo());
        stack->redo();
        QCOMPARE(storedNotes(m_thread), QString("# Claims on chips"));
        QCOMPARE(editor->toPlainText(), QString("# Claims on chips"));

        // Typing after a pause longer than the merge window is a step of its own.
        QTest::qWait(std::chrono::milliseconds(EditThreadNotesCommand::mergeWindow).count() + 300);
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, " win");
        QTRY_COMPARE_WITH_TIMEOUT(storedNotes(m_thread), QString("# Claims on chips win"), 3000);
        QCOMPARE(stack->count(), 2);
        stack->undo();
        QCOMPARE(editor->toPlainText(), QString("# Claims on chips"));
        QCOMPARE(storedNotes(m_thread), QString("# Claims on chips"));
        stack->undo();
        QCOMPARE(editor->toPlainText(), QString());
        QCOMPARE(storedNotes(m_thread), QString());
    }

    void leavingTheNotesSavesThemAtOnce()
    {
        m_pane->setThread(m_thread);
        QPlainTextEdit *editor = notesEditor();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, "before the menu");
        list()->setFocus(); // as the Edit menu takes it before Undo
        QCOMPARE(storedNotes(m_thread), QString("before the menu"));
        m_controller->undoStack()->undo();
        QCOMPARE(editor->toPlainText(), QString());
    }

    void undoOfAnotherThreadsNotesLeavesTheEditorAlone()
    {
        m_pane->setThread(m_thread);
        QTest::keyClicks(notesEditor(), "first thread");
        m_pane->setThread(m_otherThread); // saves the first thread's notes
        QTest::keyClicks(notesEditor(), "second");
        m_pane->setThread(m_thread); // saves the second thread's notes
        QCOMPARE(m_controller->undoStack()->count(), 2);
        m_controller->undoStack()->undo(); // the second thread's step, not shown
        QCOMPARE(storedNotes(m_otherThread), QString());
        QCOMPARE(notesEditor()->toPlainText(), QString("first thread"));
        QCOMPARE(storedNotes(m_thread), QString("first thread"));
    }

    void listsAnnotationsInTreeOrderWithOrphansApart()
    {
        // Annotate, then re-import a newer save that drops e5 and rewrites e4.
        m_pane->setThread(m_thread);
        m_pane->showAnnotations();
        QVERIFY(m_controller->create(passage("e2", 0, "Compute", {"compute"})).ok());
        QVERIFY(m_controller->create(passage("e4", 22, "export rules", {"policy"})).ok());
        QVERIFY(
            m_controller->create(passage("e1", 4, "export controls", {"compute/export-controls"}))
                .ok());
        Annotation whole;
        whole.commentSourceId = "e6";
        whole.note = "asks for a source";
        QVERIFY(m_controller->create(whole).ok());
        QCOMPARE(titles(list()->model()), (QStringList{"“export controls”", "Whole comment",
                                                       "“Compute”", "“export rules”"}));
        QVERIFY(!orphans()->isVisible());
        QVERIFY(list()->model()->index(1, 0).data().toString().contains("asks for a source"));

        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        QVERIFY(LibraryImporter(registry, *m_library)
                    .importFile(fixture("annotated-thread-resaved.json"))
                    .ok());
        m_controller->setThread(m_thread); // the window does this after a re-import
        QCOMPARE(titles(list()->model()),
                 (QStringList{"“export controls”", "Whole comment", "“Compute”"}));
        QVERIFY(orphans()->isVisible());
        QCOMPARE(titles(orphans()->model()), QStringList{"“export rules”"});
    }

    void filtersByTagIncludingTagsBelow()
    {
        m_pane->setThread(m_thread);
        QVERIFY(
            m_controller->create(passage("e1", 4, "export controls", {"compute/export-controls"}))
                .ok());
        QVERIFY(m_controller->create(passage("e2", 0, "Compute", {"compute"})).ok());
        QVERIFY(m_controller->create(passage("e3", 0, "Subsidies", {"economics"})).ok());
        auto *filter = m_pane->findChild<QComboBox *>("tagFilter");
        QCOMPARE(filter->count(), 4); // All, compute, compute/export-controls, economics
        m_pane->setTagFilter("compute");
        QCOMPARE(titles(list()->model()), (QStringList{"“export controls”", "“Compute”"}));
        filter->setCurrentIndex(filter->findData("economics"));
        QCOMPARE(titles(list()->model()), QStringList{"“Subsidies”"});
        m_pane->setTagFilter({});
        QCOMPARE(list()->model()->rowCount(), 3);
    }

    void activatingAnAnnotationAsksTheThreadToShowIt()
    {
        m_pane->setThread(m_thread);
        const auto created = m_controller->create(passage("e2", 0, "Compute"));
        QVERIFY(created.ok());
        m_pane->showAnnotations();
        QSignalSpy activated(m_pane.get(), &NotesPane::annotationActivated);
        const QModelIndex first = list()->model()->index(0, 0);
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {},
                          list()->visualRect(first).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), created->id);
        QCOMPARE(activated.at(0).at(1).toString(), QString("e2"));
        list()->setFocus();
        list()->setCurrentIndex(first);
        QTest::keyClick(list(), Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
    }

    void editingInPlaceIsUndoable()
    {
        m_pane->setThread(m_thread);
        const auto created = m_controller->create(passage("e2", 0, "Compute", {"compute"}));
        QVERIFY(created.ok());
        m_pane->showAnnotations();
        list()->setCurrentIndex(list()->model()->index(0, 0));

        auto *note = m_pane->findChild<QPlainTextEdit *>("annotationNote");
        QVERIFY(note && note->isEnabled());
        note->setFocus();
        QTest::keyClicks(note, "key point");
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->annotations().front().note, QString("key point"),
                                  3000);
        QCOMPARE(m_controller->undoStack()->count(), 2); // create + one note step

        auto *tags = m_pane->findChild<QLineEdit *>("annotationTags");
        tags->setFocus();
        tags->selectAll();
        QTest::keyClicks(tags, "compute, hardware");
        QTest::keyClick(tags, Qt::Key_Return);
        QCOMPARE(m_controller->annotations().front().tags, (QStringList{"compute", "hardware"}));

        auto *color = m_pane->findChild<QComboBox *>("annotationColor");
        const int blue = color->findData("blue");
        color->setCurrentIndex(blue);
        emit color->activated(blue);
        QCOMPARE(m_controller->annotations().front().color, QString("blue"));
        QCOMPARE(m_controller->undoStack()->count(), 4);

        m_controller->undoStack()->undo(); // colour
        m_controller->undoStack()->undo(); // tags
        QCOMPARE(tags->text(), QString("compute"));
        m_controller->undoStack()->undo(); // note
        QCOMPARE(note->toPlainText(), QString());
        const auto now = m_library->annotations().annotation(created->id);
        QVERIFY(now.ok());
        QCOMPARE(*now, *created);
        QCOMPARE(list()->currentIndex().row(), 0); // the row stays selected throughout
    }

    void deleteKeyDeletesUndoably()
    {
        m_pane->setThread(m_thread);
        const auto created = m_controller->create(passage("e2", 0, "Compute"));
        QVERIFY(created.ok());
        m_pane->showAnnotations();
        list()->setFocus();
        list()->setCurrentIndex(list()->model()->index(0, 0));
        QTest::keyClick(list(), Qt::Key_Delete);
        QCOMPARE(list()->model()->rowCount(), 0);
        m_controller->undoStack()->undo();
        QCOMPARE(list()->model()->rowCount(), 1);
        QCOMPARE(m_controller->annotations().front(), *created);
        const auto actions = list()->actions();
        QVERIFY(std::any_of(actions.begin(), actions.end(),
                            [](QAction *a) { return a->text().contains("Delete Annotation"); }));
    }

    void tagCompleterOffersAndInsertsNames()
    {
        m_pane->setThread(m_thread);
        QVERIFY(
            m_controller->create(passage("e1", 4, "export controls", {"compute/export-controls"}))
                .ok());
        QLineEdit edit;
        TagCompleter completer(*m_library);
        completer.attachTo(&edit);
        QCOMPARE(completer.candidates("policy, exp"), QStringList{"compute/export-controls"});
        QCOMPARE(completer.candidates("policy, "), QStringList());
        edit.setText("policy, exp");
        completer.insertCompletion("compute/export-controls");
        QCOMPARE(edit.text(), QString("policy, compute/export-controls"));
        QCOMPARE(TagCompleter::split(edit.text()),
                 (QStringList{"policy", "compute/export-controls"}));
    }
};

QTEST_MAIN(TestNotesPane)
#include "tst_notespane.moc"
