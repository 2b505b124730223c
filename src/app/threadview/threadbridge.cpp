#include "threadbridge.h"

#include "store/library.h"
#include "store/threadstore.h"

#include <QPoint>

#include <cmath>
#include <optional>

namespace Scholia {

namespace {
// A page cannot collapse (or read) more comments than a thread could have; beyond this
// it is noise.
constexpr qsizetype maxCollapsedIds = 1'000'000;
// Farther than any page is wide or tall; also keeps the int conversion of x/y defined.
constexpr double maxCoordinate = 1e7;

// A JSON number as the channel delivers it. QVariant::toDouble would also take "5" or
// true, which no page of ours sends: a wrong type is refused, not converted.
std::optional<double> numberIn(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        break;
    default:
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number))
        return std::nullopt;
    return number;
}
} // namespace

ThreadBridge::ThreadBridge(Library &library, QObject *parent) : QObject(parent), m_library(library)
{
}

void ThreadBridge::setThread(qint64 threadId)
{
    m_threadId = threadId;
    m_focused.clear();
    m_commentCount = 0;
    if (auto count = m_library.threads().commentCount(threadId))
        m_commentCount = *count;
}

bool ThreadBridge::areCommentsOfThread(const QStringList &ids) const
{
    const Result<bool> held = m_library.threads().hasComments(m_threadId, ids);
    return held && *held;
}

bool ThreadBridge::refuse(const char *why)
{
    ++m_refused;
    qWarning("Scholia: refused a call from the thread page: %s", why);
    return false;
}

bool ThreadBridge::saveViewState(const QVariant &collapsed, const QVariant &focused)
{
    if (m_threadId <= 0)
        return refuse("no thread is shown");
    if (focused.typeId() != QMetaType::QString)
        return refuse("focused is not a string");
    const QString focusedId = focused.toString();
    if (!focusedId.isEmpty() && !areCommentsOfThread({focusedId}))
        return refuse("focused is not a comment of this thread");
    if (collapsed.typeId() != QMetaType::QVariantList)
        return refuse("collapsed is not a list");
    const QVariantList list = collapsed.toList();
    if (list.size() > maxCollapsedIds)
        return refuse("collapsed is too long");
    ThreadViewState state;
    state.focused = focusedId;
    state.collapsed.reserve(list.size());
    for (const QVariant &id : list) {
        if (id.typeId() != QMetaType::QString)
            return refuse("collapsed holds something that is not a comment of this thread");
        state.collapsed << id.toString();
    }
    if (!areCommentsOfThread(state.collapsed))
        return refuse("collapsed holds something that is not a comment of this thread");
    if (auto saved = m_library.threads().saveViewState(m_threadId, state); !saved) {
        qWarning("Scholia: %s", qPrintable(saved.error().toString()));
        return false;
    }
    if (focusedId != m_focused) {
        m_focused = focusedId;
        emit focusedCommentChanged(focusedId);
    }
    return true;
}

bool ThreadBridge::annotateSelection(const QVariant &selection)
{
    if (m_threadId <= 0)
        return refuse("no thread is shown");
    if (selection.typeId() != QMetaType::QVariantMap)
        return refuse("the selection is not an object");
    const QVariantMap map = selection.toMap();
    const QString error = map.value(QStringLiteral("error")).toString();
    if (error == QLatin1String("cross")) {
        emit selectionRefused(tr("A highlight has to stay inside one comment: select text in a single comment."));
        return false;
    }
    if (!error.isEmpty()) {
        emit selectionRefused(tr("Select some text in a comment first, then press h (or use the context menu)."));
        return false;
    }
    const QVariant id = map.value(QStringLiteral("commentId"));
    const QVariant exact = map.value(QStringLiteral("exact"));
    if (id.typeId() != QMetaType::QString || !areCommentsOfThread({id.toString()}))
        return refuse("commentId is not a comment of this thread");
    const std::optional<double> start = numberIn(map.value(QStringLiteral("start")));
    const std::optional<double> end = numberIn(map.value(QStringLiteral("end")));
    if (!start || !end || *start < 0 || *end <= *start || *end > 1e9 ||
        *start != std::floor(*start) || *end != std::floor(*end))
        return refuse("start/end are not a valid range");
    if (exact.typeId() != QMetaType::QString)
        return refuse("exact is not a string");
    const std::optional<double> x = numberIn(map.value(QStringLiteral("x")));
    const std::optional<double> y = numberIn(map.value(QStringLiteral("y")));
    if (!x || !y || std::abs(*x) > maxCoordinate || std::abs(*y) > maxCoordinate)
        return refuse("x/y are not a position on the page");
    // top and right are optional (a page from before they were sent gives none).
    std::optional<double> top = y;
    std::optional<double> right = x;
    if (map.contains(QStringLiteral("top")))
        top = numberIn(map.value(QStringLiteral("top")));
    if (map.contains(QStringLiteral("right")))
        right = numberIn(map.value(QStringLiteral("right")));
    if (!top || !right || std::abs(*top) > maxCoordinate || std::abs(*right) > maxCoordinate ||
        *top > *y || *right < *x)
        return refuse("top/right are not the selection's rectangle");
    // The range is checked against the stored text here as well as in AnnotationStore:
    // a call the page cannot have made honestly is refused at the bridge, so it never
    // reaches the controller (whose failure would only show as a toast).
    const auto text = m_library.threads().annotatableText(m_threadId, id.toString());
    if (!text || !*text)
        return refuse("commentId is not a comment that can be annotated");
    const QString &body = **text;
    const qsizetype from = qsizetype(*start);
    const qsizetype to = qsizetype(*end);
    if (to > body.size())
        return refuse("end is past the comment's text");
    if (body.at(from).isLowSurrogate() || (to < body.size() && body.at(to).isLowSurrogate()))
        return refuse("start/end cut a character in half");
    if (QStringView(body).mid(from, to - from) != exact.toString())
        return refuse("exact is not the comment's text at start/end");
    emit highlightRequested(id.toString(), from, to, exact.toString(),
                            QRect(QPoint(int(std::floor(*x)), int(std::floor(*top))),
                                  QPoint(int(std::ceil(*right)), int(std::ceil(*y)))));
    return true;
}

