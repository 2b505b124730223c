#pragma once

#include "core/annotation.h"

#include <QAbstractListModel>

#include <vector>

namespace Scholia {

class LibraryEditor;

// One section of the shown thread's annotations, in tree order, as the Annotations tab
// lists them: either the ones still in their comment (anchored or re-anchored) or the
// orphaned ones. A tag filter keeps those carrying the tag or a tag below it.
class AnnotationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Section
    {
        Anchored, // includes re-anchored ones, marked
        Orphaned,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        CommentSourceIdRole,
        ColorRole,       // the palette name
        AnchorStateRole, // int(AnchorState)
    };

    AnnotationListModel(LibraryEditor &controller, Section section, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Empty: no filter.
    void setTagFilter(const QString &tag);
    QString tagFilter() const;

    const Annotation *annotationAt(int row) const;
    int rowOf(qint64 annotationId) const; // -1 when not listed

    // One line for the list: the quote, or "Whole comment".
    static QString title(const Annotation &annotation);

private:
    bool belongs(const Annotation &annotation) const;
    std::vector<Annotation> selected() const;
    void rebuild();
    void change(const Annotation &annotation);

    LibraryEditor &m_controller;
    Section m_section;
    QString m_tagFilter;
    std::vector<Annotation> m_rows;
};

} // namespace Scholia
