// Every subcommand takes the library option before its name, as the usage line shows it
// (`scholia --db LIB NAME …`), or after, as its own --help does (`scholia NAME … --db LIB`),
// written --db PATH or --db=PATH, with the same result. The rows come from CommandLine's
// own table, so a new subcommand is covered here (and fails until it is given arguments).

#include "../fetch/localhttpserver.h"
#include "../fetch/reddittestsite.h"
#include "cli/commandline.h"
#include "scholiaprocess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Scholia;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/") + name;
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

enum class Placement
{
    Before,
    BeforeJoined,
    After,
    AfterJoined
};

QString placementName(Placement placement)
{
    switch (placement) {
    case Placement::Before:
        return QStringLiteral("--db PATH NAME");
    case Placement::BeforeJoined:
        return QStringLiteral("--db=PATH NAME");
    case Placement::After:
        return QStringLiteral("NAME … --db PATH");
    case Placement::AfterJoined:
        return QStringLiteral("NAME … --db=PATH");
    }
    return {};
}

// What a run did, with what differs only by where it ran (its folder, the time) taken out.
struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    QString written; // the file it wrote, if any
    QString library; // the library afterwards, as list, annotations and tags print it

    bool operator==(const Outcome &) const = default;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- out\n%2--- err\n%3\n--- written\n%4\n--- library\n%5")
            .arg(exitCode)
            .arg(out, err, written.left(300), library);
    }
};

} // namespace

