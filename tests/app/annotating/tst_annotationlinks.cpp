// Links between annotations in the window: the popover's "Link to…" opens a picker that
// lists the thread's other annotations and finds others by search, and makes the link
// through the LibraryEditor (one undoable step; a refusal keeps the dialog open); the notes
// pane lists the selected annotation's links both ways round, goes to the other end
// (another thread's included) and removes a link, undoably.

#include "app/annotating/annotationlinklist.h"
#include "app/annotating/annotationlinkmodel.h"
#include "app/annotating/linkeditdialog.h"
#include "app/annotating/linkpickerdialog.h"
#include "app/annotating/annotationpopover.h"
#include "app/annotating/notespane.h"
#include "import/importerregistry.h"
#include "library/libraryeditor.h"
#include "library/libraryimporter.h"
#include "store/annotationlinkstore.h"
#include "store/annotationstore.h"
#include "store/library.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

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
    return draft;
}

QStringList lines(const QAbstractItemModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, 0).data().toString();
    return result;
}

} // namespace

class TestAnnotationLinks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<LibraryEditor> m_editor;
    qint64 m_thread = 0;
    qint64 m_otherThread = 0;
    Annotation m_claim;  // e1 "export controls"
    Annotation m_reply;  // e2 "Compute"
    Annotation m_far;    // c1 "Fish", on the other thread

    std::vector<AnnotationLink> storedLinks()
    {
        auto links = m_library->links().linksForThread(m_thread);
        return links ? *links : std::vector<AnnotationLink>{};
    }

    // Opens the popover on the reply and presses "Link to…"; the picker it opened.
    LinkPickerDialog *openPicker(QWidget &window)
    {
        auto *popover = new AnnotationPopover(m_reply, *m_editor, *m_library, &window);
        LinkPickerDialog *opened = nullptr;
        connect(popover, &AnnotationPopover::linkPickerOpened, this,
                [&opened](LinkPickerDialog *picker) { opened = picker; });
        popover->popUp(QRect(window.mapToGlobal(QPoint(10, 10)), QSize(40, 12))); // the selection
        auto *button = popover->findChild<QPushButton *>("linkButton");
        if (!button)
            return nullptr;
        button->click();
        return opened;
    }

