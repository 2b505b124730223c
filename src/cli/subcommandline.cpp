#include "subcommandline.h"

#include "library/databaselocation.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QTextStream>

namespace Scholia {

SubcommandLine::SubcommandLine(const QString &name, const QString &description, ThreadArgument thread)
    : m_name(name),
      m_thread(thread),
      m_database(QStringLiteral("db"), tr("The library file."), tr("PATH"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_database);
    if (thread == ThreadArgument::Required)
        m_parser.addPositionalArgument(QStringLiteral("ID"), tr("The thread's id, as \"scholia list\" prints it."));
}

std::optional<int> SubcommandLine::parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (!m_parser.parse(arguments)) {
        err << m_parser.errorText() << '\n';
        return 2;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << helpText(m_parser, m_name);
        return 0;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (m_thread == ThreadArgument::None) {
        if (!positional.isEmpty())
            return usageError(err, tr("unexpected argument \"%1\"").arg(positional.first()));
        return std::nullopt;
    }
    bool isNumber = false;
    m_threadId = positional.value(0).toLongLong(&isNumber);
    if (positional.size() != 1 || !isNumber)
        return usageError(err, tr("expected one thread id (a number from \"scholia list\")"));
    return std::nullopt;
}

QString SubcommandLine::helpText(const QCommandLineParser &parser, const QString &name)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < firstLineEnd)
        text.replace(at, program.size(), QStringLiteral("scholia ") + name);
    return text;
}

QString SubcommandLine::databaseOption() const
{
    return m_parser.value(m_database);
}

int SubcommandLine::usageError(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("scholia %1: %2").arg(m_name, message) << '\n';
    return 2;
}

std::unique_ptr<Library> SubcommandLine::openLibrary(QTextStream &err) const
{
    auto store = Library::open(DatabaseLocation::resolve(databaseOption()));
    if (!store) {
        err << store.error().toString() << '\n';
        return nullptr;
    }
    return std::move(store).value();
}

} // namespace Scholia
