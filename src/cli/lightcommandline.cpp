#include "lightcommandline.h"

#include "importcommand.h"

#include <QTextStream>

#include <cstdio>

namespace Scholia {

qsizetype LightCommandLine::leadingLibraryOption(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--db") && arguments.size() > 2)
        return 2;
    if (first.startsWith(QLatin1String("--db=")))
        return 1;
    return 0;
}

QString LightCommandLine::subcommandName(const QStringList &arguments)
{
    return arguments.value(1 + leadingLibraryOption(arguments));
}

QStringList LightCommandLine::subcommandArguments(const QStringList &arguments)
{
    const qsizetype skipped = leadingLibraryOption(arguments);
    QStringList rest = arguments.mid(1, skipped) + arguments.mid(2 + skipped);
    rest.prepend(QStringLiteral("scholia ") + subcommandName(arguments));
    return rest;
}

bool LightCommandLine::runsHere(const QStringList &arguments)
{
    return subcommandName(arguments) == QLatin1String("import");
}

int LightCommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return ImportCommand::run(subcommandArguments(arguments), out, err);
}

} // namespace Scholia
