#pragma once

// What the site fetchers' tests share: a save run against a LocalHttpServer, a file read
// back through its importer, and a thread's tree written out so two can be compared.

#include "fetch/fetchpolicy.h"
#include "fetch/threadaddress.h"
#include "fetch/threadsaver.h"
#include "import/importerregistry.h"
#include "import/importsource.h"
#include "localhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace Scholia::SaveTesting {

inline QString sharedFixture(const QString &relative)
{
    return QStringLiteral(SCHOLIA_SHARED_FIXTURES "/") + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline FetchPolicy policyFor(const LocalHttpServer &server)
{
    FetchPolicy policy;
    policy.userAgent = FetchPolicy::defaultUserAgent();
    policy.testOrigin = server.origin();
    policy.stallTimeout = std::chrono::milliseconds(1500);
    return policy;
}

// Runs one save to its end; the saver is kept by the caller's scope through result.
inline Result<SavedThread> save(const QString &address, const FetchPolicy &policy,
                                const QString &archiveRoot)
{
    auto parsed = ThreadAddress::parse(address);
    if (!parsed)
        return parsed.error();
    ThreadSaver saver(policy, archiveRoot);
    saver.start(*parsed);
    QElapsedTimer clock;
    clock.start();
    while (!saver.result() && clock.elapsed() < 60000)
        QTest::qWait(5);
    if (!saver.result())
        return Error::of(QStringLiteral("the save did not end within 60 s"));
    return *saver.result();
}

inline Result<ThreadDocument> importFile(const QString &path, const QString &format = {})
{
    auto source = ImportSource::readFile(path);
    if (!source)
        return source.error();
    auto threads = ImporterRegistry::withAllFormats().parse(*source, format);
    if (!threads)
        return threads.error();
    if (threads->size() != 1)
        return Error::of(QStringLiteral("expected one thread, found %1").arg(threads->size()));
    return std::move(threads->front());
}

// One line per comment: depth, id, parent's id, author, state, text (or the stub).
inline QStringList treeOf(const ThreadDocument &doc)
{
    QStringList lines;
    for (const Comment &c : doc.comments) {
        const QString parent =
            c.parent >= 0 ? doc.comments[size_t(c.parent)].sourceId : QStringLiteral("-");
        lines << QStringLiteral("%1 %2 <%3> %4 [%5] %6")
                     .arg(QString(c.depth, QLatin1Char('.')), c.sourceId, parent, c.author)
                     .arg(int(c.state))
                     .arg(c.isPlaceholder() ? QStringLiteral("(stub %1)").arg(*c.notSavedReplies)
                                            : c.bodyText.left(60));
    }
    return lines;
}

inline int placeholders(const ThreadDocument &doc)
{
    int count = 0;
    for (const Comment &c : doc.comments)
        count += c.isPlaceholder() ? 1 : 0;
    return count;
}

// Compares line by line so that a failure names the first difference.
inline bool sameTree(const QStringList &actual, const QStringList &expected, QString *why)
{
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        if (actual[i] != expected[i]) {
            *why = QStringLiteral("line %1:\n  saved:    %2\n  complete: %3")
                       .arg(i)
                       .arg(actual[i], expected[i]);
            return false;
        }
    }
    if (actual.size() != expected.size()) {
        *why = QStringLiteral("%1 comments saved, %2 in the complete file")
                   .arg(actual.size())
                   .arg(expected.size());
        return false;
    }
    return true;
}

} // namespace Scholia::SaveTesting