private slots:
    void init()
    {
        m_library = std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter))).value());
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        LibraryImporter importer(registry, *m_library);
        const FileImportResult annotated = importer.importFile(fixture("annotated-thread.json"));
        const FileImportResult small = importer.importFile(fixture("small-thread.json"));
        QVERIFY(annotated.ok() && small.ok());
        m_thread = annotated.threads.at(0).threadId;
        m_otherThread = small.threads.at(0).threadId;
        m_editor = std::make_unique<LibraryEditor>(*m_library);
        Annotation far = passage("c1", 0, "Fish");
        far.threadId = m_otherThread;
        far.note = "about fish";
        m_far = m_editor->create(far).value();
        m_editor->setThread(m_thread);
        m_claim = m_editor->create(passage("e1", 4, "export controls")).value();
        m_reply = m_editor->create(passage("e2", 0, "Compute")).value();
        m_editor->undoStack()->clear();
    }

    void cleanup()
    {
        m_editor.reset();
        m_library.reset();
    }

    void popoverLinksThroughTheEditorAndUndoes()
    {
        QWidget window;
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPointer<LinkPickerDialog> picker = openPicker(window);
        QVERIFY(picker);
        QVERIFY(picker->isVisible());
        // This thread's other annotations, not the passage itself.
        QCOMPARE(picker->candidates(), (QList<qint64>{m_claim.id}));
        QVERIFY(picker->selectTarget(m_claim.id));
        auto *type = picker->findChild<QComboBox *>("linkType");
        QCOMPARE(type->count(), 5);
        type->setCurrentIndex(type->findData("rebuts"));
        picker->findChild<QLineEdit *>("linkNote")->setText("the figures say otherwise");
        picker->accept();
        QVERIFY(picker->createdLink() > 0);

        const auto links = storedLinks();
        QCOMPARE(links.size(), size_t(1));
        QCOMPARE(links.front().from, m_reply.id);
        QCOMPARE(links.front().to, m_claim.id);
        QCOMPARE(links.front().type, AnnotationLinkType::Rebuts);
        QCOMPARE(links.front().note, QString("the figures say otherwise"));
        QCOMPARE(m_editor->undoStack()->undoText(), QString("Link passages"));
        m_editor->undoStack()->undo();
        QVERIFY(storedLinks().empty());
        m_editor->undoStack()->redo();
        QCOMPARE(storedLinks().size(), size_t(1));
        QTRY_VERIFY(!picker); // closed and deleted
    }

    void pickerFindsPassagesAcrossTheLibrary()
    {
        LinkPickerDialog picker(m_reply, *m_library, *m_editor);
        auto *search = picker.findChild<QLineEdit *>("linkSearch");
        search->setText("fish");
        QTRY_COMPARE(picker.candidates(), (QList<qint64>{m_far.id}));
        QVERIFY(picker.selectTarget(m_far.id));
        if (const QString shots = qEnvironmentVariable("SCHOLIA_SCREENSHOT_DIR"); !shots.isEmpty())
            picker.grab().save(shots + "/link-picker.png");
        picker.accept();
        const auto links = storedLinks();
        QCOMPARE(links.size(), size_t(1));
        QCOMPARE(links.front().to, m_far.id); // across threads
        search->clear();
        QTRY_COMPARE(picker.candidates(), (QList<qint64>{m_claim.id}));
    }

    void refusedLinkKeepsThePickerOpen()
    {
        QVERIFY(m_editor->createLink({0, {}, m_reply.id, m_claim.id, AnnotationLinkType::Supports}).ok());
        const int steps = m_editor->undoStack()->count();
        LinkPickerDialog picker(m_reply, *m_library, *m_editor);
        picker.show();
        QVERIFY(picker.selectTarget(m_claim.id)); // supports again: the library says no
        picker.accept();
        QCOMPARE(picker.createdLink(), qint64(0));
        QVERIFY(picker.isVisible());
        QVERIFY(picker.findChild<QLabel *>("linkError")->isVisible());
        QCOMPARE(m_editor->undoStack()->count(), steps);
    }

    void notesPaneListsLinksBothWaysRound()
    {
        QVERIFY(m_editor->createLink({0, {}, m_reply.id, m_claim.id, AnnotationLinkType::Rebuts}).ok());
        QVERIFY(m_editor->createLink({0, {}, m_claim.id, m_far.id, AnnotationLinkType::SamePoint}).ok());
        NotesPane pane(*m_library, *m_editor);
        pane.resize(400, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setThread(m_thread);
        pane.showAnnotations();
        auto *list = pane.findChild<QListView *>("annotationList");
        auto *links = pane.findChild<QListView *>("linkList");
        QVERIFY(list && links);
        list->setCurrentIndex(list->model()->index(0, 0)); // the claim, first in the tree
        QTRY_COMPARE(links->model()->rowCount(), 2);
        const QStringList shown = lines(links->model());
        QVERIFY2(shown.at(0).startsWith(QString("rebutted by #%1").arg(m_reply.id)), qPrintable(shown.join('|')));
        QVERIFY2(shown.at(0).contains("Compute"), qPrintable(shown.at(0)));
        QVERIFY2(shown.at(1).contains(QString("#%1").arg(m_far.id)), qPrintable(shown.at(1)));
        QVERIFY2(shown.at(1).contains("Cats"), qPrintable(shown.at(1))); // the other thread named
        if (const QString shots = qEnvironmentVariable("SCHOLIA_SCREENSHOT_DIR"); !shots.isEmpty())
            pane.grab().save(shots + "/notes-links.png");

        // Going to the other end: the other thread, at its comment.
        QSignalSpy activated(&pane, &NotesPane::linkedPassageActivated);
        links->setCurrentIndex(links->model()->index(1, 0));
        emit links->activated(links->currentIndex());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toLongLong(), m_otherThread);
        QCOMPARE(activated.first().at(1).toLongLong(), m_far.id);
        QCOMPARE(activated.first().at(2).toString(), QString("c1"));

        // Removing one from there is a step of its own (Delete is a shortcut: the window
        // must be the active one).
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        links->setFocus();
        links->setCurrentIndex(links->model()->index(0, 0));
        QTest::keyClick(links, Qt::Key_Delete);
        QTRY_COMPARE(links->model()->rowCount(), 1);
        QCOMPARE(m_editor->undoStack()->undoText(), QString("Remove link"));
        m_editor->undoStack()->undo();
        QTRY_COMPARE(links->model()->rowCount(), 2);
    }

    void aLinkIsEditedFromTheNotesPane()
    {
        const auto created = m_editor->createLink({0, {}, m_reply.id, m_claim.id, AnnotationLinkType::Supports});
        QVERIFY(created.ok());
        AnnotationLinkList list(*m_library, *m_editor);
        list.setAnnotation(m_reply.id);
        list.view()->setCurrentIndex(list.model()->index(0, 0));
        // The dialog answers only what changed.
        {
            LinkEditDialog unchanged(*created);
            const AnnotationLinkEdit none = unchanged.edit();
            QVERIFY(!none.type && !none.note);
        }
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<LinkEditDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *type = dialog->findChild<QComboBox *>("linkType");
            type->setCurrentIndex(type->findData("answers"));
            dialog->findChild<QLineEdit *>("linkNote")->setText("in part");
            dialog->accept();
        });
        list.editCurrent();
        const auto edited = m_library->links().link(created->id).value();
        QCOMPARE(edited.type, AnnotationLinkType::Answers);
        QCOMPARE(edited.note, QString("in part"));
        QCOMPARE(m_editor->undoStack()->undoText(), QString("Edit link"));
        QTRY_VERIFY(list.model()->index(0, 0).data().toString().startsWith("answers"));
        m_editor->undoStack()->undo();
        QCOMPARE(m_library->links().link(created->id).value(), *created);
    }

    void linkToFromTheNotesPaneOpensThePicker()
    {
        AnnotationLinkList list(*m_library, *m_editor);
        auto *button = list.findChild<QPushButton *>("linkToButton");
        QVERIFY(button);
        list.setAnnotation(m_claim.id);
        button->click();
        auto *picker = list.findChild<LinkPickerDialog *>();
        QVERIFY(picker);
        QCOMPARE(picker->candidates(), (QList<qint64>{m_reply.id}));
        QVERIFY(picker->selectTarget(m_reply.id));
        picker->accept();
        QTRY_COMPARE(list.model()->rowCount(), 1);
    }

    void orphanedEndsAreMarked()
    {
        // As a re-import leaves a passage it cannot find: kept, orphaned.
        Annotation orphan = m_library->annotations().remove(m_claim.id).value();
        orphan.anchorState = AnchorState::Orphaned;
        QVERIFY(m_library->annotations().restore(orphan).ok());
        QVERIFY(m_editor->createLink({0, {}, m_reply.id, m_claim.id, AnnotationLinkType::Rebuts}).ok());
        AnnotationLinkModel model(*m_library);
        model.setAnnotation(m_reply.id, m_thread);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(AnnotationLinkModel::OrphanedRole).toBool());
        QVERIFY2(model.index(0, 0).data().toString().contains("no longer found"),
                 qPrintable(model.index(0, 0).data().toString()));
    }
};

QTEST_MAIN(TestAnnotationLinks)
#include "tst_annotationlinks.moc"
