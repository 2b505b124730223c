#include "linkcommand.h"

#include "commandwriterlock.h"
#include "core/annotationlinktype.h"
#include "library/databaselocation.h"
#include "store/annotationlinkstore.h"
#include "store/library.h"
#include "subcommandline.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Scholia {

int LinkCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    SubcommandLine line(
        QStringLiteral("link"),
        tr("Link annotation A to annotation B, in one thread or across threads: A supports, "
           "rebuts, asks about, answers or makes the same point as B. The ids are those "
           "\"scholia annotations\" prints. Prints the link's id once it is saved."));
    QCommandLineParser &parser = line.parser();
    parser.addPositionalArgument(QStringLiteral("A"), tr("The annotation the link goes from."));
    parser.addPositionalArgument(QStringLiteral("B"), tr("The annotation the link goes to."));
    const QCommandLineOption type(
        QStringLiteral("as"),
        tr("What A does to B: %1.").arg(AnnotationLinkTypes::keys().join(QStringLiteral(", "))),
        tr("TYPE"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A note on the link."), tr("TEXT"));
    const QCommandLineOption wait = CommandWriterLock::waitOption();
    parser.addOptions({type, note, wait});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << SubcommandLine::helpText(parser, QStringLiteral("link"));
        return 0;
    }
    const QStringList ends = parser.positionalArguments();
    AnnotationLink draft;
    bool fromOk = false;
    bool toOk = false;
    draft.from = ends.value(0).toLongLong(&fromOk);
    draft.to = ends.value(1).toLongLong(&toOk);
    if (ends.size() != 2 || !fromOk || !toOk)
        return line.usageError(err, tr("expected two annotation ids, A and B"));
    const auto linkType = AnnotationLinkTypes::fromKey(parser.value(type).toLower());
    if (!linkType)
        return line.usageError(
            err,
            tr("--as takes one of %1").arg(AnnotationLinkTypes::keys().join(QStringLiteral(", "))));
    draft.type = *linkType;
    draft.note = parser.value(note);

    return save(draft, parser.value(QStringLiteral("db")), parser.isSet(wait), out, err);
}

int LinkCommand::save(const AnnotationLink &draft, const QString &database, bool wait,
                      QTextStream &out, QTextStream &err)
{
    const QString libraryPath = DatabaseLocation::resolve(database);
    CommandWriterLock writerLock(libraryPath); // held until the command returns
    if (!writerLock.acquire(QStringLiteral("scholia link"), wait, err))
        return 1;
    auto library = Library::open(libraryPath);
    if (!library) {
        err << library.error().toString() << '\n';
        return 1;
    }
    const auto created = (*library)->links().create(draft);
    if (!created) {
        err << tr("scholia link: %1").arg(created.error().toString()) << '\n';
        return 1;
    }
    // Reported only now, after the commit: a script that saw this line has the link.
    out << tr("link %1: annotation %2 %3 annotation %4")
               .arg(created->id)
               .arg(created->from)
               .arg(AnnotationLinkTypes::label(created->type))
               .arg(created->to)
        << '\n';
    out.flush();
    return 0;
}

} // namespace Scholia
