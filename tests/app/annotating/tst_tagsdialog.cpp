// The Tags dialog: the library's tags as a tree with counts that include the tags below,
// and rename, merge, recolour and delete, each one step on the annotation undo stack.

#include "app/annotating/tagsdialog.h"
#include "app/annotating/tagtreemodel.h"
#include "import/importerregistry.h"
#include "library/libraryeditor.h"
#include "library/libraryimporter.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

#include <QApplication>
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

Annotation passage(const QString &comment, qsizetype start, const QString &exact,
                   const QStringList &tags)
{
    Annotation draft;
    draft.commentSourceId = comment;
    draft.position = TextPositionSelector{start, start + exact.size()};
    draft.quote.exact = exact;
    draft.tags = tags;
    return draft;
}

} // namespace

class TestTagsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<LibraryEditor> m_controller;
    std::vector<Annotation> m_made;

    QStringList tagNames()
    {
        QStringList names;
        for (const Tag &tag : m_library->tags().list().value())
            names << tag.name;
        return names;
    }
    Annotation stored(qint64 id) { return m_library->annotations().annotation(id).value(); }

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
        m_controller = std::make_unique<LibraryEditor>(*m_library);
        m_controller->setThread(imported.threads.at(0).threadId);
        m_made.clear();
        for (const Annotation &draft :
             {passage("e1", 4, "export controls", {"compute/export-controls", "policy"}),
              passage("e2", 0, "Compute", {"compute/chips"}),
              passage("e3", 0, "Subsidies", {"policy/subsidies", "economics"})}) {
            auto made = m_controller->create(draft);
            QVERIFY(made.ok());
            m_made.push_back(*made);
        }
        m_controller->undoStack()->clear();
    }

    void cleanup()
    {
        m_controller.reset();
        m_library.reset();
    }

    void showsTheTagTreeWithCountsIncludingChildren()
    {
        TagsDialog dialog(*m_library, *m_controller);
        TagTreeModel *model = dialog.model();
        QStringList top;
        for (int row = 0; row < model->rowCount(); ++row)
            top << model->index(row, TagTreeModel::NameColumn).data().toString();
        QCOMPARE(top, (QStringList{"compute", "economics", "policy"}));

        // "compute" is no tag of its own: a node that adds up its children.
        const QModelIndex compute = model->index(0, TagTreeModel::NameColumn);
        QCOMPARE(compute.data(TagTreeModel::TagNameRole).toString(), QString());
        QCOMPARE(model->rowCount(compute), 2);
        QCOMPARE(model->index(0, TagTreeModel::AnnotationsColumn).data().toInt(), 2);
        const QModelIndex policy = model->indexOf("policy");
        QVERIFY(policy.isValid());
        QCOMPARE(policy.siblingAtColumn(TagTreeModel::AnnotationsColumn).data().toInt(), 2);
        QCOMPARE(policy.data(TagTreeModel::OwnAnnotationCountRole).toInt(), 1);
        QCOMPARE(model->indexOf("compute/chips").data().toString(), QString("chips"));
    }

    void renameFollowsChildrenAndUndoes()
    {
        TagsDialog dialog(*m_library, *m_controller);
        QVERIFY(dialog.renameTag("policy", "regulation"));
        QVERIFY(tagNames().contains("regulation/subsidies"));
        QVERIFY(!tagNames().contains("policy"));
        QVERIFY(dialog.model()->indexOf("regulation/subsidies").isValid());
        QCOMPARE(dialog.selectedTags(), QStringList{"regulation"});
        QCOMPARE(m_controller->annotations().front().tags,
                 (QStringList{"compute/export-controls", "regulation"}));

        m_controller->undoStack()->undo();
        QVERIFY(dialog.model()->indexOf("policy/subsidies").isValid()); // reloaded
        for (const Annotation &made : m_made)
            QCOMPARE(stored(made.id), made);

        QVERIFY(!dialog.renameTag("policy", "economics")); // taken
        QVERIFY(!dialog.message().isEmpty());
        QCOMPARE(m_controller->undoStack()->count(), 1);
        QCOMPARE(m_controller->undoStack()->index(), 0);
    }

    void mergeTwoIntoOneAndUndo()
    {
        TagsDialog dialog(*m_library, *m_controller);
        QVERIFY(dialog.mergeTags("economics", "policy/subsidies"));
        QVERIFY(!tagNames().contains("economics"));
        QCOMPARE(stored(m_made[2].id).tags, QStringList{"policy/subsidies"}); // no duplicate
        QVERIFY(!dialog.model()->indexOf("economics").isValid());

        m_controller->undoStack()->undo();
        QCOMPARE(stored(m_made[2].id), m_made[2]);
        QVERIFY(dialog.model()->indexOf("economics").isValid());
        m_controller->undoStack()->redo();
        QCOMPARE(stored(m_made[2].id).tags, QStringList{"policy/subsidies"});
    }

    void deleteSaysHowManyAndUndoes()
    {
        QVERIFY(TagsDialog::deleteQuestion("policy", 1).contains("1 annotation carry") ||
                TagsDialog::deleteQuestion("policy", 1).contains("1 annotation"));
        QVERIFY(TagsDialog::deleteQuestion("policy", 3).contains("3"));
        TagsDialog dialog(*m_library, *m_controller);
        QVERIFY(dialog.deleteTag("policy"));
        QCOMPARE(stored(m_made[0].id).tags, QStringList{"compute/export-controls"});
        QVERIFY(tagNames().contains("policy/subsidies")); // the tags below stay
        QVERIFY(!dialog.model()->indexOf("policy").isValid());
        m_controller->undoStack()->undo();
        QCOMPARE(stored(m_made[0].id), m_made[0]);
        QVERIFY(dialog.model()->indexOf("policy").isValid());
    }

    void recolourAndUndo()
    {
        TagsDialog dialog(*m_library, *m_controller);
        const QString before =
            dialog.model()->indexOf("economics").data(TagTreeModel::ColorRole).toString();
        QVERIFY(dialog.recolorTag("economics", before == "purple" ? "green" : "purple"));
        QVERIFY(dialog.model()->indexOf("economics").data(TagTreeModel::ColorRole).toString() !=
                before);
        m_controller->undoStack()->undo();
        QCOMPARE(dialog.model()->indexOf("economics").data(TagTreeModel::ColorRole).toString(),
                 before);
        QVERIFY(!dialog.recolorTag("economics", "no-such-colour"));
    }
};

QTEST_MAIN(TestTagsDialog)
#include "tst_tagsdialog.moc"
