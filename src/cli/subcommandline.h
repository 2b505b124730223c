#pragma once

#include "core/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QTextStream;

namespace Scholia {

class Library;

// What every subcommand's command line shares: --help, --db, an optional thread id, the
// usage errors (exit 2) and opening the library (exit 1 on failure). Each subcommand
// adds its own options to parser() before parse().
class SubcommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SubcommandLine)

public:
    enum class ThreadArgument { None, Required };

    SubcommandLine(const QString &name, const QString &description,
                   ThreadArgument thread = ThreadArgument::None);

    QCommandLineParser &parser() { return m_parser; }

    // Nothing when the command should go on; otherwise the exit code to return now
    // (0 after --help, 2 after a usage error, which has been printed).
    std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err);

    qint64 threadId() const { return m_threadId; }
    QString databaseOption() const;

    // The parser's --help text with the usage line naming "scholia NAME": Qt names the
    // executable as it was started ("/usr/bin/scholia"), without the subcommand.
    static QString helpText(const QCommandLineParser &parser, const QString &name);

    // Prints "scholia NAME: message" and gives the usage exit code.
    int usageError(QTextStream &err, const QString &message) const;

    // The library from --db, $SCHOLIA_DB or the default; null (error printed) on failure.
    std::unique_ptr<Library> openLibrary(QTextStream &err) const;

private:
    QString m_name;
    ThreadArgument m_thread;
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    qint64 m_threadId = 0;
};

} // namespace Scholia