class TestLibraryOption : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template; // one Reddit thread (id 1) with one tagged annotation
    std::unique_ptr<RedditTestSite> m_site;
    std::unique_ptr<LocalHttpServer> m_server;

    // What each subcommand is given after its name: {DIR} is the run's own folder (the
    // library's), {URL} an address this test serves.
    static QHash<QString, QStringList> argumentsOfEach()
    {
        return {
            {"import", {fixture("hackernews/algolia-item.json")}},
            {"save", {"{URL}"}},
            {"list", {}},
            {"show", {"1", "--tree"}},
            {"versions", {"1", "c1"}},
            {"render", {"1", "-o", "{DIR}/thread.html"}},
            {"export", {"1", "--format", "pdf", "-o", "{DIR}/thread.pdf"}},
            {"annotate", {"1", "--comment", "c1", "--quote", "chips", "--tag", "second"}},
            {"annotations", {"1"}},
            {"tags", {}},
            {"search", {"chips"}},
            {"topic", {"food"}},
            {"link", {"1", "2", "--as", "asks", "--note", "why?"}},
            {"links", {"1", "--json"}},
            {"map", {"1", "-o", "{DIR}/map.svg"}},
        };
    }

    QProcessEnvironment environment(const QString &defaultLibrary) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A run that ignored --db would use this library, which holds nothing.
        env.insert(QStringLiteral("SCHOLIA_DB"), defaultLibrary);
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("SCHOLIA_FETCH_TEST_ORIGIN"), m_server->origin().toString());
        return env;
    }

    static QString normalized(QString text, const QString &folder)
    {
        text.replace(folder, QStringLiteral("DIR"));
        // Times of day: when the save or the annotation was made.
        static const QRegularExpression stamp(QStringLiteral("\\d{8}-\\d{6}"));
        static const QRegularExpression time(QStringLiteral(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?"));
        text.replace(stamp, QStringLiteral("STAMP"));
        text.replace(time, QStringLiteral("TIME"));
        return text;
    }

    // What Chromium and Qt print on their own, which says nothing about the command.
    static QString withoutPlatformNoise(const QString &err)
    {
        QStringList kept;
        for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("QStandardPaths:")) ||
                line.startsWith(QLatin1Char('[')) ||
                line == QLatin1String("Sandboxing disabled by user.") ||
                line == QLatin1String("No suitable graphics backend found"))
                continue;
            kept << line;
        }
        return kept.join(QLatin1Char('\n'));
    }

    QString libraryContents(const QString &library) const
    {
        const QProcessEnvironment env = environment(library);
        QString contents;
        for (const QStringList &arguments :
             {QStringList{"list"}, QStringList{"annotations", "1"}, QStringList{"tags"},
              QStringList{"links", "1"}})
            contents += runScholia(arguments, env).out;
        return contents;
    }

    // Runs NAME on a fresh copy of the template library in `folder`, with --db placed so,
    // or without --db at all.
    Outcome run(const QString &folder, const QString &name, const QStringList &arguments,
                std::optional<Placement> placement) const
    {
        QDir().mkpath(folder);
        const QString library = folder + QStringLiteral("/library.sqlite");
        QFile::copy(m_template, library);
        const QString address =
            QStringLiteral("https://www.reddit.com/r/test/comments/%1/a_thread/")
                .arg(m_site->postId());
        QStringList rest;
        for (QString argument : arguments)
            rest << argument.replace(QLatin1String("{DIR}"), folder)
                        .replace(QLatin1String("{URL}"), address);

        QStringList command = QStringList{name} + rest;
        if (placement == Placement::Before)
            command = QStringList{"--db", library} + command;
        else if (placement == Placement::BeforeJoined)
            command.prepend(QStringLiteral("--db=") + library);
        else if (placement == Placement::After)
            command << QStringLiteral("--db") << library;
        else if (placement == Placement::AfterJoined)
            command << QStringLiteral("--db=") + library;

        const QString defaultLibrary = folder + QStringLiteral("-default/library.sqlite");
        QDir().mkpath(QFileInfo(defaultLibrary).path());
        const ScholiaRun ran = runScholiaServing(command, environment(defaultLibrary));
        Outcome outcome;
        outcome.exitCode = ran.exitCode;
        outcome.out = normalized(ran.out, folder);
        outcome.err = normalized(withoutPlatformNoise(ran.err), folder);
        for (const QString &written :
             {QStringLiteral("thread.html"), QStringLiteral("thread.pdf"),
              QStringLiteral("map.svg")}) {
            QFile file(folder + QLatin1Char('/') + written);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            // A PDF carries the time it was made; its page count is in the output.
            outcome.written = written.endsWith(QLatin1String(".pdf"))
                                  ? QString::fromLatin1(bytes.left(5))
                                  : normalized(QString::fromUtf8(bytes), folder);
        }
        outcome.library = normalized(libraryContents(library), folder);
        return outcome;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_site = std::make_unique<RedditTestSite>(
            fixtureBytes(QStringLiteral("reddit/annotated-thread.json")));
        m_server = std::make_unique<LocalHttpServer>(
            [this](const auto &request) { return m_site->handle(request); });
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        const QProcessEnvironment env = environment(m_template);
        const ScholiaRun imported =
            runScholia({"import", fixture("reddit/small-thread.json")}, env);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const ScholiaRun annotated = runScholia(
            {"annotate", "1", "--comment", "c1", "--quote", "chips", "--tag", "food"}, env);
        QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
        // A second annotation (the whole of c2) that rebuts the first: links and a map.
        const ScholiaRun second = runScholia({"annotate", "1", "--comment", "c2"}, env);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const ScholiaRun linked = runScholia({"link", "2", "1", "--as", "rebuts"}, env);
        QVERIFY2(linked.exitCode == 0, qPrintable(linked.err));
    }

    void everySubcommand_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : CommandLine::subcommandNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everySubcommand()
    {
        QFETCH(QString, name);
        const auto table = argumentsOfEach();
        if (!table.contains(name))
            QFAIL(qPrintable(
                QStringLiteral("a new subcommand: give \"%1\" its arguments in argumentsOfEach()")
                    .arg(name)));
        const QStringList arguments = table.value(name);
        const QString folder = m_dir.filePath(name);

        const Outcome reference =
            run(folder + QStringLiteral("/before"), name, arguments, Placement::Before);
        QVERIFY2(reference.exitCode == 0, qPrintable(reference.describe()));
        // Without --db it works on another library: the option is what made the difference.
        const Outcome without =
            run(folder + QStringLiteral("/without"), name, arguments, std::nullopt);
        QVERIFY2(!(without == reference), qPrintable(without.describe()));

        for (const Placement placement :
             {Placement::BeforeJoined, Placement::After, Placement::AfterJoined}) {
            const Outcome outcome = run(folder + QStringLiteral("/placed-%1").arg(int(placement)),
                                        name, arguments, placement);
            QVERIFY2(outcome == reference,
                     qPrintable(QStringLiteral("%1 differs from %2:\n%3\n\n=== reference\n%4")
                                    .arg(placementName(placement), placementName(Placement::Before),
                                         outcome.describe(), reference.describe())));
        }
    }
};

QTEST_GUILESS_MAIN(TestLibraryOption)
#include "tst_libraryoption.moc"
