#include "commandline.h"

#include "annotatecommand.h"
#include "annotationscommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "linkcommand.h"
#include "linkscommand.h"
#include "listcommand.h"
#include "mapcommand.h"
#include "rendercommand.h"
#include "savecommand.h"
#include "searchcommand.h"
#include "showcommand.h"
#include "tagscommand.h"
#include "topiccommand.h"
#include "versionscommand.h"
#include "lightcommandline.h"

#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace Scholia {

namespace {

struct Subcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // Set for a subcommand that needs a QGuiApplication: prepares the process for it.
    void (*prepareGuiApplication)() = nullptr;
};

// One line per subcommand: a table, kept so by hand.
// clang-format off
const Subcommand subcommands[] = {
    {"import", QT_TRANSLATE_NOOP("CommandLine", "Import saved thread files into the library"), ImportCommand::run},
    {"save", QT_TRANSLATE_NOOP("CommandLine", "Save threads whole from their addresses (Reddit, Hacker News, Discourse, themotte.org)"), SaveCommand::run},
    {"list", QT_TRANSLATE_NOOP("CommandLine", "List the threads in the library"), ListCommand::run},
    {"show", QT_TRANSLATE_NOOP("CommandLine", "Print one thread, optionally as an indented tree"), ShowCommand::run},
    {"versions", QT_TRANSLATE_NOOP("CommandLine", "Print every text a comment has had across the saves of its thread"), VersionsCommand::run},
    {"render", QT_TRANSLATE_NOOP("CommandLine", "Write a thread as one self-contained HTML page"), RenderCommand::run},
    {"export", QT_TRANSLATE_NOOP("CommandLine", "Export a thread with its annotations as PDF, HTML or Markdown"), ExportCommand::run, ExportCommand::prepareWebEngine},
    {"annotate", QT_TRANSLATE_NOOP("CommandLine", "Highlight, tag or note a comment or a passage of it"), AnnotateCommand::run},
    {"annotations", QT_TRANSLATE_NOOP("CommandLine", "List a thread's annotations"), AnnotationsCommand::run},
    {"link", QT_TRANSLATE_NOOP("CommandLine", "Link two annotations: supports, rebuts, asks, answers, same point"), LinkCommand::run},
    {"links", QT_TRANSLATE_NOOP("CommandLine", "List the links of a thread's annotations"), LinksCommand::run},
    {"map", QT_TRANSLATE_NOOP("CommandLine", "Draw a thread's or a topic's argument map (SVG or DOT)"), MapCommand::run},
    {"tags", QT_TRANSLATE_NOOP("CommandLine", "List the tags with how much carries each"), TagsCommand::run},
    {"search", QT_TRANSLATE_NOOP("CommandLine", "Search the whole library (words, \"phrases\", -word, OR, prefix*, filters)"), SearchCommand::run},
    {"topic", QT_TRANSLATE_NOOP("CommandLine", "Print every passage with a tag, across all threads"), TopicCommand::run},
};
// clang-format on

const Subcommand *find(const QString &name)
{
    for (const Subcommand &command : subcommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

void printUsage(QTextStream &out)
{
    out << CommandLine::tr("Usage: scholia SUBCOMMAND [OPTIONS]") << '\n'
        << CommandLine::tr("       scholia [--db PATH] [FILE...]") << '\n'
        << CommandLine::tr(
               "Without a subcommand, Scholia opens its window and imports the FILEs given, "
               "then shows the last thread imported.")
        << "\n\n"
        << CommandLine::tr("Options:") << '\n'
        << QStringLiteral("  %1  %2\n")
               .arg(QStringLiteral("--db PATH"), -13)
               .arg(CommandLine::tr("The library file."))
        << QStringLiteral("  %1  %2\n")
               .arg(QStringLiteral("-h, --help"), -13)
               .arg(CommandLine::tr("Show this help."))
        << QStringLiteral("  %1  %2\n")
               .arg(QStringLiteral("-v, --version"), -13)
               .arg(CommandLine::tr("Show the version."))
        << '\n'
        << CommandLine::tr("Subcommands:") << '\n';
    for (const Subcommand &command : subcommands)
        out << QStringLiteral("  %1  %2\n")
                   .arg(QLatin1String(command.name), -13)
                   .arg(QCoreApplication::translate("CommandLine", command.summary));
    out << '\n'
        << CommandLine::tr("Run \"scholia SUBCOMMAND --help\" for a subcommand's options.") << '\n'
        << CommandLine::tr("The library is --db PATH, else $SCHOLIA_DB, else the per-user data folder.") << '\n';
}

} // namespace

bool CommandLine::wantsHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    if (const qsizetype skipped = LightCommandLine::leadingLibraryOption(arguments))
        return find(arguments.value(1 + skipped)) != nullptr;
    const QString &first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v"))
        return true;
    if (first.startsWith(QLatin1Char('-')))
        return false; // the window's own options, such as --db
    if (find(first))
        return true;
    // `scholia FILE…` ("Open with Scholia") opens the window and imports the files; a
    // word that is neither a subcommand nor a path stays an unknown subcommand.
    return !QFileInfo::exists(first);
}

bool CommandLine::prepareGuiApplication(const QStringList &arguments)
{
    const Subcommand *command = find(subcommandName(arguments));
    if (!command || !command->prepareGuiApplication)
        return false;
    command->prepareGuiApplication();
    return true;
}

QString CommandLine::subcommandName(const QStringList &arguments)
{
    return LightCommandLine::subcommandName(arguments);
}

QStringList CommandLine::subcommandNames()
{
    QStringList names;
    for (const Subcommand &command : subcommands)
        names << QLatin1String(command.name);
    return names;
}

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = subcommandName(arguments);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printUsage(out);
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const Subcommand *command = find(first);
    if (!command) {
        err << tr("scholia: unknown subcommand \"%1\"").arg(first) << "\n\n";
        printUsage(err);
        return 2;
    }
    return command->run(LightCommandLine::subcommandArguments(arguments), out, err);
}

} // namespace Scholia
