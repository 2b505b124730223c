// Every earlier schema version migrates to the latest with everything intact. The
// fixtures were made by the schema steps of those versions (make-libraries.py).

#include "store/annotationlinkstore.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/librarybackups.h"
#include "store/libraryintegrity.h"
#include "store/readstatestore.h"
#include "store/schemamigrator.h"
#include "store/searchengine.h"
#include "store/searchquery.h"
#include "store/tagstore.h"
#include "store/threadhistorystore.h"
#include "store/threadnotesstore.h"
#include "store/threadstore.h"
#include "store/threadtagstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Scholia;

class TestSchemaMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A copy: the fixture itself is never opened for writing.
    QString copyOf(int version)
    {
        const QString folder = m_dir.filePath(QStringLiteral("v%1").arg(version));
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("library.sqlite"));
        QFile::copy(
            QStringLiteral(SCHOLIA_TEST_FIXTURES "/libraries/library-v%1.sqlite").arg(version),
            path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    QStringList searchThreads(Library &library, const QString &text)
    {
        auto page = library.search().search(SearchQueryParser::parse(text).value(), 0, 50);
        if (!page)
            return {page.error().toString()};
        QStringList kinds;
        for (const SearchHit &hit : page->hits)
            kinds << QStringLiteral("%1:%2").arg(int(hit.kind)).arg(hit.commentSourceId);
        kinds.sort();
        return kinds;
    }

private slots:
    void migratesWithEverythingIntact_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < SchemaMigrator::latestVersion(); ++version)
            QTest::addRow("from v%d", version) << version;
    }
    void migratesWithEverythingIntact()
    {
        QFETCH(int, version);
        const QString path = copyOf(version);
        QVERIFY(QFileInfo::exists(path));
        auto opened = Library::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        Library &library = **opened;
        QCOMPARE(library.schemaVersion(), SchemaMigrator::latestVersion());

        // The thread and its comments, in order.
        const auto thread = library.threads().loadThread(1);
        QVERIFY2(thread.ok(), qPrintable(thread.ok() ? QString() : thread.error().toString()));
        QCOMPARE(thread->title, QStringLiteral("Root vegetables in winter"));
        QCOMPARE(int(thread->comments.size()), 4);
        QCOMPARE(thread->comments[2].sourceId, QStringLiteral("c3"));
        QCOMPARE(thread->comments[2].depth, 2);
        QCOMPARE(thread->comments[2].author, QStringLiteral("ada"));

        // Annotations with their selectors, tags and notes.
        const auto annotations = library.annotations().listForThread(1);
        QVERIFY(annotations.ok());
        QCOMPARE(int(annotations->size()), 2);
        const Annotation &highlight =
            annotations->front().id == 1 ? annotations->front() : annotations->back();
        QCOMPARE(highlight.quote.exact, QStringLiteral("caramelises them"));
        QVERIFY(highlight.position.has_value());
        QCOMPARE(highlight.note, QStringLiteral("the Maillard point"));
        QCOMPARE(highlight.tags, QStringList{QStringLiteral("technique")});
        QCOMPARE(int(library.tags().list()->size()), 2);
        QCOMPARE(library.threadTags().tags(1).value(),
                 QStringList{QStringLiteral("recipes/winter")});
        QVERIFY(library.notes().load(1).value().contains(QStringLiteral("*swede*")));
        if (version >= 2)
            QCOMPARE(library.threads().loadViewState(1).value().focused, QStringLiteral("c4"));

        // The search (schema v3) finds the old content of every kind.
        QCOMPARE(searchThreads(library, QStringLiteral("caramelises")).size(),
                 2); // comment + annotation
        QVERIFY(!searchThreads(library, QStringLiteral("turnips")).isEmpty()); // the post
        QCOMPARE(searchThreads(library, QStringLiteral("swede")).size(), 1);   // notes
        QCOMPARE(searchThreads(library, QStringLiteral("celeriac")).size(),
                 1);                                                         // an annotation's note
        QCOMPARE(searchThreads(library, QStringLiteral("cyril")).size(), 1); // an author

        // What a save lacked (schema v4): before v4 only the "more" placeholders said it.
        const auto partial = library.threads().loadThread(2);
        QVERIFY(partial.ok());
        QCOMPARE(partial->gaps.missingComments, 7);
        QCOMPARE(partial->gaps.uncountedGaps, 1);
        QVERIFY(!partial->gaps.siteTotal.has_value());
        QVERIFY(thread->gaps.isWhole());
        QCOMPARE(searchThreads(library, QStringLiteral("is:incomplete steadier")).size(), 1);
        QVERIFY(searchThreads(library, QStringLiteral("is:incomplete caramelises")).isEmpty());

        // Arguments (schema v5): the old annotations got distinct uuids, kept on reading,
        // and links can be made between them.
        QVERIFY(!annotations->front().uuid.isNull());
        QVERIFY(!annotations->back().uuid.isNull());
        QVERIFY(annotations->front().uuid != annotations->back().uuid);
        QCOMPARE(library.annotations().annotationByUuid(highlight.uuid).value(),
                 std::optional(highlight));
        AnnotationLink draft;
        draft.from = 2;
        draft.to = highlight.id;
        draft.type = AnnotationLinkType::Rebuts;
        const auto link = library.links().create(draft);
        QVERIFY2(link.ok(), qPrintable(link.ok() ? QString() : link.error().toString()));
        QCOMPARE(library.links().linksForThread(1).value(), std::vector{*link});
        // A new annotation gets a uuid of its own too.
        Annotation fresh;
        fresh.threadId = 1;
        fresh.commentSourceId = QStringLiteral("c1");
        const auto created = library.annotations().create(fresh);
        QVERIFY(created.ok());
        QVERIFY(!created->uuid.isNull());
        QVERIFY(created->uuid != highlight.uuid);

        // Versions and read state (schema v6): each old thread is one save at its last
        // update, nothing in it new or unread; a comment an earlier re-import no longer
        // held (the v5 fixture has one) is missing since that save.
        const auto history = library.history().load(1);
        QVERIFY2(history.ok(), qPrintable(history.ok() ? QString() : history.error().toString()));
        QCOMPARE(history->saves.size(), size_t(1));
        QCOMPARE(history->saves.front(),
                 QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc()));
        QVERIFY(history->earlierVersions.isEmpty());
        QVERIFY(history->unread.isEmpty());
        QVERIFY(history->fresh.isEmpty());
        if (version >= 5)
            QCOMPARE(history->missingSince.keys(), QStringList{QStringLiteral("c4")});
        else
            QVERIFY(history->missingSince.isEmpty());
        const auto versions = library.history().versions(1, QStringLiteral("c3"));
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), size_t(1));
        QCOMPARE(versions->front().bodyText, thread->comments[2].bodyText);
        QCOMPARE(versions->front().savedAt, history->saves.front());
        // A newer save of the old thread keeps the text it replaces, and marks it new.
        ThreadDocument resaved = *thread;
        resaved.comments[2].bodyText = QStringLiteral("Roasting caramelises them, mostly.");
        QVERIFY(library.threads().saveThread(resaved).ok());
        const auto after = library.history().load(1);
        QCOMPARE(after->saves.size(), size_t(2));
        QCOMPARE(after->earlierVersions.value(QStringLiteral("c3")).size(), size_t(1));
        QCOMPARE(after->fresh, QSet<QString>{QStringLiteral("c3")});
        QCOMPARE(library.readState().unreadIds(1).value(), QStringList{QStringLiteral("c3")});

        // Schema v7: comment rows are indexed by the save, not by a trigger. A migrated
        // library finds the new text and a new comment, and no longer the replaced words.
        ThreadDocument withReply = library.threads().loadThread(1).value();
        Comment reply;
        reply.sourceId = QStringLiteral("c5");
        reply.bodyText = QStringLiteral("Celeriac works the same way.");
        reply.bodyHtml = QStringLiteral("<p>Celeriac works the same way.</p>");
        reply.siblingIndex = 2;
        withReply.comments.push_back(reply);
        QVERIFY(library.threads().saveThread(withReply).ok());
        const auto found = [&library](const char *words) {
            QStringList ids;
            const auto page = library.search().search(
                SearchQueryParser::parse(QString::fromUtf8(words)).value(), 0, 20);
            for (const SearchHit &hit : page.value().hits)
                if (hit.kind == SearchHit::Kind::Comment)
                    ids << hit.commentSourceId;
            return ids;
        };
        QCOMPARE(found("mostly"), QStringList{QStringLiteral("c3")});
        QCOMPARE(found("sweetness"), QStringList());
        QCOMPARE(found("celeriac"), QStringList{QStringLiteral("c5")});
        QCOMPARE(found("parsnips"), QStringList{QStringLiteral("c1")});

        // Schema v8: an annotation keeps its comment's row id, which is:annotated reads:
        // the old annotations (c3, c4) got it from the migration, the new one (c1) when
        // made, and one on the new comment (c5) too; c2 carries none.
        QCOMPARE(found("is:annotated mostly"), QStringList{QStringLiteral("c3")});
        QCOMPARE(found("is:annotated parsnips"), QStringList{QStringLiteral("c1")});
        QCOMPARE(found("is:annotated celeriac"), QStringList());
        Annotation onReply;
        onReply.threadId = 1;
        onReply.commentSourceId = QStringLiteral("c5");
        QVERIFY(library.annotations().create(onReply).ok());
        QCOMPARE(found("is:annotated celeriac"), QStringList{QStringLiteral("c5")});
        QCOMPARE(found("author:ada is:annotated").size(), qsizetype(2)); // c1 and c3

        // And a backup of the library as it was, before anything changed.
        const auto backups = LibraryBackups(path).list();
        QCOMPARE(int(backups.size()), 1);
        QCOMPARE(backups.front().reason,
                 QStringLiteral("before-v%1").arg(SchemaMigrator::latestVersion()));
        QCOMPARE(LibraryIntegrity::integrityCheckFile(backups.front().path), QString());
        auto old = Library::open(backups.front().path); // migrates the copy; fine for a test
        QVERIFY(old.ok());
    }

    void aNewLibraryNeedsNoBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/library.sqlite"));
        QVERIFY(Library::open(path).ok());
        QVERIFY(LibraryBackups(path).list().empty());
        QVERIFY(!QFileInfo::exists(LibraryBackups(path).folder()));
    }

    void theLatestVersionIsNotBackedUpOnOpen()
    {
        const QString path = copyOf(1);
        QVERIFY(Library::open(path).ok());
        QVERIFY(Library::open(path).ok());
        QCOMPARE(int(LibraryBackups(path).list().size()), 1);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrations)
#include "tst_schemamigrations.moc"
