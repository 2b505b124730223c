#include "annotatecommand.h"

#include "commandwriterlock.h"
#include "core/highlightpalette.h"
#include "library/databaselocation.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "subcommandline.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace Scholia {

std::optional<int> AnnotateCommand::parse(const QStringList &arguments, QTextStream &out,
                                          QTextStream &err, Request &request)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Annotate a comment of a thread: the whole comment, or with --quote the passage of its "
           "text that reads exactly so (as \"scholia show\" prints the text). The annotation is "
           "saved before this command reports it."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), tr("The library file."), tr("PATH"));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("The comment's id on its site."),
                                     tr("SOURCE_ID"));
    const QCommandLineOption quote(QStringLiteral("quote"),
                                   tr("The passage to highlight, verbatim."), tr("TEXT"));
    const QCommandLineOption occurrence(QStringLiteral("occurrence"),
                                        tr("Which occurrence of the quote to take when the comment "
                                           "holds it more than once (default: the first)."),
                                        tr("N"));
    const QCommandLineOption tag(
        QStringLiteral("tag"), tr("A tag (repeat for more); \"/\" makes a hierarchy."), tr("TAG"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A note."), tr("TEXT"));
    const QCommandLineOption color(QStringLiteral("color"),
                                   tr("The highlight colour: %1 (default: %2).")
                                       .arg(HighlightPalette::names().join(QStringLiteral(", ")),
                                            HighlightPalette::defaultColorName()),
                                   tr("NAME"));
    const QCommandLineOption wait = CommandWriterLock::waitOption();
    parser.addOptions({db, comment, quote, occurrence, tag, note, color, wait});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The thread's id, as \"scholia list\" prints it."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << SubcommandLine::helpText(parser, QStringLiteral("annotate"));
        return 0;
    }

    const auto usage = [&err](const QString &message) {
        err << tr("scholia annotate: %1").arg(message) << '\n';
        return 2;
    };
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    request.draft.threadId = positional.value(0).toLongLong(&isNumber);
    if (positional.size() != 1 || !isNumber)
        return usage(tr("expected one thread id (a number from \"scholia list\")"));
    request.draft.commentSourceId = parser.value(comment);
    if (request.draft.commentSourceId.isEmpty())
        return usage(tr("which comment? (--comment SOURCE_ID)"));
    request.draft.color = parser.value(color);
    if (!request.draft.color.isEmpty() && !HighlightPalette::contains(request.draft.color))
        return usage(
            tr("there is no colour called \"%1\" (there are: %2)")
                .arg(request.draft.color, HighlightPalette::names().join(QStringLiteral(", "))));
    request.quote = parser.value(quote);
    if (parser.isSet(quote) && request.quote.isEmpty())
        return usage(tr("--quote needs some text; leave it out to annotate the whole comment"));
    if (parser.isSet(occurrence)) {
        bool isCount = false;
        request.occurrence = parser.value(occurrence).toInt(&isCount);
        if (request.quote.isEmpty() || !isCount || *request.occurrence < 1)
            return usage(tr("--occurrence takes a number from 1 on, and goes with --quote"));
    }
    request.draft.note = parser.value(note);
    request.draft.tags = parser.values(tag);
    request.database = parser.value(db);
    request.wait = parser.isSet(wait);
    return std::nullopt;
}

Result<TextPositionSelector> AnnotateCommand::locate(const Request &request, const Comment &comment,
                                                     QTextStream &err)
{
    const QString &text = comment.bodyText;
    QList<qsizetype> found;
    for (qsizetype at = text.indexOf(request.quote); at >= 0;
         at = text.indexOf(request.quote, at + 1))
        found << at;
    if (found.isEmpty())
        return Error::of(
            tr("comment \"%1\" does not contain \"%2\"").arg(comment.sourceId, request.quote));
    const int wanted = request.occurrence.value_or(1);
    if (wanted > found.size())
        return Error::of(tr("comment \"%1\" has no occurrence %2 of \"%3\" (it has %4)")
                             .arg(comment.sourceId)
                             .arg(wanted)
                             .arg(request.quote)
                             .arg(found.size()));
    // Taking the first is what a script most likely means; saying so lets it know.
    if (found.size() > 1 && !request.occurrence)
        err << tr("scholia annotate: comment \"%1\" contains \"%2\" %n times; annotating the first "
                  "(--occurrence picks another)",
                  nullptr, int(found.size()))
                   .arg(comment.sourceId, request.quote)
            << '\n';
    const qsizetype start = found.at(wanted - 1);
    return TextPositionSelector{start, start + request.quote.size()};
}

int AnnotateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Request request;
    if (const std::optional<int> stop = parse(arguments, out, err, request))
        return *stop;

    const QString libraryPath = DatabaseLocation::resolve(request.database);
    CommandWriterLock writerLock(libraryPath); // held until the command returns
    if (!writerLock.acquire(QStringLiteral("scholia annotate"), request.wait, err))
        return 1;
    auto store = Library::open(libraryPath);
    if (!store) {
        err << store.error().toString() << '\n';
        return 1;
    }
    const auto thread = (*store)->threads().loadThread(request.draft.threadId);
    if (!thread) {
        err << thread.error().toString() << '\n';
        return 1;
    }
    Annotation draft = request.draft;
    const Comment *comment = thread->findComment(draft.commentSourceId);
    if (!comment) {
        err << tr("scholia annotate: thread %1 has no comment \"%2\"")
                   .arg(draft.threadId)
                   .arg(draft.commentSourceId)
            << '\n';
        return 1;
    }
    if (!request.quote.isEmpty()) {
        const auto position = locate(request, *comment, err);
        if (!position) {
            err << tr("scholia annotate: %1").arg(position.error().toString()) << '\n';
            return 1;
        }
        draft.position = *position;
        draft.quote.exact = request.quote;
    }

    const auto created = (*store)->annotations().create(draft);
    if (!created) {
        err << tr("scholia annotate: %1").arg(created.error().toString()) << '\n';
        return 1;
    }
    // Reported only now, after the commit: a script that saw this line has the annotation.
    if (created->position)
        out << tr("annotation %1 on comment \"%2\" at %3–%4 (%5)")
                   .arg(created->id)
                   .arg(created->commentSourceId)
                   .arg(created->position->start)
                   .arg(created->position->end)
                   .arg(created->color)
            << '\n';
    else
        out << tr("annotation %1 on comment \"%2\", the whole comment (%3)")
                   .arg(created->id)
                   .arg(created->commentSourceId, created->color)
            << '\n';
    out.flush();
    return 0;
}

} // namespace Scholia
