#include "topicpassagemodel.h"

#include <QFont>
#include <QLocale>

namespace Scholia {

namespace {

// A passage's internal id is its thread's row + 1; a thread's is 0.
constexpr quintptr threadRowsId = 0;

} // namespace

TopicPassageModel::TopicPassageModel(QObject *parent) : QAbstractItemModel(parent)
{
}

void TopicPassageModel::setPassages(const std::vector<TopicPassage> &passages)
{
    beginResetModel();
    m_passages = passages;
    m_threads = TopicThread::group(passages);
    endResetModel();
}

void TopicPassageModel::setLinks(const QHash<qint64, QStringList> &lines)
{
    m_links = lines;
    // Every passage row may read differently; the rows stay where they are.
    for (int thread = 0; thread < rowCount(); ++thread) {
        const QModelIndex parentIndex = index(thread, 0);
        const int passages = rowCount(parentIndex);
        if (passages > 0)
            emit dataChanged(index(0, 0, parentIndex), index(passages - 1, 0, parentIndex));
    }
}

QModelIndex TopicPassageModel::indexOfAnnotation(qint64 annotationId) const
{
    for (size_t t = 0; t < m_threads.size(); ++t) {
        const std::vector<TopicPassage> &rows = m_threads[t].passages;
        for (size_t p = 0; p < rows.size(); ++p) {
            if (rows[p].annotationId == annotationId)
                return createIndex(int(p), 0, quintptr(t + 1));
        }
    }
    return {};
}

QModelIndex TopicPassageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, threadRowsId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TopicPassageModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == threadRowsId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, threadRowsId);
}

int TopicPassageModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_threads.size());
    if (parent.internalId() == threadRowsId && parent.column() == 0)
        return int(m_threads[size_t(parent.row())].passages.size());
    return 0;
}

int TopicPassageModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TopicPassageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == threadRowsId)
        return threadData(m_threads[size_t(index.row())], role);
    const TopicThread &thread = m_threads[size_t(index.internalId() - 1)];
    return passageData(thread.passages[size_t(index.row())], role);
}

QVariant TopicPassageModel::threadData(const TopicThread &thread, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = thread.title.isEmpty() ? tr("Untitled thread") : thread.title;
        return thread.site.isEmpty() ? title : tr("%1 — %2").arg(title, thread.site);
    }
    case Qt::AccessibleTextRole:
        return tr("Thread %1, passages: %2").arg(thread.title).arg(thread.passages.size());
    case Qt::ToolTipRole:
        return thread.title;
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case IsThreadRole:
        return true;
    case ThreadIdRole:
        return thread.threadId;
    default:
        return {};
    }
}

QVariant TopicPassageModel::passageData(const TopicPassage &passage, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case QuoteRole:
        return passage.quote;
    case Qt::AccessibleTextRole:
        return tr("%1. Note: %2. %3").arg(passage.quote, passage.note, metaText(passage));
    case Qt::ToolTipRole:
        return passage.note.isEmpty() ? metaText(passage)
                                      : passage.note + QLatin1Char('\n') + metaText(passage);
    case IsThreadRole:
        return false;
    case ThreadIdRole:
        return passage.threadId;
    case CommentSourceIdRole:
        return passage.commentSourceId;
    case AnnotationIdRole:
        return passage.annotationId;
    case NoteRole:
        return passage.note;
    case MetaRole:
        return metaText(passage);
    case ColorRole:
        return passage.color;
    case WholeCommentRole:
        return passage.wholeComment;
    case LinksRole:
        return m_links.value(passage.annotationId);
    default:
        return {};
    }
}

QString TopicPassageModel::metaText(const TopicPassage &passage)
{
    QStringList parts;
    parts << (passage.author.isEmpty() ? tr("unknown author") : passage.author);
    if (passage.commentTime.isValid())
        parts << QLocale().toString(passage.commentTime.toLocalTime().date(),
                                    QStringLiteral("d MMM yyyy"));
    if (!passage.tags.isEmpty())
        parts << passage.tags.join(QStringLiteral(", "));
    if (passage.anchorState == AnchorState::Orphaned)
        parts << tr("orphaned");
    else if (passage.anchorState == AnchorState::Reanchored)
        parts << tr("re-anchored");
    return parts.join(QStringLiteral(" · "));
}

} // namespace Scholia
