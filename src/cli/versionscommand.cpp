#include "versionscommand.h"

#include "core/commentversion.h"
#include "store/library.h"
#include "store/threadhistorystore.h"
#include "subcommandline.h"

#include <QTextStream>

namespace Scholia {

namespace {

QString utcMinute(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

int VersionsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(QStringLiteral("versions"),
                        tr("Print every text a comment has had across the saves of its thread, "
                           "oldest first, each headed by the date of its save."));
    QCommandLineParser &parser = line.parser();
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The thread's id, as \"scholia list\" prints it."));
    parser.addPositionalArgument(
        QStringLiteral("COMMENT"),
        tr("The comment's id on its site, as \"scholia annotations\" prints it."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << SubcommandLine::helpText(parser, QStringLiteral("versions"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 threadId = positional.value(0).toLongLong(&isNumber);
    if (positional.size() != 2 || !isNumber)
        return line.usageError(err, tr("expected a thread id and a comment id"));

    const auto library = line.openLibrary(err);
    if (!library)
        return 1;
    const auto versions = library->history().versions(threadId, positional.at(1));
    if (!versions) {
        err << tr("scholia versions: %1").arg(versions.error().toString()) << '\n';
        return 1;
    }
    out << format(*versions);
    return 0;
}

QString VersionsCommand::format(const std::vector<CommentVersion> &versions)
{
    QString text;
    const int count = int(versions.size());
    for (int i = 0; i < count; ++i) {
        const CommentVersion &version = versions[size_t(i)];
        QStringList heading{tr("Version %1 of %2").arg(i + 1).arg(count)};
        heading << (version.savedAt.isValid() ? tr("saved %1").arg(utcMinute(version.savedAt))
                                              : tr("save unknown"));
        if (version.edited.isValid())
            heading << tr("edited %1").arg(utcMinute(version.edited));
        if (version.state == CommentState::Deleted)
            heading << tr("deleted");
        else if (version.state == CommentState::Removed)
            heading << tr("removed");
        if (i > 0)
            text += QLatin1Char('\n');
        text += QStringLiteral("== ") + heading.join(QStringLiteral(" · ")) + QLatin1Char('\n');
        text += version.bodyText;
        if (!version.bodyText.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
    }
    return text;
}

} // namespace Scholia
