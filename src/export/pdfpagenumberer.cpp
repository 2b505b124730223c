#include "pdfpagenumberer.h"

#include <QString>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Scholia {

namespace {

constexpr double fontSize = 8.5;

Error refusal(const QString &why)
{
    return Error::of(QStringLiteral("cannot add page numbers: %1").arg(why));
}

// Helvetica's advance widths (per 1000 em) for what a page number holds.
double textWidth(const QByteArray &text)
{
    double width = 0;
    for (const char c : text)
        width += c >= '0' && c <= '9' ? 556 : 278; // digits; space and slash
    return width * fontSize / 1000.0;
}

// The part of the page a reader sees: its CropBox, or its MediaBox when it has none
// (either may be inherited from the page tree), corners in the usual order.
std::optional<QPDFObjectHandle::Rectangle> visibleArea(QPDFPageObjectHelper &page)
{
    QPDFObjectHandle box = page.getCropBox();
    if (!box.isRectangle())
        return std::nullopt;
    const QPDFObjectHandle::Rectangle r = box.getArrayAsRectangle();
    return QPDFObjectHandle::Rectangle(std::min(r.llx, r.urx), std::min(r.lly, r.ury),
                                       std::max(r.llx, r.urx), std::max(r.lly, r.ury));
}

// Adds `font` to the page's font resources under a name the page does not use yet, and
// returns that name. Resources the page shares (inherited from the page tree, or one
// object other pages or forms point to) are copied to the page first, so that what is
// added stays on this page.
Result<std::string> addFont(QPDFPageObjectHelper &page, const QPDFObjectHandle &font)
{
    QPDFObjectHandle resources = page.getAttribute("/Resources", true);
    if (resources.isNull())
        resources = page.getObjectHandle().replaceKeyAndGetNew("/Resources",
                                                               QPDFObjectHandle::newDictionary());
    if (!resources.isDictionary())
        return refusal(QStringLiteral("a page's /Resources is not a dictionary"));
    QPDFObjectHandle fonts = resources.getKey("/Font");
    if (fonts.isNull())
        fonts = QPDFObjectHandle::newDictionary();
    else if (!fonts.isDictionary())
        return refusal(QStringLiteral("a page's /Font resources are not a dictionary"));
    else if (fonts.isIndirect())
        fonts = fonts.shallowCopy();
    int suffix = 1;
    const std::string name = resources.getUniqueResourceName("/ScholiaPageNumber", suffix);
    fonts.replaceKey(name, font);
    resources.replaceKey("/Font", fonts);
    return name;
}

// The number, grey, centred at the foot of the page. It starts by closing the q that
// opens the page's own content, so it is drawn in the page's initial graphics state.
QByteArray numberDrawing(const std::string &fontName, const QByteArray &text,
                         const QPDFObjectHandle::Rectangle &area, double bottomMarginPt)
{
    const double x = area.llx + (area.urx - area.llx - textWidth(text)) / 2;
    const double y = area.lly + std::max(bottomMarginPt * 0.45, 10.0);
    return "\nQ\nq 0.35 g BT " + QByteArray::fromStdString(fontName) + ' ' +
           QByteArray::number(fontSize) + " Tf " + QByteArray::number(x, 'f', 2) + ' ' +
           QByteArray::number(y, 'f', 2) + " Td (" + text + ") Tj ET Q\n";
}

struct Stamp
{
    QPDFObjectHandle font;      // Helvetica, one object for every page
    QPDFObjectHandle openState; // "q", one stream put before every page's own content
    double bottomMarginPt = 0;
};

Result<void> numberPage(QPDF &pdf, QPDFPageObjectHelper &page, const QByteArray &text,
                        const Stamp &stamp)
{
    const std::optional<QPDFObjectHandle::Rectangle> area = visibleArea(page);
    if (!area)
        return refusal(QStringLiteral("a page without a usable /MediaBox"));
    const Result<std::string> fontName = addFont(page, stamp.font);
    if (!fontName)
        return fontName.error();
    page.addPageContents(stamp.openState, true);
    const QByteArray drawing = numberDrawing(*fontName, text, *area, stamp.bottomMarginPt);
    page.addPageContents(pdf.newStream(drawing.toStdString()), false);
    return {};
}

QByteArray written(QPDF &pdf)
{
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    // Chromium's streams are copied as they are: decoding and compressing them again
    // would cost time and change nothing a reader sees.
    writer.setDecodeLevel(qpdf_dl_none);
    writer.setCompressStreams(false);
    writer.write();
    const std::shared_ptr<Buffer> bytes = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(bytes->getBuffer()),
                      qsizetype(bytes->getSize()));
}

Result<QByteArray> numbered(QPDF &pdf, double bottomMarginPt)
{
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    if (pages.empty())
        return refusal(QStringLiteral("no pages"));
    const Stamp stamp{pdf.makeIndirectObject(QPDFObjectHandle::parse(
                          "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
                          " /Encoding /WinAnsiEncoding >>")),
                      pdf.newStream("q\n"), bottomMarginPt};
    const QByteArray total = QByteArray::number(qsizetype(pages.size()));
    for (qsizetype index = 0; index < qsizetype(pages.size()); ++index) {
        const QByteArray text = QByteArray::number(index + 1) + " / " + total;
        if (const Result<void> done = numberPage(pdf, pages[size_t(index)], text, stamp); !done)
            return done.error();
    }
    return written(pdf);
}

} // namespace

Result<QByteArray> PdfPageNumberer::stamp(const QByteArray &pdf, double bottomMarginPt)
{
    // qpdf reports what it cannot read by throwing; nothing may reach the caller, which
    // runs in Qt's event loop.
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        // Repairing a damaged file is guesswork that could change what it shows.
        document.setAttemptRecovery(false);
        document.processMemoryFile("printed PDF", pdf.constData(), size_t(pdf.size()));
        Result<QByteArray> out = numbered(document, bottomMarginPt);
        // A warning is something qpdf read past; such a file is kept as it was.
        if (out && document.anyWarnings())
            return refusal(QString::fromUtf8(document.getWarnings().front().what()));
        return out;
    } catch (const std::exception &error) {
        return refusal(QString::fromUtf8(error.what()));
    }
}

} // namespace Scholia
