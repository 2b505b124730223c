// scholia-bench-scale: the library at scale (issue 17): a generated library of 10 000 000
// comments in 100 000 threads (ScaleLibraryGenerator), and on it
//   - the first page of the 20-query search mix (as scholia-bench-search);
//   - the library pane (LibraryPane, its ThreadListModel and sort/filter proxy, the real
//     widgets on the offscreen platform): loading the list, each keystroke of a filter
//     typed in its box, sorting by each column;
//   - opening a thread from the library, as ThreadSchemeHandler builds its page: the
//     store's loadThread, view state, annotations, history, then the HTML render, for a
//     typical thread (the one nearest 100 comments) and the biggest; the web engine's
//     part (parsing and laying out that page) is scholia-bench-view's;
//   - the file's size per comment, with and without the full-text indexes (dbstat).
// A benchmark, not a test: it asserts nothing and prints a table (BenchTable).
// The library is generated once and kept (--db, default ../bench-cache/library-N.sqlite
// next to the binary) with a mark naming the generator's version, the schema's version,
// the seed and the sizes: the generator, seed or sizes changed, it is made again; made at
// an older schema, it is migrated in place (without Library's backup) and its mark updated.

#include "app/library/librarypane.h"
#include "app/library/threadlistmodel.h"
#include "app/threadview/threadschemehandler.h"
#include "benchtable.h"
#include "core/threadhistory.h"
#include "render/screencommentlimit.h"
#include "render/threadhtmlrenderer.h"
#include "render/threadscripts.h"
#include "scalelibrarygenerator.h"
#include "searchquerymix.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/schemamigrator.h"
#include "store/sqlitedatabase.h"
#include "store/sqliteerror.h"
#include "store/threadhistorystore.h"
#include "store/threadstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>

