#include "threadmaplayout.h"

#include "core/annotation.h"
#include "core/comment.h"
#include "core/highlightpalette.h"
#include "core/threadoutline.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Scholia {

namespace {
// Indentation never takes more than this share of the tree area, so the deepest
// comments still show their length.
constexpr double maxIndentShare = 0.6;
// Depth at which half of that share is used: the first levels, where most comments are,
// are far apart; a 40-deep chain is still drawn deeper than a 20-deep one.
constexpr double halfIndentDepth = 6.0;
constexpr int minimumLength = 2;
} // namespace

void ThreadMapLayout::setComments(const std::vector<Comment> &comments)
{
    setOutline(ThreadOutline::of(comments));
}

void ThreadMapLayout::setOutline(const ThreadOutline &outline)
{
    const size_t count = outline.size();
    m_ids = outline.ids;
    m_depths.assign(count, 0);
    m_textLengths.assign(count, 0);
    m_colors.assign(count, 0);
    m_marks.assign(count, 0);
    m_findHitCount = 0;
    for (size_t i = 0; i < count; ++i) {
        m_depths[i] = std::max(0, outline.depths[i]);
        m_textLengths[i] = int(std::min<qsizetype>(outline.textLengths[i], INT_MAX));
        if (outline.placeholders[i])
            m_marks[i] = Placeholder;
    }
}

void ThreadMapLayout::setAnnotations(const std::vector<Annotation> &annotations)
{
    const QStringList names = HighlightPalette::names();
    QHash<QString, quint8> colorsById; // a thread's annotations are few: hash those
    for (const Annotation &a : annotations) {
        if (a.anchorState == AnchorState::Orphaned)
            continue;
        const qsizetype bit = names.indexOf(a.color);
        // A colour the palette no longer has is drawn as the default one, as the page does.
        const qsizetype drawn =
            bit >= 0 && bit < 8 ? bit : names.indexOf(HighlightPalette::defaultColorName());
        colorsById[a.commentSourceId] |= quint8(1u << std::clamp<qsizetype>(drawn, 0, 7));
    }
    for (size_t i = 0; i < m_ids.size(); ++i)
        m_colors[i] = colorsById.isEmpty() ? 0 : colorsById.value(m_ids[i], 0);
}

void ThreadMapLayout::setReadMarks(const QSet<QString> &unread, const QSet<QString> &fresh)
{
    for (size_t i = 0; i < m_ids.size(); ++i) {
        quint8 marks = m_marks[i] & ~(Unread | Fresh);
        if (!unread.isEmpty() && unread.contains(m_ids[i]))
            marks |= Unread;
        if (!fresh.isEmpty() && fresh.contains(m_ids[i]))
            marks |= Fresh;
        m_marks[i] = marks;
    }
}

void ThreadMapLayout::setFindHits(const QList<int> &commentIndices)
{
    for (quint8 &marks : m_marks)
        marks &= ~FindHit;
    m_findHitCount = 0;
    for (const int i : commentIndices) {
        if (i < 0 || i >= commentCount() || (m_marks[size_t(i)] & FindHit))
            continue;
        m_marks[size_t(i)] |= FindHit;
        ++m_findHitCount;
    }
}

int ThreadMapLayout::indentOf(int depth, int treeWidth)
{
    const double d = std::max(0, depth);
    return int(std::lround(treeWidth * maxIndentShare * d / (d + halfIndentDepth)));
}

int ThreadMapLayout::lengthOf(int textLength, int treeWidth)
{
    // Square root: a one-liner, a paragraph and an essay come out clearly apart, and a
    // 100 KB comment does not flatten everything else.
    const double share =
        std::sqrt(std::min(1.0, double(std::max(0, textLength)) / fullLengthCharacters));
    return std::max(minimumLength, int(std::lround(treeWidth * share)));
}

std::pair<qint64, qint64> ThreadMapLayout::scale(int height) const
{
    const qint64 count = commentCount();
    if (count == 0 || count * maxPitch <= height)
        return {maxPitch, 1};
    return {std::max(0, height), count};
}

