// PdfPageNumberer without a web engine: PDFs written here object by object, numbered, and
// read back with QtPdf. Every page gets its number once, centred at the foot of what the
// reader sees, whatever state the page's own drawing leaves and whatever its fonts are
// called; a PDF qpdf cannot read cleanly is refused rather than repaired.

#include "export/pdfpagenumberer.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryFile>
#include <QTest>

using namespace Scholia;

namespace {

constexpr double bottomMargin = 40; // the number's baseline: 18 pt above the page's foot

QByteArray stream(const QByteArray &data)
{
    return "<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

// A PDF of these objects, numbered from 1 (the first is the catalog), with a classic
// cross-reference table.
QByteArray pdfOf(const QList<QByteArray> &objects)
{
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const QByteArray size = QByteArray::number(objects.size() + 1);
    const qsizetype xref = out.size();
    out += "xref\n0 " + size + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + size + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) +
           "\n%%EOF\n";
    return out;
}

// Three pages unlike Chromium's, each in a way that could put the number in the wrong
// place or in the wrong font. Their own text is set in Courier, under the names the
// numberer would pick first.
QByteArray threePages()
{
    return pdfOf({
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 /MediaBox [0 0 300 400]"
        " /Resources << /Font << /ScholiaPageNumber1 6 0 R >> >> >>",
        // Box and resources inherited; the drawing leaves the coordinates scaled and moved.
        "<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>",
        // A CropBox inside the MediaBox; the content in two streams.
        "<< /Type /Page /Parent 2 0 R /CropBox [50 60 250 360] /Contents [8 0 R 9 0 R] >>",
        // A MediaBox of its own; resources and fonts each one object of their own.
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 250] /Resources 10 0 R"
        " /Contents 12 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        stream("BT /ScholiaPageNumber1 12 Tf 20 350 Td (Own text one) Tj ET"
               " 3 0 0 3 40 -90 cm 1 0 0 rg"),
        stream("BT /ScholiaPageNumber1 12 Tf 60 300 Td"),
        stream("(Own text two) Tj ET 0.5 0 0 0.5 0 0 cm"),
        "<< /Font 11 0 R >>",
        "<< /ScholiaPageNumber1 6 0 R /ScholiaPageNumber2 6 0 R >>",
        stream("BT /ScholiaPageNumber2 12 Tf 20 200 Td (Own text three) Tj ET 5 Tc 300 Tz"),
    });
}

// Where a page's text shows this string, in QtPdf's page coordinates (points from the
// top left of the visible page), or an empty rectangle.
QRectF boundsOf(QPdfDocument &document, int page, const QString &text)
{
    const qsizetype at = document.getAllText(page).text().indexOf(text);
    if (at < 0)
        return {};
    return document.getSelectionAtIndex(page, int(at), int(text.size())).boundingRectangle();
}

} // namespace

class TestPdfPageNumberer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const Result<QByteArray> numbered = PdfPageNumberer::stamp(threePages(), bottomMargin);
        if (!numbered)
            QFAIL(qPrintable(numbered.error().toString()));
        QVERIFY(m_file.open());
        m_file.write(*numbered);
        m_file.close();
        QCOMPARE(m_document.load(m_file.fileName()), QPdfDocument::Error::None);
        QCOMPARE(m_document.pageCount(), 3);
    }

    void everyPageHasItsNumberAtTheFoot_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QRectF>("visible"); // in PDF coordinates: from the lower left
        QTest::newRow("inherited box and fonts, coordinates left scaled")
            << 0 << QRectF(0, 0, 300, 400);
        QTest::newRow("CropBox, content in two streams") << 1 << QRectF(50, 60, 200, 300);
        QTest::newRow("own MediaBox, resources as objects, text spacing left wide")
            << 2 << QRectF(0, 0, 200, 250);
    }

    void everyPageHasItsNumberAtTheFoot()
    {
        QFETCH(int, page);
        QFETCH(QRectF, visible);
        QCOMPARE(m_document.pagePointSize(page), visible.size());
        const QString text = m_document.getAllText(page).text();
        const QString number = QStringLiteral("%1 / 3").arg(page + 1);
        QCOMPARE(text.count(number), 1);
        QCOMPARE(text.count(QStringLiteral(" / ")), 1);

        const QRectF box = boundsOf(m_document, page, number);
        const QString where = QStringLiteral("%1,%2 %3x%4")
                                  .arg(box.x())
                                  .arg(box.y())
                                  .arg(box.width())
                                  .arg(box.height());
        // QtPdf measures text from the PDF's origin, x rightwards and y down from the
        // visible height, whatever the CropBox.
        const double centre = visible.x() + visible.width() / 2;
        const double baseline = visible.height() - (visible.y() + 18);
        QVERIFY2(qAbs(box.center().x() - centre) < 1.5, qPrintable(where));
        QVERIFY2(qAbs(box.bottom() - baseline) < 1.5, qPrintable(where));
        // Helvetica at 8.5 pt: 16.5 pt wide with its advances; Courier would be 25.5.
        QVERIFY2(box.width() > 12 && box.width() < 18, qPrintable(where));
    }

    void thePagesOwnTextKeepsItsFont_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("own");
        QTest::newRow("inherited fonts") << 0 << "Own text one";
        QTest::newRow("inherited fonts, two streams") << 1 << "Own text two";
        QTest::newRow("fonts as an object") << 2 << "Own text three";
    }

    void thePagesOwnTextKeepsItsFont()
    {
        QFETCH(int, page);
        QFETCH(QString, own);
        const QRectF box = boundsOf(m_document, page, own);
        // Courier at 12 pt is 7.2 pt a character; Helvetica would be about a quarter narrower.
        const double courier = own.size() * 7.2;
        QVERIFY2(box.width() > courier - 4 && box.width() < courier + 1,
                 qPrintable(QString::number(box.width())));
    }

    void whatQpdfCannotReadCleanlyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        const QByteArray good = threePages();
        QTest::newRow("no PDF structure") << QByteArray("%PDF-1.7\nnot a structure this "
                                                        "understands\n%%EOF");
        QTest::newRow("cut in half") << good.left(good.size() / 2);
        QByteArray shifted = good;
        QTest::newRow("cross-reference offsets wrong") << shifted.insert(9, "%x\n");
        QTest::newRow("no pages") << pdfOf(
            {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"});
        QTest::newRow("empty") << QByteArray();
    }

    void whatQpdfCannotReadCleanlyIsRefused()
    {
        QFETCH(QByteArray, pdf);
        const Result<QByteArray> numbered = PdfPageNumberer::stamp(pdf, bottomMargin);
        QVERIFY(!numbered.ok());
        QVERIFY2(numbered.error().message.startsWith("cannot add page numbers: "),
                 qPrintable(numbered.error().message));
    }

private:
    QTemporaryFile m_file;
    QPdfDocument m_document;
};

QTEST_MAIN(TestPdfPageNumberer)
#include "tst_pdfpagenumberer.moc"
