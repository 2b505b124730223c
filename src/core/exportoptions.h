#pragma once

#include <QDateTime>
#include <QString>

namespace Scholia {

enum class ExportFormat
{
    Pdf,
    Html,
    Markdown
};

// Which comments an export holds (ThreadScope computes them).
enum class ExportScope
{
    WholeThread,
    AnnotatedWithContext, // annotated comments and their ancestors, so each reads in context
    CollapseState,        // as the reader left the view: replies of collapsed comments left out
    Subtree,              // one comment (ExportOptions::subtreeRoot) and everything below it
};

enum class PageSize
{
    A4,
    Letter
};

// Where a printed annotation's note goes.
enum class NotePlacement
{
    Endnotes, // numbered, in a list after the thread
    Boxes,    // in a box right after the comment it belongs to
};

// Everything the Export dialog and `scholia export` let the reader choose. Page settings
// matter for PDF (and are written as @page rules into HTML, for printing it later).
struct ExportOptions
{
    ExportFormat format = ExportFormat::Pdf;
    ExportScope scope = ExportScope::WholeThread;
    QString subtreeRoot; // a comment's source id, for ExportScope::Subtree
    PageSize pageSize = PageSize::A4;
    double marginMm = 15.0;
    double fontSizePt = 10.0;
    bool greyscale = false; // highlights told apart by patterns and labels, not colour
    NotePlacement notes = NotePlacement::Endnotes;
    // Edited comments carry their earlier texts (ThreadHistory): as word diffs in PDF and
    // HTML, as quotes in Markdown.
    bool includeVersions = false;
    QDateTime exportedAt; // UTC; invalid means now

    QDateTime exportTime() const
    {
        return exportedAt.isValid() ? exportedAt : QDateTime::currentDateTimeUtc();
    }
};

} // namespace Scholia
