// scholia-gen: writes a generated thread in any of five formats, the same bytes for the
// same seed, so anyone can rerun the benchmarks or import a big thread by hand. Prints
// what an import must find (comments, deepest depth) on standard output.

#include "dumpwriter.h"
#include "threadgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    using Scholia::ThreadGenerator;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("scholia-gen"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a made-up thread of N comments shaped like a busy thread (most at depth 0-3, a "
        "few chains 30-45 deep) in one of the formats Scholia imports, or with --deep one "
        "Reddit reply chain N long. Prints \"comments N max-depth D\"."));
    parser.addHelpOption();
    const QCommandLineOption comments(QStringLiteral("comments"),
                                      QStringLiteral("Number of comments."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Generator seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption deep(
        QStringLiteral("deep"),
        QStringLiteral("One reply chain N deep instead of a busy thread; at most %1 "
                       "(see below).")
            .arg(ThreadGenerator::maxJsonChain));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("One of %1, or pushshift-dump (a zstd NDJSON community dump of many "
                       "threads; default reddit-json).")
            .arg(ThreadGenerator::formatNames().join(QStringLiteral(", "))),
        QStringLiteral("F"), QStringLiteral("reddit-json"));
    const QCommandLineOption thread(
        QStringLiteral("thread"),
        QStringLiteral("Thread number T (default 1): threads with different numbers get "
                       "different ids, so many can share one library."),
        QStringLiteral("T"), QStringLiteral("1"));
    const QCommandLineOption threads(
        QStringLiteral("threads"),
        QStringLiteral("With --format pushshift-dump: the number of threads M the comments "
                       "are spread over (default N / 100)."),
        QStringLiteral("M"));
    parser.addOptions({comments, seed, deep, output, format, thread, threads});
    parser.process(app);

    // A community dump is many threads in one zstd file, written as it goes.
    if (parser.value(format) == QLatin1String("pushshift-dump")) {
        const qint64 count = parser.value(comments).toLongLong();
        const qint64 threadCount = parser.isSet(threads) ? parser.value(threads).toLongLong()
                                                         : qMax(qint64(1), count / 100);
        if (count < 1 || threadCount < 1 || !parser.isSet(output)) {
            err << "scholia-gen: --format pushshift-dump needs --comments N (N > 0), -o FILE "
                   "and, optionally, --threads M (M > 0), --seed S\n";
            return 2;
        }
        Scholia::DumpWriter writer(parser.value(seed).toULongLong());
        Scholia::DumpWriter::Stats stats;
        if (const QString problem = writer.write(parser.value(output), count, threadCount, stats);
            !problem.isEmpty()) {
            err << QStringLiteral("scholia-gen: cannot write %1: %2\n").arg(parser.value(output), problem);
            return 1;
        }
        QTextStream(stdout) << "comments " << stats.comments << " threads " << stats.threads
                            << " absent-submissions " << stats.absentSubmissions << '\n';
        return 0;
    }

    bool countOk = false, seedOk = false, threadOk = false;
    const int count = parser.value(comments).toInt(&countOk);
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    const int threadNumber = parser.value(thread).toInt(&threadOk);
    const auto formatValue = ThreadGenerator::formatNamed(parser.value(format));
    if (!countOk || count < 1 || !seedOk || !threadOk || threadNumber < 1 ||
        !parser.isSet(output)) {
        err << "scholia-gen: needs --comments N (N > 0), -o FILE and, optionally, --seed S, "
               "--thread T (T > 0), --format F\n";
        return 2;
    }
    if (!formatValue) {
        err << QStringLiteral("scholia-gen: unknown --format %1; one of %2\n")
                   .arg(parser.value(format),
                        ThreadGenerator::formatNames().join(QStringLiteral(", ")));
        return 2;
    }
    if (parser.isSet(deep) && *formatValue != ThreadGenerator::Format::RedditJson) {
        err << "scholia-gen: --deep writes Reddit JSON only\n";
        return 2;
    }
    if (parser.isSet(deep) && count > ThreadGenerator::maxJsonChain) {
        err << QStringLiteral(
                   "scholia-gen: a reply chain %1 deep cannot be written as Reddit JSON. Each "
                   "reply "
                   "nests five JSON levels (comment, data, replies Listing, data, children) and "
                   "simdjson, which the importer uses, stops at 1024 levels: %2 is the deepest "
                   "chain such a file can hold. scholia-bench-view builds deeper chains directly "
                   "in the library instead.\n")
                   .arg(count)
                   .arg(ThreadGenerator::maxJsonChain);
        return 2;
    }

    ThreadGenerator generator(seedValue);
    ThreadGenerator::Output generated;
    if (parser.isSet(deep)) {
        generated.data = generator.redditJsonChain(count);
        generated.comments = count;
        generated.maxDepth = count - 1;
    } else {
        generated = generator.thread(*formatValue, count, threadNumber);
    }
    const QByteArray &json = generated.data;
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err << QStringLiteral("scholia-gen: cannot write %1: %2\n")
                   .arg(parser.value(output), file.errorString());
        return 1;
    }
    QTextStream(stdout) << "comments " << generated.comments << " max-depth " << generated.maxDepth
                        << '\n';
    return 0;
}
