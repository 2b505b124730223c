#include "pdfpagenumberer.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <optional>

namespace Scholia {

namespace {

struct Trailer
{
    int size = 0;
    QByteArray root; // "34 0 R"
    QByteArray info; // may be empty
    qint64 startXref = -1;
};

std::optional<Trailer> readTrailer(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailer = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailer < 0)
        return std::nullopt;
    const QString tail = QString::fromLatin1(pdf.mid(trailer));
    static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression root(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression info(QStringLiteral("/Info\\s+(\\d+\\s+\\d+\\s+R)"));
    static const QRegularExpression start(QStringLiteral("startxref\\s+(\\d+)"));
    const auto sizeMatch = size.match(tail);
    const auto rootMatch = root.match(tail);
    const auto startMatch = start.match(tail);
    if (!sizeMatch.hasMatch() || !rootMatch.hasMatch() || !startMatch.hasMatch() ||
        tail.contains(QLatin1String("/Prev")))
        return std::nullopt;
    return Trailer{sizeMatch.captured(1).toInt(), rootMatch.captured(1).toLatin1(),
                   info.match(tail).captured(1).toLatin1(), startMatch.captured(1).toLongLong()};
}

// Object number → byte offset, from a classic cross-reference table.
std::optional<QHash<int, qint64>> readXref(const QByteArray &pdf, qint64 at)
{
    if (at < 0 || at >= pdf.size() || !pdf.mid(at, 4).startsWith("xref"))
        return std::nullopt;
    QHash<int, qint64> offsets;
    const QList<QByteArray> lines = pdf.mid(at, pdf.indexOf("trailer", at) - at).split('\n');
    int number = -1;
    for (const QByteArray &raw : lines.mid(1)) {
        const QList<QByteArray> fields = raw.trimmed().split(' ');
        if (fields.size() == 2) {
            number = fields[0].toInt();
        } else if (fields.size() == 3 && number >= 0) {
            if (fields[2] == "n")
                offsets.insert(number, fields[0].toLongLong());
            ++number;
        }
    }
    return offsets;
}

// The dictionary text of object `number` ("<<…>>" between "obj" and "endobj"), without streams.
QByteArray objectBody(const QByteArray &pdf, const QHash<int, qint64> &offsets, int number)
{
    const qint64 at = offsets.value(number, -1);
    if (at < 0)
        return {};
    const qsizetype open = pdf.indexOf("obj", at);
    const qsizetype end = pdf.indexOf("endobj", open);
    if (open < 0 || end < 0)
        return {};
    const QByteArray body = pdf.mid(open + 3, end - open - 3).trimmed();
    return body.contains("stream") ? QByteArray() : body;
}

int referenced(const QByteArray &dictionary, const char *key)
{
    const QString pattern = QStringLiteral("%1\\s+(\\d+)\\s+0\\s+R")
                                .arg(QRegularExpression::escape(QLatin1String(key)));
    const auto match = QRegularExpression(pattern).match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The pages in reading order: a walk of the page tree with an explicit stack.
QList<int> pagesInOrder(const QByteArray &pdf, const QHash<int, qint64> &offsets, int pagesRoot)
{
    static const QRegularExpression kid(QStringLiteral("(\\d+)\\s+0\\s+R"));
    QList<int> pages;
    QList<int> stack{pagesRoot};
    QSet<int> seen;
    while (!stack.isEmpty()) {
        const int node = stack.takeLast();
        if (seen.contains(node))
            return {}; // a cycle: not a tree we understand
        seen.insert(node);
        const QByteArray body = objectBody(pdf, offsets, node);
        if (body.contains("/Type /Pages")) {
            const qsizetype kids = body.indexOf("/Kids");
            const qsizetype open = body.indexOf('[', kids);
            const qsizetype close = body.indexOf(']', open);
            if (kids < 0 || open < 0 || close < 0)
                return {};
            QList<int> children;
            for (auto it =
                     kid.globalMatch(QString::fromLatin1(body.mid(open + 1, close - open - 1)));
                 it.hasNext();)
                children << it.next().captured(1).toInt();
            for (auto child = children.crbegin(); child != children.crend(); ++child)
                stack << *child;
        } else if (body.contains("/Type /Page")) {
            pages << node;
        } else {
            return {};
        }
    }
    return pages;
}

// Helvetica's advance widths (per 1000 em) for what a page number holds.
double textWidth(const QByteArray &text, double size)
{
    double width = 0;
    for (const char c : text)
        width += c >= '0' && c <= '9' ? 556 : 278; // digits; space and slash
    return width * size / 1000.0;
}

struct Appended
{
    QByteArray bytes;
    QList<QPair<int, qint64>> offsets; // object number → offset in the final file
    qint64 base = 0;

    void add(int number, const QByteArray &body)
    {
        offsets.append({number, base + bytes.size()});
        bytes += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    void addStream(int number, const QByteArray &data)
    {
        add(number,
            "<</Length " + QByteArray::number(data.size()) + ">>\nstream\n" + data + "\nendstream");
    }
};

} // namespace

QByteArray PdfPageNumberer::stamp(const QByteArray &pdf, double bottomMarginPt)
{
    const std::optional<Trailer> trailer = readTrailer(pdf);
    if (!trailer)
        return pdf;
    const std::optional<QHash<int, qint64>> offsets = readXref(pdf, trailer->startXref);
    if (!offsets)
        return pdf;
    const int catalog = trailer->root.split(' ').value(0).toInt();
    const int pagesRoot = referenced(objectBody(pdf, *offsets, catalog), "/Pages");
    const QList<int> pages = pagesRoot > 0 ? pagesInOrder(pdf, *offsets, pagesRoot) : QList<int>();
    if (pages.isEmpty())
        return pdf;

    Appended out;
    out.base = pdf.size() + 1; // after the newline that separates the update
    int next = trailer->size;
    const int font = next++;
    const int open = next++; // "q": the page's own drawing keeps to itself
    out.add(font,
            "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>");
    out.addStream(open, "q");
    static const QRegularExpression mediaBox(QStringLiteral(
        "/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));
    constexpr double fontSize = 8.5;
    const QByteArray total = QByteArray::number(pages.size());
    for (int index = 0; index < pages.size(); ++index) {
        QByteArray page = objectBody(pdf, *offsets, pages[index]);
        const auto box = mediaBox.match(QString::fromLatin1(page));
        const qsizetype resources = page.indexOf("/Resources <<");
        if (!box.hasMatch() || resources < 0)
            return pdf;
        const double left = box.captured(1).toDouble();
        const double bottom = box.captured(2).toDouble();
        const double width = box.captured(3).toDouble() - left;
        const QByteArray text = QByteArray::number(index + 1) + " / " + total;
        const double x = left + (width - textWidth(text, fontSize)) / 2;
        const double y = bottom + std::max(bottomMarginPt * 0.45, 10.0);
        const int number = next++;
        out.addStream(number, "Q\nq 0.35 g BT /ScholiaPageNumber " + QByteArray::number(fontSize) +
                                  " Tf " + QByteArray::number(x, 'f', 2) + ' ' +
                                  QByteArray::number(y, 'f', 2) + " Td (" + text + ") Tj ET Q");
        const QByteArray fontEntry = "/ScholiaPageNumber " + QByteArray::number(font) + " 0 R ";
        if (const qsizetype fonts = page.indexOf("/Font <<"); fonts >= 0)
            page.insert(fonts + 8, fontEntry);
        else
            page.insert(resources + 13, "/Font <<" + fontEntry + ">>\n");
        static const QRegularExpression contents(
            QStringLiteral("/Contents\\s+(\\d+\\s+0\\s+R|\\[[^\\]]*\\])"));
        const auto match = contents.match(QString::fromLatin1(page));
        if (!match.hasMatch())
            return pdf;
        QByteArray streams = match.captured(1).toLatin1();
        if (streams.startsWith('['))
            streams = streams.mid(1, streams.size() - 2).trimmed();
        page.replace(match.capturedStart(), match.capturedLength(),
                     "/Contents [" + QByteArray::number(open) + " 0 R " + streams + ' ' +
                         QByteArray::number(number) + " 0 R]");
        out.add(pages[index], page);
    }

    // The cross-reference section of the update: one subsection per object, then a
    // trailer pointing back at the original one.
    QByteArray xref = "xref\n";
    for (const auto &[number, offset] : out.offsets)
        xref += QByteArray::number(number) + " 1\n" +
                QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    QByteArray trailerText =
        "trailer\n<</Size " + QByteArray::number(next) + " /Root " + trailer->root;
    if (!trailer->info.isEmpty())
        trailerText += " /Info " + trailer->info;
    trailerText += " /Prev " + QByteArray::number(trailer->startXref) + ">>\n";
    const qint64 xrefOffset = out.base + out.bytes.size();
    return pdf + '\n' + out.bytes + xref + trailerText + "startxref\n" +
           QByteArray::number(xrefOffset) + "\n%%EOF\n";
}

} // namespace Scholia
