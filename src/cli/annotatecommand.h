#pragma once

#include "core/annotation.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QTextStream;

namespace Scholia {

struct Comment;

// scholia annotate ID --comment SOURCE_ID [--quote TEXT [--occurrence N]] [--tag T]...
//                 [--note TEXT] [--color NAME] [--db PATH]
// Adds one annotation, so annotating and batch-tagging can be scripted.
class AnnotateCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotateCommand)

public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    // What the command line asks for.
    struct Request
    {
        QString database;
        Annotation draft; // thread, comment, colour, note and tags; the passage comes later
        QString quote;    // empty: the whole comment
        std::optional<int> occurrence;
        bool wait = false; // --wait: for a writer lock another process holds
    };

    // The request, or the exit code to stop with (0 after --help, 2 for bad usage).
    static std::optional<int> parse(const QStringList &arguments, QTextStream &out,
                                    QTextStream &err, Request &request);
    // Where the quote is in the comment's text; warns on err when it is there more than once.
    static Result<TextPositionSelector> locate(const Request &request, const Comment &comment,
                                               QTextStream &err);
};

} // namespace Scholia
