#pragma once

#include <QByteArray>

namespace Scholia {

// Adds page numbers ("3 / 12", bottom centre) to a PDF as Chromium's printToPdf writes
// it. Chromium 102 (Qt 6.4) has neither CSS margin boxes (@bottom-center) nor, through
// Qt, its own header and footer, so the numbers are added afterwards as a PDF
// incremental update: the original bytes stay as they are, and appended objects give
// each page one more content stream and a standard font. A PDF whose structure is not
// the plain kind Chromium's Skia writes (classic xref table, pages with inline
// resources) comes back unchanged rather than risk breaking it.
class PdfPageNumberer
{
public:
    // bottomMarginPt: the page's bottom margin, where the number goes.
    static QByteArray stamp(const QByteArray &pdf, double bottomMarginPt);
};

} // namespace Scholia
