#pragma once

#include "core/result.h"

#include <QByteArray>

namespace Scholia {

// Adds page numbers ("3 / 12", bottom centre) to a PDF as Chromium's printToPdf writes
// it. Chromium 102 (Qt 6.4) has neither CSS margin boxes (@bottom-center) nor, through
// Qt, its own header and footer, so the numbers are added afterwards with qpdf: each
// page gets a standard font under a name its resources do not use yet, and one more
// content stream drawn after its own content, which is wrapped in q/Q so that the
// graphics state it leaves behind cannot move or recolour the number. qpdf reads the
// PDF strictly (no repair of damaged files) and writes it anew; a PDF it cannot read
// cleanly is an Error, for the caller to keep as printed rather than risk breaking it.
class PdfPageNumberer
{
public:
    // bottomMarginPt: the page's bottom margin, where the number goes.
    static Result<QByteArray> stamp(const QByteArray &pdf, double bottomMarginPt);
};

} // namespace Scholia