namespace {

using namespace Scholia;
using Unit = BenchTable::Unit;

struct Options
{
    qint64 comments = 10000000;
    int threads = 100000;
    int runs = 5;
    quint64 seed = 1;
    QString db;
    QString json;
    QString filter = QStringLiteral("housing");
    QStringList measures; // size, search, pane, open
};

Options readOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times search, the library pane and opening "
                                                    "threads in a generated library."));
    parser.addHelpOption();
    const QCommandLineOption comments(QStringLiteral("comments"), QStringLiteral("Comments in the library."),
                                      QStringLiteral("N"), QStringLiteral("10000000"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Threads in the library."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per measure."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Library file (default: cached in ../bench-cache)."),
                                QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write every sample here."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("What is typed in the library's filter box."),
                                    QStringLiteral("TEXT"), QStringLiteral("housing"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Comma-separated subset of size,search,pane,open."),
                                  QStringLiteral("LIST"), QStringLiteral("size,search,pane,open"));
    parser.addOptions({comments, threads, runs, seed, db, json, filter, only});
    parser.process(app);
    Options options;
    options.comments = qMax<qint64>(1, parser.value(comments).toLongLong());
    options.threads = qMax(1, parser.value(threads).toInt());
    options.runs = qMax(1, parser.value(runs).toInt());
    options.seed = parser.value(seed).toULongLong();
    options.json = parser.value(json);
    options.filter = parser.value(filter);
    options.measures = parser.value(only).split(QLatin1Char(','));
    options.db = parser.isSet(db)
                     ? parser.value(db)
                     : QDir(QCoreApplication::applicationDirPath())
                           .absoluteFilePath(QStringLiteral("../bench-cache/library-%1-t%2-s%3.sqlite")
                                                 .arg(options.comments)
                                                 .arg(options.threads)
                                                 .arg(options.seed));
    options.db = QDir::cleanPath(options.db);
    return options;
}

// The schema this build writes: a library created in a scratch folder says.
int currentSchemaVersion()
{
    QTemporaryDir scratch;
    auto library = Library::open(scratch.filePath(QStringLiteral("schema.sqlite")));
    return library ? (*library)->schemaVersion() : -1;
}

QByteArray markText(const Options &options, int schemaVersion)
{
    return QStringLiteral("generator %1, schema %2, seed %3, %4 comments, %5 threads\n")
        .arg(ScaleLibraryGenerator::version)
        .arg(schemaVersion)
        .arg(options.seed)
        .arg(options.comments)
        .arg(options.threads)
        .toUtf8();
}

// The schema version of a cached library whose mark names this generator, seed and
// sizes, or -1 when the mark names anything else (or nothing).
int cachedSchemaVersion(const Options &options, const QByteArray &mark, int current)
{
    for (int version = current; version >= 1; --version)
        if (mark == markText(options, version))
            return version;
    return -1;
}

// Brings a cached library made at an older schema to this build's, without the backup
// Library::open makes before a migration (a copy of 8 GB the bench can always make again
// from the generator): regenerating the 10 000 000 comments takes over half an hour, while
// the steps between schemas are meant to be cheap on a big library (v6 → v7 drops a trigger;
// v7 → v8 links 25 000 annotations to their comments and rebuilds threads_fts).
QString migrateCachedLibrary(const QString &path)
{
    try {
        SqliteDatabase db(path);
        db.execute(QStringLiteral("PRAGMA busy_timeout = 5000"));
        db.execute(QStringLiteral("PRAGMA journal_mode = WAL"));
        db.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
        SchemaMigrator::migrate(db);
    } catch (const SqliteError &error) {
        return QStringLiteral("cannot migrate %1: %2").arg(path, error.message());
    }
    return {};
}

// Generates the library unless the one cached at options.db was made by this generator
// for this schema, seed and size. Returns what went wrong, or an empty string.
QString ensureLibrary(const Options &options, const ScaleLibraryGenerator &sizes, BenchTable &table,
                      QTextStream &out)
{
    const QString markPath = options.db + QStringLiteral(".complete");
    const int schema = currentSchemaVersion();
    QFile mark(markPath);
    if (QFileInfo::exists(options.db) && mark.open(QIODevice::ReadOnly)) {
        const int cached = cachedSchemaVersion(options, mark.readAll(), schema);
        mark.close();
        if (cached == schema) {
            out << "library: " << options.db << " (cached)\n";
            return {};
        }
        if (cached > 0) {
            out << "library: " << options.db << " (cached at schema " << cached << ", migrating to "
                << schema << ")\n";
            out.flush();
            QElapsedTimer migration;
            migration.start();
            if (const QString failure = migrateCachedLibrary(options.db); !failure.isEmpty())
                return failure;
            out << "migrated in " << QString::number(double(migration.elapsed()) / 1000.0, 'f', 1)
                << " s\n";
            if (!mark.open(QIODevice::WriteOnly) || mark.write(markText(options, schema)) < 0)
                return QStringLiteral("cannot write %1").arg(markPath);
            return {};
        }
    }
    mark.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral(".complete")})
        QFile::remove(options.db + suffix);
    QDir().mkpath(QFileInfo(options.db).absolutePath());
    out << "generating " << options.comments << " comments in " << options.threads << " threads into "
        << options.db << " …\n";
    out.flush();
    QElapsedTimer timer;
    timer.start();
    ScaleLibraryGenerator generator = sizes;
    QTextStream err(stderr);
    const QString failure = generator.fill(options.db, [&](qint64 written) {
        if (written % 1000000 < 20000 || written == options.comments)
            err << QStringLiteral("  %1 comments, %2 s\n").arg(written).arg(timer.elapsed() / 1000) << Qt::flush;
    });
    if (!failure.isEmpty())
        return failure;
    table.add(QStringLiteral("library: generated in"), Unit::Seconds, 0, double(timer.elapsed()) / 1000.0);
    if (!mark.open(QIODevice::WriteOnly) || mark.write(markText(options, schema)) < 0)
        return QStringLiteral("cannot write %1").arg(markPath);
    return {};
}

