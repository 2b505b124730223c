#include "svgsanitizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <vector>

namespace Scholia {

namespace {

const QString svgNamespace = QStringLiteral("http://www.w3.org/2000/svg");

bool keepsElement(QStringView name)
{
    static const QSet<QString> allowed = {
        QStringLiteral("svg"),     QStringLiteral("g"),        QStringLiteral("title"),
        QStringLiteral("polygon"), QStringLiteral("polyline"), QStringLiteral("path"),
        QStringLiteral("ellipse"), QStringLiteral("circle"),   QStringLiteral("rect"),
        QStringLiteral("line"),    QStringLiteral("text"),     QStringLiteral("tspan"),
    };
    return allowed.contains(name.toString());
}

bool keepsAttribute(QStringView name)
{
    static const QSet<QString> allowed = {
        QStringLiteral("id"),
        QStringLiteral("class"),
        QStringLiteral("width"),
        QStringLiteral("height"),
        QStringLiteral("viewBox"),
        QStringLiteral("preserveAspectRatio"),
        QStringLiteral("transform"),
        QStringLiteral("points"),
        QStringLiteral("d"),
        QStringLiteral("x"),
        QStringLiteral("y"),
        QStringLiteral("x1"),
        QStringLiteral("y1"),
        QStringLiteral("x2"),
        QStringLiteral("y2"),
        QStringLiteral("cx"),
        QStringLiteral("cy"),
        QStringLiteral("r"),
        QStringLiteral("rx"),
        QStringLiteral("ry"),
        QStringLiteral("fill"),
        QStringLiteral("fill-opacity"),
        QStringLiteral("stroke"),
        QStringLiteral("stroke-width"),
        QStringLiteral("stroke-dasharray"),
        QStringLiteral("stroke-opacity"),
        QStringLiteral("stroke-linecap"),
        QStringLiteral("stroke-linejoin"),
        QStringLiteral("opacity"),
        QStringLiteral("font-family"),
        QStringLiteral("font-size"),
        QStringLiteral("font-weight"),
        QStringLiteral("font-style"),
        QStringLiteral("text-anchor"),
        QStringLiteral("text-decoration"),
    };
    return allowed.contains(name.toString());
}

// A value that could make the drawing reach for something else.
bool refersElsewhere(QStringView value)
{
    QString folded;
    for (const QChar c : value) {
        if (!c.isSpace() && c.unicode() >= 0x20)
            folded += c.toLower();
    }
    return folded.contains(QLatin1String("url(")) || folded.contains(QLatin1String("script:")) ||
           folded.contains(QLatin1String("expression(")) || folded.contains(QLatin1Char('<'));
}

bool isPlainName(QStringView value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_ -]*$"));
    return plain.match(value).hasMatch();
}

void writeStart(QXmlStreamWriter &writer, const QXmlStreamReader &reader)
{
    writer.writeStartElement(svgNamespace, reader.name().toString());
    for (const QXmlStreamAttribute &attribute : reader.attributes()) {
        if (!attribute.namespaceUri().isEmpty() || !keepsAttribute(attribute.name()))
            continue;
        const QStringView value = attribute.value();
        if (refersElsewhere(value))
            continue;
        if ((attribute.name() == QLatin1String("id") ||
             attribute.name() == QLatin1String("class")) &&
            !isPlainName(value))
            continue;
        writer.writeAttribute(attribute.name().toString(), value.toString());
    }
}

} // namespace

Result<QString> SvgSanitizer::sanitize(const QString &svg)
{
    QXmlStreamReader reader(svg);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.writeDefaultNamespace(svgNamespace);
    // One entry per open element of the input: whether it was written (an <a> is not,
    // but its children may be). Inside a dropped element everything is skipped.
    std::vector<bool> written;
    qsizetype droppedDepth = 0;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (droppedDepth > 0) {
                ++droppedDepth;
                break;
            }
            const bool isSvg = reader.namespaceUri() == svgNamespace;
            if (!sawRoot && (!isSvg || reader.name() != QLatin1String("svg")))
                return Error::of(tr("the drawing is not an SVG document"));
            sawRoot = true;
            if (isSvg && reader.name() == QLatin1String("a")) {
                written.push_back(false);
            } else if (isSvg && keepsElement(reader.name())) {
                writeStart(writer, reader);
                written.push_back(true);
            } else {
                droppedDepth = 1;
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (droppedDepth > 0) {
                --droppedDepth;
                break;
            }
            if (written.back())
                writer.writeEndElement();
            written.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (droppedDepth == 0 && !written.empty())
                writer.writeCharacters(reader.text().toString());
            break;
        default: // DOCTYPE, comments, processing instructions, the XML declaration
            break;
        }
    }
    if (reader.hasError())
        return Error::of(tr("the drawing is not well-formed XML: %1 (line %2, column %3)")
                             .arg(reader.errorString())
                             .arg(reader.lineNumber())
                             .arg(reader.columnNumber()));
    if (!sawRoot)
        return Error::of(tr("the drawing is empty"));
    return out;
}

} // namespace Scholia
