#pragma once

#include "annotation.h"
#include "argumentmap.h"
#include "threaddocument.h"
#include "threadhistory.h"
#include "threadviewstate.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace Scholia {

// A thread with everything the reader added to it: what an export prints.
struct AnnotatedThread
{
    qint64 threadId = 0; // the thread's id in the library; 0 when it is not from one
    ThreadDocument thread;
    std::vector<Annotation> annotations; // tree order, as AnnotationStore lists them
    QString notesMarkdown;               // the thread's own notes
    QStringList tags;                    // the thread's own tags
    QDateTime savedAt;                   // UTC; when it entered the library; invalid if unknown
    ThreadViewState viewState;
    // The links with an end on this thread and the claims at their ends (some may be on
    // other threads); empty when nothing is linked.
    ArgumentMap argument;
    // Earlier texts, missing comments, read and new state the library remembers; empty when unknown.
    ThreadHistory history;
};

} // namespace Scholia
