#include "threadbridge.h"

#include "store/threadstore.h"

#include <QPoint>

namespace Scholia {

namespace {
// A page cannot collapse more comments than a thread could have; beyond this it is noise.
constexpr qsizetype maxCollapsedIds = 1'000'000;
} // namespace

ThreadBridge::ThreadBridge(ThreadStore &store, QObject *parent) : QObject(parent), m_store(store) {}

void ThreadBridge::setThread(qint64 threadId)
{
    m_threadId = threadId;
    m_focused.clear();
    m_commentIds.clear();
    if (auto ids = m_store.commentSourceIds(threadId))
        m_commentIds = QSet<QString>(ids->begin(), ids->end());
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
    if (!focusedId.isEmpty() && !m_commentIds.contains(focusedId))
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
        if (id.typeId() != QMetaType::QString || !m_commentIds.contains(id.toString()))
            return refuse("collapsed holds something that is not a comment of this thread");
        state.collapsed << id.toString();
    }
    if (auto saved = m_store.saveViewState(m_threadId, state); !saved) {
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
    const QVariant start = map.value(QStringLiteral("start"));
    const QVariant end = map.value(QStringLiteral("end"));
    const QVariant exact = map.value(QStringLiteral("exact"));
    if (id.typeId() != QMetaType::QString || !m_commentIds.contains(id.toString()))
        return refuse("commentId is not a comment of this thread");
    bool startOk = false, endOk = false;
    const double startValue = start.toDouble(&startOk);
    const double endValue = end.toDouble(&endOk);
    if (!startOk || !endOk || startValue < 0 || endValue <= startValue || endValue > 1e9
        || startValue != qint64(startValue) || endValue != qint64(endValue))
        return refuse("start/end are not a valid range");
    if (exact.typeId() != QMetaType::QString)
        return refuse("exact is not a string");
    // The store checks the range against the comment's text; here only the shape.
    const QPoint where(int(map.value(QStringLiteral("x")).toDouble()), int(map.value(QStringLiteral("y")).toDouble()));
    emit highlightRequested(id.toString(), qsizetype(startValue), qsizetype(endValue), exact.toString(), where);
    return true;
}

bool ThreadBridge::annotateComment(const QVariant &commentId)
{
    if (m_threadId <= 0)
        return refuse("no thread is shown");
    if (commentId.typeId() != QMetaType::QString || !m_commentIds.contains(commentId.toString()))
        return refuse("commentId is not a comment of this thread");
    emit commentAnnotationRequested(commentId.toString());
    return true;
}

} // namespace Scholia