bool ThreadBridge::annotateComment(const QVariant &commentId)
{
    if (m_threadId <= 0)
        return refuse("no thread is shown");
    if (commentId.typeId() != QMetaType::QString || !areCommentsOfThread({commentId.toString()}))
        return refuse("commentId is not a comment of this thread");
    // A "more replies not saved" placeholder is in the page but holds nothing to annotate.
    const auto text = m_library.threads().annotatableText(m_threadId, commentId.toString());
    if (!text || !*text)
        return refuse("commentId is not a comment that can be annotated");
    emit commentAnnotationRequested(commentId.toString());
    return true;
}

std::optional<int> ThreadBridge::commentIndex(const QVariant &value) const
{
    const std::optional<double> number = numberIn(value);
    if (!number || *number != std::floor(*number) || *number < 0 || *number >= m_commentCount)
        return std::nullopt;
    return int(*number);
}

bool ThreadBridge::reportViewport(const QVariant &first, const QVariant &last)
{
    if (m_threadId <= 0)
        return refuse("no thread is shown");
    const std::optional<double> none = numberIn(first);
    if (none && *none == -1 && numberIn(last) == -1.0) {
        emit viewportReported(-1, -1);
        return true;
    }
    const std::optional<int> from = commentIndex(first);
    const std::optional<int> to = commentIndex(last);
    if (!from || !to || *to < *from)
        return refuse("first/last are not a range of comments of this thread");
    emit viewportReported(*from, *to);
    return true;
}

bool ThreadBridge::reportFindHits(const QVariant &commentIndices)
{
    if (m_threadId <= 0)
        return refuse("no thread is shown");
    if (commentIndices.typeId() != QMetaType::QVariantList)
        return refuse("the find hits are not a list");
    const QVariantList list = commentIndices.toList();
    if (list.size() > m_commentCount)
        return refuse("more find hits than comments");
    QList<int> hits;
    hits.reserve(list.size());
    for (const QVariant &value : list) {
        const std::optional<int> i = commentIndex(value);
        if (!i)
            return refuse("a find hit is not a comment of this thread");
        hits << *i;
    }
    emit findHitsReported(hits);
    return true;
}

bool ThreadBridge::markCommentsRead(const QVariant &commentIds)
{
    if (m_threadId <= 0)
        return refuse("no thread is shown");
    if (commentIds.typeId() != QMetaType::QVariantList)
        return refuse("the read comments are not a list");
    const QVariantList list = commentIds.toList();
    if (list.size() > maxCollapsedIds)
        return refuse("the read comments are too many");
    QStringList ids;
    ids.reserve(list.size());
    for (const QVariant &id : list) {
        if (id.typeId() != QMetaType::QString)
            return refuse("the read comments hold something that is not a comment of this thread");
        ids << id.toString();
    }
    if (!areCommentsOfThread(ids))
        return refuse("the read comments hold something that is not a comment of this thread");
    if (!ids.isEmpty())
        emit commentsRead(ids);
    return true;
}

} // namespace Scholia
