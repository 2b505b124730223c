#pragma once

#include "core/annotationlink.h"
#include "core/argumentmap.h"

#include <QAbstractListModel>

#include <vector>

namespace Scholia {

class Library;

// The links in and out of one annotation, for the notes pane: each a line seen from this
// end ("rebuts #3 (bob: “…”)", "rebutted by #5 (…)"), the other end's thread named when
// it is elsewhere and an orphaned end marked (ArgumentLinkText), the link's note as its
// tooltip. Read again from the library whenever set or told links changed.
class AnnotationLinkModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        LinkIdRole = Qt::UserRole + 1,
        OtherAnnotationRole,
        OtherThreadRole,
        OtherCommentRole,
        OrphanedRole,
    };

    explicit AnnotationLinkModel(Library &library, QObject *parent = nullptr);

    // 0: no annotation, no links.
    void setAnnotation(qint64 annotationId, qint64 threadId);
    qint64 annotation() const { return m_annotation; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    Library &m_library;
    qint64 m_annotation = 0;
    qint64 m_thread = 0;
    ArgumentMap m_map; // this annotation's links and the claims at their ends
};

} // namespace Scholia
