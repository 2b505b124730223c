// Read state through the library editor: reading is no undo step, marking a whole thread
// read or unread is one whose undo restores exactly the earlier unread set; each tells the
// views (readStateChanged). And the loader hands the view a re-imported thread's history.

#include "import/importerregistry.h"
#include "library/annotatedthreadloader.h"
#include "library/libraryeditor.h"
#include "library/libraryimporter.h"
#include "store/library.h"
#include "store/readstatestore.h"
#include "store/threadstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

} // namespace

class TestReadStateEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;
    qint64 m_thread = 0;
    std::unique_ptr<LibraryEditor> m_editor;

    bool importFixture(const QString &name)
    {
        const ImporterRegistry registry = ImporterRegistry::withAllFormats();
        const FileImportResult imported =
            LibraryImporter(registry, *m_library).importFile(fixture(name));
        if (!imported.ok())
            return false;
        m_thread = imported.threads.at(0).threadId;
        return true;
    }
    QStringList unread() { return m_library->readState().unreadIds(m_thread).value(); }

private slots:
    void init()
    {
        m_library = std::move(
            Library::open(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_counter)))
                .value());
        QVERIFY(importFixture(QStringLiteral("resave-v1.json")));
        m_editor = std::make_unique<LibraryEditor>(*m_library);
        m_editor->setThread(m_thread);
    }

    void cleanup()
    {
        m_editor.reset();
        m_library.reset();
    }

    void readingIsNoUndoStep()
    {
        QSignalSpy changed(m_editor.get(), &LibraryEditor::readStateChanged);
        QVERIFY(m_editor->markCommentsRead({QStringLiteral("r1"), QStringLiteral("r4")}).ok());
        QCOMPARE(unread(), QStringList({"r2", "r3", "r5"}));
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), m_thread);
        QVERIFY(m_editor->markCommentsRead({QStringLiteral("r4")}, false).ok());
        QCOMPARE(unread(), QStringList({"r2", "r3", "r4", "r5"}));
        QCOMPARE(changed.count(), 2);
    }

    void markingAThreadReadUndoesToTheExactUnreadSet()
    {
        QVERIFY(m_editor->markCommentsRead({QStringLiteral("r2"), QStringLiteral("r5")}).ok());
        const QStringList before = unread();
        QCOMPARE(before, QStringList({"r1", "r3", "r4"}));
        QSignalSpy changed(m_editor.get(), &LibraryEditor::readStateChanged);

        QVERIFY(m_editor->setThreadRead(m_thread, true).ok());
        QVERIFY(unread().isEmpty());
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QCOMPARE(m_library->threads().listThreads().value().front().unreadCount, 0);
        m_editor->undoStack()->undo();
        QCOMPARE(unread(), before);
        QCOMPARE(m_library->threads().listThreads().value().front().unreadCount, 3);
        m_editor->undoStack()->redo();
        QVERIFY(unread().isEmpty());
        QCOMPARE(changed.count(), 3);

        QVERIFY(m_editor->setThreadRead(m_thread, false).ok());
        QCOMPARE(unread(), QStringList({"r1", "r2", "r3", "r4", "r5"}));
        m_editor->undoStack()->undo();
        QVERIFY(unread().isEmpty());
        m_editor->undoStack()->undo();
        QCOMPARE(unread(), before);
    }

    void visitingMakesNothingNew()
    {
        QVERIFY(importFixture(QStringLiteral("resave-v2.json")));
        QCOMPARE(AnnotatedThreadLoader::load(*m_library, m_thread)->history.fresh.size(), 3);
        QSignalSpy changed(m_editor.get(), &LibraryEditor::readStateChanged);
        QVERIFY(m_editor->markThreadVisited(m_thread).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        const AnnotatedThread loaded = AnnotatedThreadLoader::load(*m_library, m_thread).value();
        QVERIFY(loaded.history.fresh.isEmpty());
        QVERIFY(loaded.history.isUnread(QStringLiteral("r6")));
    }

    // The view gets what changed between the saves with the thread.
    void theLoaderFillsTheHistory()
    {
        QVERIFY(importFixture(QStringLiteral("resave-v2.json")));
        const AnnotatedThread loaded = AnnotatedThreadLoader::load(*m_library, m_thread).value();
        QCOMPARE(loaded.history.saves.size(), size_t(2));
        QVERIFY(loaded.history.isEdited(QStringLiteral("r1")));
        QVERIFY(loaded.history.isNew(QStringLiteral("r7")));
        QVERIFY(loaded.history.missingSince.contains(QStringLiteral("r5")));
        QVERIFY(loaded.history.keptAfterRemoval.contains(QStringLiteral("r4")));
    }

    void aReadOnlyLibraryRefusesEveryChange()
    {
        QSignalSpy changed(m_editor.get(), &LibraryEditor::readStateChanged);
        m_editor->setReadOnly(QStringLiteral("another Scholia is importing"));
        QVERIFY(!m_editor->markCommentsRead({QStringLiteral("r1")}).ok());
        QVERIFY(!m_editor->setThreadRead(m_thread, true).ok());
        QVERIFY(!m_editor->markThreadVisited(m_thread).ok());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QCOMPARE(unread().size(), 5);
    }

    void anUnknownThreadPushesNothing()
    {
        QVERIFY(!m_editor->setThreadRead(m_thread + 1, true).ok());
        QCOMPARE(m_editor->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReadStateEditing)
#include "tst_readstateediting.moc"
