#pragma once

#include "core/topicthread.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

#include <vector>

namespace Scholia {

// A topic's passages as a two-level tree: each thread, then its passages, in the order
// the store sorted them (a thread where its first passage falls).
class TopicPassageModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        IsThreadRole = Qt::UserRole + 1,
        ThreadIdRole,
        CommentSourceIdRole, // passages only
        AnnotationIdRole,
        QuoteRole,
        NoteRole,
        MetaRole,  // "author · date · tags", as the row shows it
        ColorRole, // the passage's palette colour name
        WholeCommentRole,
        LinksRole, // the passage's links, one line each ("rebutted by #5 (bob: “…”)")
    };

    explicit TopicPassageModel(QObject *parent = nullptr);

    void setPassages(const std::vector<TopicPassage> &passages);
    // Each passage's links as lines, by annotation id (TopicsPane reads them).
    void setLinks(const QHash<qint64, QStringList> &lines);
    const std::vector<TopicPassage> &passages() const { return m_passages; }
    int passageCount() const { return int(m_passages.size()); }
    int threadCount() const { return int(m_threads.size()); }

    // The row of the passage of that annotation; invalid when it is not listed.
    QModelIndex indexOfAnnotation(qint64 annotationId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "alice · 2 Mar 2024 · economics, economics/trade"
    static QString metaText(const TopicPassage &passage);

private:
    QVariant threadData(const TopicThread &thread, int role) const;
    QVariant passageData(const TopicPassage &passage, int role) const;

    std::vector<TopicPassage> m_passages; // as sorted, for export
    std::vector<TopicThread> m_threads;
    QHash<qint64, QStringList> m_links;
};

} // namespace Scholia
