// scholia-gen: writes a generated thread as Reddit JSON, the same bytes for the same
// seed, so anyone can rerun the benchmarks or import a big thread by hand.

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
        "Writes a made-up Reddit thread (Reddit's JSON: [t3 Listing, t1 Listing]) of N comments "
        "shaped like a busy thread, or with --deep one reply chain N long."));
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
    parser.addOptions({comments, seed, deep, output});
    parser.process(app);

    bool countOk = false, seedOk = false;
    const int count = parser.value(comments).toInt(&countOk);
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!countOk || count < 1 || !seedOk || !parser.isSet(output)) {
        err << "scholia-gen: needs --comments N (N > 0), -o FILE and, optionally, --seed S\n";
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
    const QByteArray json =
        parser.isSet(deep) ? generator.redditJsonChain(count) : generator.redditJson(count);
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err << QStringLiteral("scholia-gen: cannot write %1: %2\n")
                   .arg(parser.value(output), file.errorString());
        return 1;
    }
    return 0;
}
