#include "richtextdelegate.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Scholia {

namespace {

void prepare(QTextDocument &document, const QStyleOptionViewItem &option, const QString &html, int width)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setTextWidth(width);
}

} // namespace

RichTextDelegate::RichTextDelegate(int htmlRole, QObject *parent) : QStyledItemDelegate(parent), m_htmlRole(htmlRole)
{
}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    QTextDocument document;
    const QRect area = option.rect.adjusted(margin, margin, -margin, -margin);
    prepare(document, option, index.data(m_htmlRole).toString(), area.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(area.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), area.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : 300;
    QTextDocument document;
    prepare(document, option, index.data(m_htmlRole).toString(), width - 2 * margin);
    return QSize(width, int(document.size().height()) + 2 * margin);
}

} // namespace Scholia
