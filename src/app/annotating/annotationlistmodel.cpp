#include "annotationlistmodel.h"

#include "core/highlightpalette.h"
#include "core/tagname.h"
#include "library/libraryeditor.h"

#include <QColor>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace Scholia {

namespace {

constexpr int maxQuoteLength = 160; // the list is a guide to the passages, not a copy

QPixmap swatch(const QString &colorName)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 96));
    painter.setBrush(QColor(HighlightPalette::hex(colorName)));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return pixmap;
}

} // namespace

AnnotationListModel::AnnotationListModel(LibraryEditor &controller, Section section,
                                         QObject *parent)
    : QAbstractListModel(parent), m_controller(controller), m_section(section)
{
    connect(&controller, &LibraryEditor::annotationsReset, this, &AnnotationListModel::rebuild);
    connect(&controller, &LibraryEditor::annotationAdded, this, &AnnotationListModel::rebuild);
    connect(&controller, &LibraryEditor::annotationRemoved, this, &AnnotationListModel::rebuild);
    connect(&controller, &LibraryEditor::annotationChanged, this, &AnnotationListModel::change);
    rebuild();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    const Annotation *annotation = annotationAt(index.row());
    if (!annotation || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines{title(*annotation)};
        if (annotation->anchorState == AnchorState::Reanchored)
            lines << tr("Re-anchored: the comment changed, check that this is still the passage");
        if (!annotation->tags.isEmpty())
            lines << tr("Tags: %1").arg(annotation->tags.join(QStringLiteral(", ")));
        if (!annotation->note.isEmpty())
            lines << annotation->note;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        return swatch(annotation->color);
    case Qt::ToolTipRole:
        return tr("%1 highlight on comment %2, last changed %3")
            .arg(HighlightPalette::label(annotation->color), annotation->commentSourceId,
                 QLocale().toString(annotation->updated.toLocalTime(), QLocale::ShortFormat));
    case Qt::AccessibleTextRole:
        return title(*annotation);
    case IdRole:
        return annotation->id;
    case CommentSourceIdRole:
        return annotation->commentSourceId;
    case ColorRole:
        return annotation->color;
    case AnchorStateRole:
        return int(annotation->anchorState);
    default:
        return {};
    }
}

void AnnotationListModel::setTagFilter(const QString &tag)
{
    if (tag == m_tagFilter)
        return;
    m_tagFilter = tag;
    rebuild();
}

QString AnnotationListModel::tagFilter() const
{
    return m_tagFilter;
}

const Annotation *AnnotationListModel::annotationAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int AnnotationListModel::rowOf(qint64 annotationId) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == annotationId)
            return int(row);
    }
    return -1;
}

QString AnnotationListModel::title(const Annotation &annotation)
{
    if (annotation.isWholeComment())
        return tr("Whole comment");
    QString quote = annotation.quote.exact.simplified();
    if (quote.size() > maxQuoteLength)
        quote = quote.left(maxQuoteLength - 1) + QChar(0x2026);
    return tr("“%1”").arg(quote);
}

bool AnnotationListModel::belongs(const Annotation &annotation) const
{
    const bool orphaned = annotation.anchorState == AnchorState::Orphaned;
    if (orphaned != (m_section == Section::Orphaned))
        return false;
    if (m_tagFilter.isEmpty())
        return true;
    for (const QString &tag : annotation.tags) {
        if (TagName::isWithin(tag.toCaseFolded(), m_tagFilter.toCaseFolded()))
            return true;
    }
    return false;
}

std::vector<Annotation> AnnotationListModel::selected() const
{
    std::vector<Annotation> rows;
    for (const Annotation &annotation : m_controller.annotations()) {
        if (belongs(annotation))
            rows.push_back(annotation);
    }
    return rows;
}

void AnnotationListModel::rebuild()
{
    beginResetModel();
    m_rows = selected();
    endResetModel();
}

void AnnotationListModel::change(const Annotation &annotation)
{
    // A changed note or colour updates its row in place, so the row the reader is
    // editing keeps its selection; a change of tags may move it in or out of the filter.
    std::vector<Annotation> rows = selected();
    const bool sameRows =
        std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                   [](const Annotation &a, const Annotation &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    const int row = rowOf(annotation.id);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

} // namespace Scholia
