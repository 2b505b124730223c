#include "textdumpimporter.h"

#include "core/commenttree.h"
#include "html/htmlsanitizer.h"
#include "import/importsource.h"
#include "import/savegapstally.h"
#include "import/utf8repair.h"
#include "textdumpchrome.h"
#include "textdumpsegmenter.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>

#include <map>

namespace Scholia {

namespace {

// A title is one short line that does not read as the end of a sentence.
constexpr int longestTitle = 200;

bool looksLikeTitle(const QString &line)
{
    if (line.size() > longestTitle)
        return false;
    const QChar last = line.back();
    return last != QLatin1Char('.') && last != QLatin1Char(',') && last != QLatin1Char(';')
        && last != QLatin1Char(':');
}

QString shortHash(const QString &text, int hexDigits)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(hexDigits));
}

QString normalizedForId(const QString &text)
{
    return text.simplified().toCaseFolded();
}

class DumpReader
{
public:
    explicit DumpReader(const ImportSource &source) : m_source(source) {}

    Result<ThreadDocument> read(const QString &text)
    {
        QStringList lines = text.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = line.trimmed(); // also drops the \r of CRLF files
        const TextDumpChrome *chrome = TextDumpChrome::recognise(lines);
        const int header = chrome ? chrome->headerLength(lines) : 0;
        if (header > 0)
            m_doc.warnings << QStringLiteral("dropped the page header (%1 lines: site rules and the reply form, up to "
                                             "\"%2\")")
                                  .arg(header)
                                  .arg(lines[header - 1]);

        TextDumpSegmentation segmentation =
            TextDumpSegmenter::segment(tokensOf(lines, header, chrome));
        if (segmentation.units.empty())
            return Error::of(header > 0
                                 ? QStringLiteral("no text is left once the page header is dropped")
                                 : QStringLiteral("the file holds no text"));
        m_doc.warnings << segmentation.warnings;
        if (m_doc.title.isEmpty()) {
            m_doc.title = QFileInfo(m_source.path).completeBaseName();
            m_doc.warnings << QStringLiteral(
                "no title line at the top; the file's name is the title");
        }
        fillThread(segmentation);
        auto comments = commentsOf(segmentation);
        if (!comments)
            return comments.error();
        m_doc.comments = std::move(comments.value());
        m_gaps.writeInto(m_doc);
        m_doc.warnings.prepend(
            QStringLiteral(
                "rebuilt from plain text: no authors, times or scores; %1 comment(s) found from %2 "
                "paragraph(s)%3")
                .arg(m_doc.comments.size())
                .arg(segmentation.paragraphs.size())
                .arg(chrome ? QStringLiteral(" and the trailer lines of a page of the %1 family")
                                  .arg(chrome->family)
                            : QString()));
        return std::move(m_doc);
    }

private:
    // The lines after the header as the segmenter reads them: the page's buttons dropped
    // (and said), its links to more counted, the title taken from the first line.
    std::vector<TextDumpToken> tokensOf(const QStringList &lines, int header,
                                        const TextDumpChrome *chrome)
    {
        std::vector<TextDumpToken> tokens;
        std::map<QString, int> droppedChrome;
        bool titleFound = false;
        for (int i = header; i < lines.size(); ++i) {
            const QString &line = lines[i];
            if (line.isEmpty()) {
                tokens.push_back({TextDumpToken::Kind::BlockBreak, {}, i + 1});
                continue;
            }
            const auto kind = chrome ? chrome->kind(line) : TextDumpChrome::LineKind::Text;
            if (kind == TextDumpChrome::LineKind::Chrome) {
                ++droppedChrome[line];
                continue;
            }
            if (kind == TextDumpChrome::LineKind::Gap) {
                m_gaps.add(QStringLiteral("\"%1\" line").arg(line));
                continue;
            }
            if (kind == TextDumpChrome::LineKind::Trailer) {
                tokens.push_back({TextDumpToken::Kind::Trailer, line, i + 1});
                continue;
            }
            if (!titleFound && m_doc.title.isEmpty()) {
                titleFound = true;
                if (looksLikeTitle(line) && hasTextAfter(lines, i)) {
                    m_doc.title = line;
                    continue;
                }
            }
            tokens.push_back({TextDumpToken::Kind::Paragraph, line, i + 1});
        }
        if (!droppedChrome.empty()) {
            QStringList counts;
            for (const auto &[line, count] : droppedChrome)
                counts << QStringLiteral("\"%1\" ×%2").arg(line).arg(count);
            m_doc.warnings << QStringLiteral("dropped the page's button lines: %1").arg(counts.join(QLatin1String(", ")));
        }
        return tokens;
    }

    static bool hasTextAfter(const QStringList &lines, int index)
    {
        for (int i = index + 1; i < lines.size(); ++i) {
            if (!lines[i].isEmpty())
                return true;
        }
        return false;
    }

