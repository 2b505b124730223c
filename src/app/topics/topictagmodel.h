#pragma once

#include "core/result.h"

#include <QStandardItemModel>

namespace Scholia {

class Library;

// The Topics pane's tree of tags by their '/' segments, each with the passages it
// gathers (its own and its children's, each annotation once). A segment no tag is named
// after ("compute" above "compute/export-controls") is a topic too.
class TopicTagModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PassagesColumn,
    };
    enum Role
    {
        TopicNameRole = Qt::UserRole + 1, // the full path
    };

    explicit TopicTagModel(QObject *parent = nullptr);

    Result<void> reload(Library &library);
    // Invalid when there is no such topic; names compare ignoring case.
    QModelIndex indexOf(const QString &topic) const;
};

} // namespace Scholia
