#pragma once

#include "app/threadview/threadmaplayout.h"

#include <QImage>
#include <QWidget>

namespace Scholia {

// A narrow strip beside the thread view that draws the whole thread (ThreadMapLayout):
// a line per comment or bin of comments, ticks for annotations, find hits, new and
// unread comments, and a box over the comments on screen. Clicking or dragging asks
// for a jump. The drawing is cached in an image made again only when the data, the
// size or the theme change; a scroll repaints just the old and the new box.
class ThreadMapStrip : public QWidget
{
    Q_OBJECT

public:
    explicit ThreadMapStrip(QWidget *parent = nullptr);

    void setComments(const std::vector<Comment> &comments);
    void setOutline(const ThreadOutline &outline);
    void setAnnotations(const std::vector<Annotation> &annotations);
    void setReadMarks(const QSet<QString> &unread, const QSet<QString> &fresh);
    void setFindHits(const QList<int> &commentIndices);
    // The comments on screen, first … last (inclusive); -1, -1 for none.
    void setViewport(int first, int last);

    const ThreadMapLayout &mapLayout() const { return m_layout; }
    int viewportFirst() const { return m_first; }
    int viewportLast() const { return m_last; }
    // The box over the comments on screen, in widget coordinates; empty when none.
    QRect viewportRect() const;
    // The tree area's left edge and width (the lanes of ticks are beside it).
    QRect treeArea() const;
    // How many times the cached drawing was made (a scroll must not make it again).
    int drawingsMade() const { return m_drawings; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The reader clicked comment `index`, or let go of a drag over it: go there.
    void commentActivated(int index);
    // The reader drags over the map: show comment `index` without changing anything.
    void commentScrubbed(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void dataChanged();
    void drawImage();
    int commentAtY(int y) const;
    QString toolTipAt(int y) const;

    ThreadMapLayout m_layout;
    QImage m_image;
    bool m_stale = true;
    int m_drawings = 0;
    int m_first = -1;
    int m_last = -1;
    int m_scrubbed = -1; // the comment last shown while dragging
    bool m_dragging = false;
};

} // namespace Scholia