    static SanitizedHtml htmlOf(const TextDumpSegmentation &s, const TextDumpUnit &unit)
    {
        // Built from escaped text only, then through the shared sanitizer like every
        // other importer's HTML, so the stored text is exactly the HTML's text.
        QString html;
        for (int p = unit.firstParagraph; p < unit.firstParagraph + unit.paragraphCount; ++p) {
            const QString paragraph = QStringLiteral("<p>%1</p>").arg(s.paragraphs[size_t(p)].text.toHtmlEscaped());
            html += s.isQuote[size_t(p)] ? QStringLiteral("<blockquote>%1</blockquote>").arg(paragraph) : paragraph;
        }
        return HtmlSanitizer::sanitize(html);
    }

    static QString plainTextOf(const TextDumpSegmentation &s, const TextDumpUnit &unit)
    {
        QStringList text;
        for (int p = unit.firstParagraph; p < unit.firstParagraph + unit.paragraphCount; ++p)
            text << s.paragraphs[size_t(p)].text;
        return text.join(QLatin1Char('\n'));
    }

    void fillThread(const TextDumpSegmentation &s)
    {
        const TextDumpUnit &post = s.units.front();
        const SanitizedHtml body = htmlOf(s, post);
        m_doc.bodyHtml = body.html;
        m_doc.bodyText = body.text;
        m_doc.sourceKind = ThreadDocument::textDumpSourceKind();
        // A dump has no id: the thread is its title (or its text when the title is
        // only the file name), so saving the same page again merges.
        const bool titleFromFile = m_doc.title == QFileInfo(m_source.path).completeBaseName();
        m_doc.sourceId = shortHash(normalizedForId(titleFromFile ? plainTextOf(s, post) : m_doc.title), 16);
    }

    Result<std::vector<Comment>> commentsOf(const TextDumpSegmentation &s) const
    {
        std::vector<QString> ids(s.units.size());
        QHash<QString, int> seen;
        std::vector<LinkedComment> linked;
        linked.reserve(s.units.size());
        for (size_t u = 1; u < s.units.size(); ++u) {
            const TextDumpUnit &unit = s.units[u];
            // Named after its text: a re-import of a longer save finds the same comment.
            const QString base = QStringLiteral("t") + shortHash(normalizedForId(plainTextOf(s, unit)), 12);
            const int repeat = ++seen[base];
            ids[u] = repeat == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(repeat);
            Comment comment;
            comment.sourceId = ids[u];
            const SanitizedHtml body = htmlOf(s, unit);
            comment.bodyHtml = body.html;
            comment.bodyText = body.text;
            // Replies to the post (unit 0), or to nothing, are the top level.
            const QString parent = unit.parent > 0 ? ids[size_t(unit.parent)] : QString();
            linked.push_back({std::move(comment), parent});
        }
        return CommentTree::arrange(std::move(linked));
    }

    const ImportSource &m_source;
    ThreadDocument m_doc;
    SaveGapsTally m_gaps;
};

} // namespace

QString TextDumpImporter::formatName() const
{
    return QStringLiteral("text-dump");
}

int TextDumpImporter::detect(const ImportSource &source) const
{
    const QByteArrayView head = source.head();
    const QByteArrayView trimmed = head.trimmed();
    if (trimmed.isEmpty() || head.contains('\0'))
        return 0;
    // Structured formats have their own importers; plain text is the last resort.
    if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('<')
        || head.startsWith("From "))
        return 0;
    // Bytes that are not UTF-8 do not make it binary: the registry replaces them, and says so.
    const QStringList lines = QString::fromUtf8(head).split(QLatin1Char('\n'));
    QStringList trimmedLines;
    for (const QString &line : lines)
        trimmedLines << line.trimmed();
    // A thread needs at least a title or post and one more line.
    if (trimmedLines.size() - trimmedLines.count(QString()) < 2)
        return 0;
    int confidence = source.hasExtension(QLatin1String(".txt")) ? 40 : 20;
    if (TextDumpChrome::recognise(trimmedLines))
        confidence += 40;
    return confidence;
}

Result<std::vector<ThreadDocument>> TextDumpImporter::parse(const ImportSource &source) const
{
    const auto inContext = errorContext(source);
    if (const qsizetype nul = source.data.indexOf('\0'); nul >= 0)
        return inContext(Error::of(QStringLiteral("a NUL byte: this is not a text file")).atByte(nul));
    QByteArrayView bytes = source.data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    // (The registry repairs invalid UTF-8 before it gets here; called directly, it refuses.)
    if (const auto invalid = Utf8Repair::firstInvalidByte(bytes))
        return inContext(Error::of(QStringLiteral("not UTF-8 text (save the page as UTF-8)"))
                             .atByte(*invalid + (bytes.size() < source.data.size() ? 3 : 0)));
    const QString text = QString::fromUtf8(bytes);
    auto doc = DumpReader(source).read(text);
    if (!doc)
        return inContext(doc.error());
    return oneThread(std::move(doc.value()));
}

} // namespace Scholia
