#include "topictagmodel.h"

#include "core/highlightpalette.h"
#include "core/tagname.h"
#include "core/topictagcount.h"
#include "store/library.h"
#include "store/tagresolver.h"
#include "store/threadstore.h"
#include "store/topicstore.h"

#include <QHash>
#include <QPixmap>

namespace Scholia {

namespace {

QIcon swatch(const QString &colorName)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(QColor(HighlightPalette::hex(colorName)));
    return QIcon(pixmap);
}

} // namespace

TopicTagModel::TopicTagModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Topic"), tr("Passages")});
}

Result<void> TopicTagModel::reload(Library &library)
{
    const auto counts = library.topics().tagCounts();
    if (!counts)
        return counts.error();
    removeRows(0, rowCount());
    // Parents come before their children, so a parent's item is always there already.
    // Keyed as the library compares names: ASCII case ignored, nothing else folded.
    QHash<QString, QStandardItem *> items;
    for (const TopicTagCount &topic : *counts) {
        const qsizetype cut = topic.name.lastIndexOf(TagName::separator);
        QStandardItem *parent =
            cut > 0 ? items.value(TagResolver::folded(topic.name.left(cut))) : invisibleRootItem();
        if (!parent)
            parent = invisibleRootItem();
        auto *name = new QStandardItem(topic.name.mid(cut + 1));
        auto *count = new QStandardItem;
        count->setData(topic.passageCount, Qt::DisplayRole);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QStandardItem *item : {name, count}) {
            item->setEditable(false);
            item->setData(topic.name, TopicNameRole);
            item->setToolTip(tr("%1\nPassages: %2 (tagged with it directly: %3)")
                                 .arg(topic.name)
                                 .arg(topic.passageCount)
                                 .arg(topic.ownCount));
        }
        if (topic.isTag)
            name->setIcon(swatch(topic.color));
        name->setData(tr("%1, passages: %2").arg(topic.name).arg(topic.passageCount),
                      Qt::AccessibleTextRole);
        parent->appendRow({name, count});
        items.insert(TagResolver::folded(topic.name), name);
    }
    return {};
}

QModelIndex TopicTagModel::indexOf(const QString &topic) const
{
    const QModelIndexList found =
        match(index(0, NameColumn), TopicNameRole, topic, 1,
              Qt::MatchFixedString | Qt::MatchRecursive); // MatchFixedString ignores case
    return found.isEmpty() ? QModelIndex() : found.first();
}

} // namespace Scholia
