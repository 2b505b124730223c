#pragma once

#include "core/result.h"

#include <QStandardItemModel>

namespace Scholia {

class Library;

// The library's tags as a tree by their '/' segments, for the Tags dialog. Counts add
// up the tags below (TagStore counts a tag's own only). A segment no tag is named after
// ("compute" above "compute/export-controls") is a node without a tag.
class TagTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AnnotationsColumn,
        ThreadsColumn,
    };
    enum Role
    {
        TagNameRole = Qt::UserRole + 1, // the full name; empty for a node without a tag
        ColorRole,                      // the tag's palette colour name
        OwnAnnotationCountRole,         // the tag's own, for "delete" questions
    };

    explicit TagTreeModel(QObject *parent = nullptr);

    Result<void> reload(Library &library);
    // Invalid when no tag has that name.
    QModelIndex indexOf(const QString &tagName) const;
};

} // namespace Scholia
