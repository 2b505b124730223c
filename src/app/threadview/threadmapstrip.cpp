#include "threadmapstrip.h"

#include "core/highlightpalette.h"
#include "core/threadoutline.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Scholia {

namespace {
// Left to right: new/unread lane, the tree, the annotation lane, the find lane.
constexpr int stripWidth = 60;
constexpr int markLane = 3;
constexpr int annotationLane = 5;
constexpr int findLane = 3;
constexpr int gap = 2;
constexpr int minimumTick = 2; // a tick one pixel high is lost among the lines
constexpr int minimumBox = 6; // a big thread's screen is a few comments: still a box to see
// Chromium's own colour for find matches: the same thing in the page and on the map.
const QColor findColor(0xff, 0x96, 0x32);

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

ThreadMapStrip::ThreadMapStrip(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Thread map"));
    setAccessibleDescription(
        tr("The whole thread in miniature: a line per comment, indented by its depth and as "
           "long as its text, with ticks for annotations, find matches, new and unread "
           "comments, and a box around the comments on screen. Click or drag to go there."));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    // The keyboard already moves through the thread (j/k and the rest): the map is a
    // pointer's shortcut, as a scroll bar is, and takes no focus.
    setFocusPolicy(Qt::NoFocus);
}

QSize ThreadMapStrip::sizeHint() const
{
    return {stripWidth, 200};
}
QSize ThreadMapStrip::minimumSizeHint() const
{
    return {stripWidth, 40};
}

void ThreadMapStrip::setComments(const std::vector<Comment> &comments)
{
    setOutline(ThreadOutline::of(comments));
}

void ThreadMapStrip::setOutline(const ThreadOutline &outline)
{
    m_layout.setOutline(outline);
    m_first = m_last = -1;
    dataChanged();
}

void ThreadMapStrip::setAnnotations(const std::vector<Annotation> &annotations)
{
    m_layout.setAnnotations(annotations);
    dataChanged();
}

void ThreadMapStrip::setReadMarks(const QSet<QString> &unread, const QSet<QString> &fresh)
{
    m_layout.setReadMarks(unread, fresh);
    dataChanged();
}

void ThreadMapStrip::setFindHits(const QList<int> &commentIndices)
{
    m_layout.setFindHits(commentIndices);
    dataChanged();
}

void ThreadMapStrip::setViewport(int first, int last)
{
    const int count = m_layout.commentCount();
    if (first < 0 || last < first || first >= count)
        first = last = -1;
    else
        last = std::min(last, count - 1);
    if (first == m_first && last == m_last)
        return;
    const QRect before = viewportRect();
    m_first = first;
    m_last = last;
    // Only the two boxes are painted again, from the cached drawing.
    update(QRegion(before.adjusted(-1, -1, 1, 1)) + viewportRect().adjusted(-1, -1, 1, 1));
}

QRect ThreadMapStrip::viewportRect() const
{
    if (m_first < 0)
        return {};
    auto [top, bottom] = m_layout.span(m_first, m_last, height());
    if (bottom - top < minimumBox) {
        const int middle = (top + bottom) / 2;
        top = std::max(0, middle - minimumBox / 2);
        bottom = top + minimumBox;
    }
    return QRect(0, top, width(), bottom - top);
}

QRect ThreadMapStrip::treeArea() const
{
    const int left = gap + markLane + gap;
    const int right = width() - (gap + findLane + 1 + annotationLane + gap);
    return QRect(left, 0, std::max(1, right - left), height());
}

void ThreadMapStrip::dataChanged()
{
    m_stale = true;
    update();
}

void ThreadMapStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        dataChanged();
}

