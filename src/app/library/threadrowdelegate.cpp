#include "threadrowdelegate.h"

#include "app/library/threadlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>
#include <QTextLayout>

namespace Scholia {

namespace {

constexpr int margin = 4;
constexpr int chipPadding = 5;
constexpr int chipGap = 4;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont detailFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.9 : base.pointSizeF());
    return font;
}

// Lays the title out in lines of the given width; returns the height it takes.
qreal layOut(QTextLayout &layout, int width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

} // namespace

ThreadRowDelegate::ThreadRowDelegate(QTableView *view) : QStyledItemDelegate(view), m_view(view)
{
}

QString ThreadRowDelegate::detailLine(const QModelIndex &titleIndex)
{
    QStringList parts;
    const QString site = titleIndex.siblingAtColumn(ThreadListModel::Site).data().toString();
    if (!site.isEmpty())
        parts << site;
    const QModelIndex comments = titleIndex.siblingAtColumn(ThreadListModel::Comments);
    const int commentCount = comments.data(Qt::UserRole).toInt();
    QString commentText = tr("%n comment(s)", nullptr, commentCount);
    if (comments.data().toString().endsWith(QStringLiteral("⚠")))
        commentText += QStringLiteral(" ⚠");
    parts << commentText;
    if (const int annotations = titleIndex.siblingAtColumn(ThreadListModel::Annotations).data(Qt::UserRole).toInt())
        parts << tr("%n annotation(s)", nullptr, annotations);
    QStringList reading;
    if (const int fresh = titleIndex.data(ThreadListModel::NewCountRole).toInt())
        reading << tr("%n new", "comments added or changed by a save not yet visited", fresh);
    if (const int unread = titleIndex.data(ThreadListModel::UnreadCountRole).toInt())
        reading << tr("%n unread", "comments", unread);
    if (!reading.isEmpty())
        parts << reading.join(QStringLiteral(" · "));
    return parts.join(QStringLiteral(" · "));
}

QStringList ThreadRowDelegate::tags(const QModelIndex &titleIndex)
{
    const QString joined = titleIndex.siblingAtColumn(ThreadListModel::Tags).data().toString();
    return joined.isEmpty() ? QStringList() : joined.split(QStringLiteral(", "));
}

int ThreadRowDelegate::textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = m_view ? m_view->columnWidth(index.column()) : option.rect.width();
    return qMax(40, width - 2 * margin);
}

QSize ThreadRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != ThreadListModel::Title)
        return QStyledItemDelegate::sizeHint(option, index);
    const int width = textWidth(option, index);
    QTextLayout title(index.data().toString(), titleFont(option.font));
    const qreal titleHeight = layOut(title, width);
    const QFontMetrics detail(detailFont(option.font));
    QTextLayout details(detailLine(index), detailFont(option.font));
    const qreal detailHeight = layOut(details, width);
    int height = int(std::ceil(titleHeight + detailHeight)) + 2 * margin + 2;
    if (!tags(index).isEmpty())
        height += detail.height() + 4;
    return QSize(width + 2 * margin, height);
}

void ThreadRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != ThreadListModel::Title) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled
                                           ? (opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive)
                                           : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(0.78f);

    painter->save();
    painter->setClipRect(opt.rect);
    const int width = opt.rect.width() - 2 * margin;
    QPointF at(opt.rect.left() + margin, opt.rect.top() + margin);

    QTextLayout titleLayout(title, titleFont(opt.font));
    const qreal titleHeight = layOut(titleLayout, qMax(40, width));
    painter->setPen(text);
    titleLayout.draw(painter, at);
    at.ry() += titleHeight + 2;

    const QFont small = detailFont(opt.font);
    const QFontMetrics metrics(small);
    painter->setFont(small);
    painter->setPen(quiet);
    // Wrapped like the title: a narrow list shows every count, on a second line if need be.
    QTextLayout details(detailLine(index), small);
    const qreal detailHeight = layOut(details, qMax(40, width));
    details.draw(painter, at);
    at.ry() += detailHeight + 4;

    // Tags as chips, as many as fit on one line.
    qreal x = at.x();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const QString &tag : tags(index)) {
        const qreal chipWidth = metrics.horizontalAdvance(tag) + 2 * chipPadding;
        if (x + chipWidth > opt.rect.right() - margin)
            break;
        const QRectF chip(x, at.y() - 2, chipWidth, metrics.height());
        QColor fill = selected ? opt.palette.color(group, QPalette::HighlightedText)
                               : opt.palette.color(group, QPalette::Mid);
        fill.setAlphaF(0.25f);
        QPainterPath path;
        path.addRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter->fillPath(path, fill);
        painter->setPen(text);
        painter->drawText(chip, Qt::AlignCenter, tag);
        x += chipWidth + chipGap;
    }
    painter->restore();
}

} // namespace Scholia
