#include "threadbridge.h"

#include "store/threadstore.h"

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

} // namespace Scholia