void ThreadMapStrip::drawImage()
{
    const qreal ratio = devicePixelRatioF();
    m_image = QImage((size() * ratio), QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(ratio);
    const QPalette &colors = palette();
    const bool dark = isDark(colors);
    const QColor background = colors.color(QPalette::Window);
    const QColor text = colors.color(QPalette::WindowText);
    const QColor line = mix(text, background, dark ? 0.5 : 0.42);
    // Top-level comments a shade stronger: where one conversation ends and the next begins.
    const QColor topLevelLine = mix(text, background, dark ? 0.75 : 0.7);
    const QColor placeholderLine = mix(text, background, 0.22);
    const QColor envelope = mix(text, background, 0.16);
    const QColor unreadColor = mix(text, background, 0.35);
    // The page's own link colour for "new", so the map and the page agree.
    const QColor freshColor = dark ? QColor(0x78, 0xae, 0xed) : QColor(0x1a, 0x5f, 0xb4);
    QList<QColor> annotationColors;
    for (const QString &name : HighlightPalette::names())
        annotationColors << QColor(HighlightPalette::hex(name));

    QPainter painter(&m_image);
    painter.fillRect(rect(), background);
    painter.fillRect(QRect(0, 0, 1, height()), mix(text, background, 0.18)); // the edge
    const QRect tree = treeArea();
    const int annotationLeft = tree.right() + 1 + gap;
    const int findLeft = annotationLeft + annotationLane + 1;
    for (const ThreadMapRow &row : m_layout.rows(height(), tree.width())) {
        // Lines a pixel apart once there is room: single comments stay distinct.
        const int thickness = row.height >= 3 ? row.height - 1 : row.height;
        const int tick = std::max(minimumTick, thickness);
        if (row.endComment - row.firstComment == 1) {
            painter.fillRect(QRect(tree.left() + row.indent, row.y, row.length, thickness),
                             row.onlyPlaceholders ? placeholderLine
                             : row.indent == 0    ? topLevelLine
                                                  : line);
        } else {
            // A bin: how far its comments reach, faint, and its typical line over that.
            painter.fillRect(QRect(tree.left() + row.indent, row.y, row.length, thickness),
                             envelope);
            painter.fillRect(
                QRect(tree.left() + row.typicalIndent, row.y, row.typicalLength, thickness),
                row.onlyPlaceholders ? placeholderLine : line);
        }
        if (row.fresh || row.unread)
            painter.fillRect(QRect(gap, row.y, markLane, tick),
                             row.fresh ? freshColor : unreadColor);
        if (row.findHit)
            painter.fillRect(QRect(findLeft, row.y, findLane, tick), findColor);
        if (row.annotationColors) {
            // Each colour of the band gets its share of the lane.
            QList<QColor> present;
            for (int bit = 0; bit < annotationColors.size() && bit < 8; ++bit)
                if (row.annotationColors & (1u << bit))
                    present << annotationColors.at(bit);
            const int each = std::max(1, annotationLane / int(present.size()));
            for (int k = 0; k < present.size() && k * each < annotationLane; ++k)
                painter.fillRect(QRect(annotationLeft + k * each, row.y,
                                       k + 1 == present.size() ? annotationLane - k * each : each,
                                       tick),
                                 present.at(k));
        }
    }
    m_stale = false;
    ++m_drawings;
}

void ThreadMapStrip::paintEvent(QPaintEvent *event)
{
    // A new size draws again too: the bins depend on the height.
    if (m_stale || m_image.size() != size() * devicePixelRatioF())
        drawImage();
    QPainter painter(this);
    painter.drawImage(event->rect(), m_image,
                      QRectF(QPointF(event->rect().topLeft()) * m_image.devicePixelRatio(),
                             QSizeF(event->rect().size()) * m_image.devicePixelRatio()));
    const QRect box = viewportRect();
    if (box.isEmpty() || !event->rect().intersects(box.adjusted(-1, -1, 1, 1)))
        return;
    QColor fill = palette().color(QPalette::Highlight);
    QColor edge = fill;
    // Light enough to see the lines through, strong enough to find at a glance.
    fill.setAlpha(isDark(palette()) ? 95 : 60);
    edge.setAlpha(255);
    painter.fillRect(box, fill);
    painter.setPen(edge);
    painter.drawRect(box.adjusted(0, 0, -1, -1));
}

int ThreadMapStrip::commentAtY(int y) const
{
    return m_layout.commentAt(std::clamp(y, 0, std::max(0, height() - 1)), height());
}

void ThreadMapStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_layout.commentCount() == 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_scrubbed = commentAtY(event->position().toPoint().y());
    event->accept();
}

void ThreadMapStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    const int comment = commentAtY(event->position().toPoint().y());
    if (comment >= 0 && comment != m_scrubbed) {
        m_scrubbed = comment;
        emit commentScrubbed(comment);
    }
}

void ThreadMapStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    const int comment = commentAtY(event->position().toPoint().y());
    m_scrubbed = -1;
    if (comment >= 0)
        emit commentActivated(comment);
}

bool ThreadMapStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos().y());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QString ThreadMapStrip::toolTipAt(int y) const
{
    const int count = m_layout.commentCount();
    if (count == 0 || y >= m_layout.yOf(count, height()))
        return {};
    const int comment = commentAtY(y);
    // The band under the pointer: one comment, or the bin drawn in that pixel row.
    const int rowY = m_layout.yOf(comment, height());
    int last = comment;
    while (last + 1 < count && m_layout.yOf(last + 1, height()) == rowY)
        ++last;
    int first = comment;
    while (first > 0 && m_layout.yOf(first - 1, height()) == rowY)
        --first;
    QStringList lines{first == last
                          ? tr("Comment %1 of %2").arg(first + 1).arg(count)
                          : tr("Comments %1–%2 of %3").arg(first + 1).arg(last + 1).arg(count)};
    // What the ticks beside the line stand for: the lanes are narrow and some colours alike.
    const ThreadMapRow marks = m_layout.marksOf(first, last + 1);
    if (marks.annotationColors)
        lines << tr("Annotated");
    if (marks.findHit)
        lines << tr("Holds the text found");
    if (marks.fresh)
        lines << tr("New since your last visit");
    else if (marks.unread)
        lines << tr("Unread");
    return lines.join(QLatin1Char('\n'));
}

} // namespace Scholia
