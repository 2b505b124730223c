#include "app/annotating/annotationlinkmodel.h"

#include "render/argumentlinktext.h"
#include "store/annotationlinkstore.h"
#include "store/library.h"
#include "store/topicstore.h"

namespace Scholia {

AnnotationLinkModel::AnnotationLinkModel(Library &library, QObject *parent)
    : QAbstractListModel(parent), m_library(library)
{
}

void AnnotationLinkModel::setAnnotation(qint64 annotationId, qint64 threadId)
{
    m_annotation = annotationId;
    m_thread = threadId;
    reload();
}

void AnnotationLinkModel::reload()
{
    beginResetModel();
    m_map = ArgumentMap{};
    if (m_annotation > 0) {
        if (auto links = m_library.links().linksOf(m_annotation)) {
            QList<qint64> ends{m_annotation};
            for (const AnnotationLink &link : *links)
                ends << link.otherEnd(m_annotation);
            if (auto passages = m_library.topics().passagesOf(ends)) {
                for (TopicPassage &passage : *passages) {
                    ArgumentClaim claim;
                    claim.reference = QStringLiteral("#%1").arg(passage.annotationId);
                    claim.passage = std::move(passage);
                    m_map.claims.push_back(std::move(claim));
                }
                m_map.links = std::move(*links);
            }
        }
    }
    endResetModel();
}

int AnnotationLinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_map.links.size());
}

QVariant AnnotationLinkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AnnotationLink &link = m_map.links.at(size_t(index.row()));
    const qint64 other = link.otherEnd(m_annotation);
    const ArgumentClaim *claim = m_map.claim(other);
    switch (role) {
    case Qt::DisplayRole:
        return ArgumentLinkText::line(link, m_annotation, m_map, m_thread);
    case Qt::ToolTipRole:
        return link.note.isEmpty() ? QVariant() : QVariant(link.note);
    case LinkIdRole:
        return link.id;
    case OtherAnnotationRole:
        return other;
    case OtherThreadRole:
        return claim ? claim->passage.threadId : 0;
    case OtherCommentRole:
        return claim ? claim->passage.commentSourceId : QString();
    case OrphanedRole:
        return claim && claim->passage.anchorState == AnchorState::Orphaned;
    default:
        return {};
    }
}

} // namespace Scholia
