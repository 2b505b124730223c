#include "topicpassagedelegate.h"

#include "app/topics/topicpassagemodel.h"
#include "core/highlightpalette.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>
#include <QTreeView>

namespace Scholia {

namespace {

constexpr int margin = 4;
constexpr int barWidth = 4;
constexpr int quoteLines = 4;
constexpr int noteLines = 3;

// Lays text out in at most maxLines lines of width, eliding the last; draws it at
// origin when painter is set. Returns the height used.
int drawLines(QPainter *painter, const QFont &font, const QString &text, int maxLines,
              const QPoint &origin, int width)
{
    if (text.isEmpty() || width <= 0)
        return 0;
    const QFontMetrics metrics(font);
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(flat, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    int y = 0;
    int lines = 0;
    QList<std::pair<QString, int>> shown; // text of each line and its y
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        QString part = flat.mid(line.textStart(), line.textLength());
        ++lines;
        if (lines == maxLines && line.textStart() + line.textLength() < flat.size())
            part = metrics.elidedText(
                flat.mid(line.textStart()).replace(QChar::LineSeparator, QLatin1Char(' ')),
                Qt::ElideRight, width);
        shown.push_back({part.remove(QChar::LineSeparator), y});
        y += metrics.lineSpacing();
    }
    layout.endLayout();
    if (painter) {
        painter->setFont(font);
        for (const auto &[part, top] : shown)
            painter->drawText(origin.x(), origin.y() + top + metrics.ascent(), part);
    }
    return y;
}

} // namespace

int TopicPassageDelegate::layOut(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index, const QRect &rect) const
{
    const int left = rect.left() + barWidth + 2 * margin;
    const int width = rect.right() - left - margin;
    int y = rect.top() + margin;

    QFont quoteFont = option.font;
    quoteFont.setItalic(!index.data(TopicPassageModel::WholeCommentRole).toBool());
    const QString quote = index.data(TopicPassageModel::QuoteRole).toString();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(0.65f);

    if (painter)
        painter->setPen(text);
    y += drawLines(painter, quoteFont, quote, quoteLines, {left, y}, width);

    const QString note = index.data(TopicPassageModel::NoteRole).toString();
    if (!note.isEmpty()) {
        y += margin;
        y += drawLines(painter, option.font, note, noteLines, {left, y}, width);
    }

    QFont metaFont = option.font;
    metaFont.setPointSizeF(metaFont.pointSizeF() * 0.9);
    if (painter)
        painter->setPen(quiet);
    const QStringList links = index.data(TopicPassageModel::LinksRole).toStringList();
    for (const QString &link : links) {
        y += margin / 2;
        y += drawLines(painter, metaFont, QStringLiteral("↳ ") + link, 1, {left, y}, width);
    }
    y += margin;
    y += drawLines(painter, metaFont, index.data(TopicPassageModel::MetaRole).toString(), 1,
                   {left, y}, width);
    return y + margin - rect.top();
}

void TopicPassageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (index.data(TopicPassageModel::IsThreadRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background, selection and focus only; the text is ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QColor bar(HighlightPalette::hex(index.data(TopicPassageModel::ColorRole).toString()));
    painter->fillRect(QRect(option.rect.left() + margin, option.rect.top() + margin, barWidth,
                            option.rect.height() - 2 * margin),
                      bar.isValid() ? bar : option.palette.color(QPalette::Mid));
    painter->setClipRect(option.rect);
    layOut(painter, option, index, option.rect);
    painter->restore();
}

QSize TopicPassageDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(TopicPassageModel::IsThreadRole).toBool())
        return base + QSize(0, 2 * margin);
    // A tree view asks without a width; the passage gets what its column leaves after
    // the indentation of its level (and of the root's expand arrows).
    int width = option.rect.width();
    if (const auto *tree = qobject_cast<const QTreeView *>(option.widget)) {
        int levels = tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            ++levels;
        width = tree->columnWidth(0) - levels * tree->indentation();
    }
    if (width <= 0)
        width = 300;
    return {width, layOut(nullptr, option, index, QRect(0, 0, width, 0))};
}

} // namespace Scholia