// Bytes of the file by table and index (dbstat: every page, so it reads the whole file);
// false when SQLite was built without it.
bool measureSize(const Options &options, qint64 comments, BenchTable &table)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(options.db.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    sqlite3_stmt *query = nullptr;
    qint64 all = 0;
    qint64 fts = 0;
    const bool ok = sqlite3_prepare_v2(db, "SELECT name, sum(pgsize) FROM dbstat GROUP BY name", -1,
                                       &query, nullptr) == SQLITE_OK;
    while (ok && sqlite3_step(query) == SQLITE_ROW) {
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(query, 0)));
        const qint64 bytes = sqlite3_column_int64(query, 1);
        all += bytes;
        // An FTS5 index is its shadow tables: x_fts_data, x_fts_idx, x_fts_docsize, x_fts_config.
        if (name.contains(QLatin1String("_fts")))
            fts += bytes;
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    if (!ok)
        return false;
    table.add(QStringLiteral("file: bytes a comment, all"), Unit::Count, 0, double(all) / double(comments));
    table.add(QStringLiteral("file: bytes a comment, without the full-text indexes"), Unit::Count, 0,
              double(all - fts) / double(comments));
    table.add(QStringLiteral("file: full-text indexes' share"), Unit::Count, 0, 100.0 * double(fts) / double(all));
    return true;
}

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// The library pane as the window has it, 100 000 rows in it: the list loaded, a filter
// typed key by key, each column sorted; every step with the events it posts handled,
// so that the table's own relayout is in the time.
void measureLibraryPane(const Library &library, const Options &options, BenchTable &table)
{
    LibraryPane pane;
    pane.resize(420, 900);
    pane.show();
    QApplication::processEvents();
    auto *filter = pane.findChild<QLineEdit *>();
    auto *view = pane.findChild<QTableView *>();
    for (int run = 0; run < options.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        pane.reload(library);
        QApplication::processEvents();
        table.add(QStringLiteral("pane: load the list (listThreads + model + table)"), Unit::Seconds, 0,
                  secondsSince(timer));

        for (const QChar key : options.filter) {
            timer.start();
            filter->insert(QString(key));
            QApplication::processEvents();
            table.add(QStringLiteral("pane: a keystroke of the filter"), Unit::Seconds, 0, secondsSince(timer));
        }
        timer.start();
        filter->clear();
        QApplication::processEvents();
        table.add(QStringLiteral("pane: clearing the filter"), Unit::Seconds, 0, secondsSince(timer));

        for (const int column : {ThreadListModel::Title, ThreadListModel::Site, ThreadListModel::Date,
                                 ThreadListModel::Comments, ThreadListModel::Annotations,
                                 ThreadListModel::Tags}) {
            timer.start();
            view->sortByColumn(column, run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            QApplication::processEvents();
            table.add(QStringLiteral("pane: sort by %1")
                          .arg(view->model()->headerData(column, Qt::Horizontal).toString()),
                      Unit::Seconds, 0, secondsSince(timer));
        }
        view->sortByColumn(ThreadListModel::Date, Qt::DescendingOrder);
        QApplication::processEvents();
    }
}

// What ThreadSchemeHandler::threadPage does to serve a thread's page, step by step.
void measureOpening(Library &library, qint64 threadId, const QString &which, int runs, BenchTable &table)
{
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        auto thread = library.threads().loadThread(threadId);
        if (!thread)
            return;
        table.add(which + QStringLiteral(": loadThread"), Unit::Seconds, 0, secondsSince(step));
        step.start();
        ScreenCommentLimit::apply(*thread);
        ThreadHtmlRenderer::Options options;
        options.stylesheetUrl = QStringLiteral("scholia://app/thread.css");
        for (const QString &name : ThreadScripts::fileNames())
            options.scriptUrls << QStringLiteral("scholia://app/") + name;
        if (thread->comments.size() > size_t(ThreadSchemeHandler::defaultWholePageUpTo))
            options.pageComments = ThreadSchemeHandler::defaultPageComments;
        options.commentsPerChunk = ThreadSchemeHandler::defaultCommentsPerChunk;
        if (auto state = library.threads().loadViewState(threadId))
            options.viewState = *state;
        if (auto annotations = library.annotations().listForThread(threadId))
            options.annotations = std::move(annotations).value();
        const Result<ThreadHistory> history = library.history().load(threadId);
        if (history)
            options.history = &*history;
        table.add(which + QStringLiteral(": view state, annotations, history"), Unit::Seconds, 0,
                  secondsSince(step));
        step.start();
        const QByteArray page = ThreadHtmlRenderer::render(*thread, options).toUtf8();
        table.add(which + QStringLiteral(": render the page"), Unit::Seconds, 0, secondsSince(step));
        table.add(which + QStringLiteral(": total, store to page"), Unit::Seconds, 0, secondsSince(total));
        table.add(which + QStringLiteral(": page size"), Unit::Bytes, 0, double(page.size()));
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const Options options = readOptions(app);
    BenchTable table({QStringLiteral("library")});
    const ScaleLibraryGenerator sizes(options.seed, options.comments, options.threads);
    if (const QString failure = ensureLibrary(options, sizes, table, out); !failure.isEmpty()) {
        out << failure << '\n';
        return 1;
    }
    auto opened = Library::open(options.db);
    if (!opened) {
        out << opened.error().toString() << '\n';
        return 1;
    }
    Library &library = **opened;
    const std::vector<int> &threadSizes = sizes.threadSizes();
    const int biggest = int(std::max_element(threadSizes.begin(), threadSizes.end()) - threadSizes.begin());
    const int typical = int(std::min_element(threadSizes.begin(), threadSizes.end(), [](int a, int b) {
                                return std::abs(a - 100) < std::abs(b - 100);
                            }) - threadSizes.begin());
    out << QStringLiteral("SQLite %1, %2 comments, %3 threads (typical #%4: %5 comments, biggest #%6: "
                          "%7 comments), file %8 MiB\n")
               .arg(Library::sqliteVersion())
               .arg(options.comments)
               .arg(threadSizes.size())
               .arg(typical + 1)
               .arg(threadSizes[size_t(typical)])
               .arg(biggest + 1)
               .arg(threadSizes[size_t(biggest)])
               .arg(double(QFileInfo(options.db).size()) / (1024.0 * 1024.0), 0, 'f', 0);
    out.flush();
    table.add(QStringLiteral("file: size"), Unit::Bytes, 0, double(QFileInfo(options.db).size()));
    if (options.measures.contains(QLatin1String("size")) && !measureSize(options, options.comments, table))
        table.note(QStringLiteral("file: bytes a comment, all"), 0, QStringLiteral("no dbstat in this SQLite"));

    if (options.measures.contains(QLatin1String("search"))) {
        const auto search = timeQueryMix(library, options.runs, out);
        if (!search)
            return 1;
        for (const double median : search->medians)
            table.add(QStringLiteral("search: first page, a query's median"), Unit::Seconds, 0, median / 1000.0);
        table.add(QStringLiteral("search: first page, p95 over the queries"), Unit::Seconds, 0,
                  search->p95 / 1000.0);
    }
    if (options.measures.contains(QLatin1String("pane")))
        measureLibraryPane(library, options, table);
    if (options.measures.contains(QLatin1String("open"))) {
        for (const int t : {typical, biggest})
            measureOpening(library, t + 1,
                           QStringLiteral("open %1 thread (%2 comments)")
                               .arg(t == typical ? QStringLiteral("typical") : QStringLiteral("biggest"))
                               .arg(threadSizes[size_t(t)]),
                           options.runs, table);
    }

    out << '\n' << table.toText();
    if (!options.json.isEmpty()) {
        QFile file(options.json);
        if (!file.open(QIODevice::WriteOnly) || file.write(table.toJson()) < 0) {
            out << "cannot write " << options.json << '\n';
            return 1;
        }
    }
    return 0;
}