int ThreadMapLayout::yOf(int comment, int height) const
{
    const auto [numerator, denominator] = scale(height);
    return int(qint64(comment) * numerator / denominator);
}

int ThreadMapLayout::commentAt(int y, int height) const
{
    const qint64 count = commentCount();
    if (count == 0 || y < 0)
        return count == 0 ? -1 : 0;
    const auto [numerator, denominator] = scale(height);
    // The first comment drawn at or below y: ceil(y * denominator / numerator).
    qint64 i = numerator == 0 ? 0 : (qint64(y) * denominator + numerator - 1) / numerator;
    if (i >= count || yOf(int(i), height) > y)
        --i; // y is inside the band of the comment before
    return int(std::clamp<qint64>(i, 0, count - 1));
}

std::pair<int, int> ThreadMapLayout::span(int first, int last, int height) const
{
    const int count = commentCount();
    first = std::clamp(first, 0, std::max(0, count - 1));
    last = std::clamp(last, first, std::max(0, count - 1));
    return {yOf(first, height), std::max(yOf(first, height) + 1, yOf(last + 1, height))};
}

ThreadMapRow ThreadMapLayout::marksOf(int first, int end) const
{
    ThreadMapRow row;
    row.firstComment = std::clamp(first, 0, commentCount());
    row.endComment = std::clamp(end, row.firstComment, commentCount());
    row.onlyPlaceholders = row.endComment > row.firstComment;
    for (int i = row.firstComment; i < row.endComment; ++i) {
        const size_t at = size_t(i);
        row.annotationColors |= m_colors[at];
        row.onlyPlaceholders = row.onlyPlaceholders && (m_marks[at] & Placeholder);
        row.unread = row.unread || (m_marks[at] & Unread);
        row.fresh = row.fresh || (m_marks[at] & Fresh);
        row.findHit = row.findHit || (m_marks[at] & FindHit);
    }
    return row;
}

std::vector<ThreadMapRow> ThreadMapLayout::rows(int height, int treeWidth) const
{
    std::vector<ThreadMapRow> rows;
    const int count = commentCount();
    if (count == 0 || height <= 0)
        return rows;
    rows.reserve(size_t(std::min(count, height)));
    ThreadMapRow *row = nullptr;
    int rowEnd = 0; // right end of the band's longest line
    qint64 indentSum = 0;
    qint64 endSum = 0;
    const auto finish = [&](ThreadMapRow &done) {
        done.length = std::max(1, rowEnd - done.indent);
        const qint64 n = done.endComment - done.firstComment;
        done.typicalIndent = int((indentSum + n / 2) / n);
        done.typicalLength = std::max(1, int((endSum + n / 2) / n) - done.typicalIndent);
    };
    for (int i = 0; i < count; ++i) {
        const int y = yOf(i, height);
        const size_t at = size_t(i);
        const int indent = indentOf(m_depths[at], treeWidth);
        const int end = std::min(treeWidth, indent + lengthOf(m_textLengths[at], treeWidth));
        const bool placeholder = m_marks[at] & Placeholder;
        if (!row || y != row->y) {
            if (row)
                finish(*row);
            indentSum = endSum = 0;
            rows.push_back(ThreadMapRow{});
            row = &rows.back();
            row->y = y;
            row->firstComment = i;
            row->indent = indent;
            row->onlyPlaceholders = placeholder;
            rowEnd = end;
        } else {
            row->indent = std::min(row->indent, indent);
            row->onlyPlaceholders = row->onlyPlaceholders && placeholder;
            rowEnd = std::max(rowEnd, end);
        }
        row->endComment = i + 1;
        indentSum += indent;
        endSum += end;
        row->annotationColors |= m_colors[at];
        row->unread = row->unread || (m_marks[at] & Unread);
        row->fresh = row->fresh || (m_marks[at] & Fresh);
        row->findHit = row->findHit || (m_marks[at] & FindHit);
    }
    finish(*row);
    for (size_t r = 0; r < rows.size(); ++r) {
        const int next = r + 1 < rows.size() ? rows[r + 1].y : yOf(count, height);
        rows[r].height = std::max(1, next - rows[r].y);
    }
    return rows;
}

} // namespace Scholia
