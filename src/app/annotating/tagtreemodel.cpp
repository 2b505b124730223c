#include "tagtreemodel.h"

#include "core/highlightpalette.h"
#include "core/tagname.h"
#include "store/library.h"
#include "store/tagstore.h"
#include "store/threadstore.h"

#include <QHash>

namespace Scholia {

namespace {

struct Node
{
    QStandardItem *name;
    QStandardItem *annotations;
    QStandardItem *threads;
};

QIcon swatch(const QString &colorName)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(QColor(HighlightPalette::hex(colorName)));
    return QIcon(pixmap);
}

} // namespace

TagTreeModel::TagTreeModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Tag"), tr("Annotations"), tr("Threads")});
}

Result<void> TagTreeModel::reload(Library &library)
{
    const auto tags = library.tags().list();
    if (!tags)
        return tags.error();
    removeRows(0, rowCount());

    // Keyed by the case-folded path: TagStore compares names ignoring case.
    QHash<QString, Node> nodes;
    const auto nodeFor = [&](const QString &path) {
        const QString key = path.toCaseFolded();
        if (const auto found = nodes.constFind(key); found != nodes.cend())
            return *found;
        // The loop below walks a name from its first segment, so the parent's node is
        // there already, whether or not a tag is named after it.
        const qsizetype cut = path.lastIndexOf(TagName::separator);
        QStandardItem *parentItem =
            cut > 0 ? nodes.value(path.left(cut).toCaseFolded()).name : invisibleRootItem();
        Node node{new QStandardItem(path.mid(cut + 1)), new QStandardItem, new QStandardItem};
        for (QStandardItem *item : {node.name, node.annotations, node.threads})
            item->setEditable(false);
        node.annotations->setData(0, Qt::DisplayRole);
        node.threads->setData(0, Qt::DisplayRole);
        parentItem->appendRow({node.name, node.annotations, node.threads});
        nodes.insert(key, node);
        return node;
    };

    for (const Tag &tag : *tags) {
        const QStringList segments = tag.name.split(TagName::separator);
        QString path;
        Node node{};
        for (const QString &segment : segments) {
            path = path.isEmpty() ? segment : path + TagName::separator + segment;
            node = nodeFor(path);
            // Every node on the way gets the tag's counts: counts include children.
            node.annotations->setData(node.annotations->data(Qt::DisplayRole).toInt() +
                                          tag.annotationCount,
                                      Qt::DisplayRole);
            node.threads->setData(node.threads->data(Qt::DisplayRole).toInt() + tag.threadCount,
                                  Qt::DisplayRole);
        }
        node.name->setData(tag.name, TagNameRole);
        node.name->setData(tag.color, ColorRole);
        node.name->setData(tag.annotationCount, OwnAnnotationCountRole);
        node.name->setIcon(swatch(tag.color));
        node.name->setToolTip(tag.name);
    }
    return {};
}

QModelIndex TagTreeModel::indexOf(const QString &tagName) const
{
    const QModelIndexList found =
        match(index(0, NameColumn), TagNameRole, tagName, 1,
              Qt::MatchFixedString | Qt::MatchRecursive); // MatchFixedString ignores case
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace Scholia
