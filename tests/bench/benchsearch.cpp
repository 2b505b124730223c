// scholia-bench-search: the first page of 20 varied queries over a library of 1 000 000
// generated comments (DESIGN.md, "Measures that matter"). A benchmark, not a test: it
// asserts nothing and prints the times. The library is generated once per seed and size
// and kept next to the binary (bench-search-s<seed>-n<comments>.sqlite), because making
// it takes minutes and measuring takes seconds.

#include "searchlibrarygenerator.h"
#include "searchquerymix.h"
#include "store/library.h"
#include "store/searchengine.h"
#include "store/searchquery.h"
#include "store/threadstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

using namespace Scholia;

struct Options
{
    int comments = 1000000;
    int runs = 5;
    quint64 seed = 1;
    QString db;
};

Options readOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the first page of 20 search queries."));
    parser.addHelpOption();
    const QCommandLineOption comments(QStringLiteral("comments"),
                                      QStringLiteral("Comments in the library."),
                                      QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per query."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Generator seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption db(
        QStringLiteral("db"), QStringLiteral("Library file (default: cached next to the binary)."),
        QStringLiteral("PATH"));
    parser.addOptions({comments, runs, seed, db});
    parser.process(app);
    Options options;
    options.comments = qMax(1, parser.value(comments).toInt());
    options.runs = qMax(1, parser.value(runs).toInt());
    options.seed = parser.value(seed).toULongLong();
    options.db = parser.isSet(db)
                     ? parser.value(db)
                     : QDir(QCoreApplication::applicationDirPath())
                           .absoluteFilePath(QStringLiteral("../bench-search-s%1-n%2.sqlite")
                                                 .arg(options.seed)
                                                 .arg(options.comments));
    return options;
}

// The cached library is complete when the generator wrote its mark beside it: a file
// naming the seed and the size (a table of its own would need raw SQL on the library).
QString completeMark(const Options &options)
{
    return QDir::cleanPath(options.db) + QStringLiteral(".complete");
}

QByteArray markText(const Options &options)
{
    return QStringLiteral("%1 %2\n").arg(options.seed).arg(options.comments).toUtf8();
}

bool isComplete(const Options &options)
{
    QFile mark(completeMark(options));
    return mark.open(QIODevice::ReadOnly) && mark.readAll() == markText(options);
}

std::unique_ptr<Library> openLibrary(const Options &options, QTextStream &out)
{
    const QString path = QDir::cleanPath(options.db);
    if (QFileInfo::exists(path)) {
        auto library = Library::open(path);
        if (library && isComplete(options)) {
            out << "library: " << path << " (cached)\n";
            return std::move(library).value();
        }
        library = Error::of(QString());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral(".complete")})
            QFile::remove(path + suffix);
    }
    out << "generating " << options.comments << " comments into " << path << " …\n";
    out.flush();
    QElapsedTimer timer;
    timer.start();
    auto library = Library::open(path);
    if (!library) {
        out << library.error().toString() << '\n';
        return nullptr;
    }
    SearchLibraryGenerator generator(options.seed);
    const QString failure = generator.fill(**library, options.comments);
    if (!failure.isEmpty()) {
        out << failure << '\n';
        return nullptr;
    }
    QFile mark(completeMark(options));
    if (!mark.open(QIODevice::WriteOnly) || mark.write(markText(options)) < 0) {
        out << "cannot write " << mark.fileName() << '\n';
        return nullptr;
    }
    out << QStringLiteral("generated in %1 s\n").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    return std::move(library).value();
}

} // namespace

qint64 commentCount(const Library &library)
{
    qint64 comments = 0;
    for (const ThreadSummary &thread : library.threads().listThreads().value())
        comments += thread.commentCount;
    return comments;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const Options options = readOptions(app);
    auto library = openLibrary(options, out);
    if (!library)
        return 1;
    out << QStringLiteral("SQLite %1, %2 comments, %3 threads, file %4 MiB\n")
               .arg(Library::sqliteVersion())
               .arg(commentCount(*library))
               .arg(library->threads().threadCount().value())
               .arg(double(QFileInfo(library->path()).size()) / (1024.0 * 1024.0), 0, 'f', 0);

    return timeQueryMix(*library, options.runs, out) ? 0 : 1;
}
