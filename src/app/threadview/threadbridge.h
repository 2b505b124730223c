#pragma once

#include <QObject>
#include <QPoint>
#include <QRect>
#include <QVariant>

#include <optional>

namespace Scholia {

class Library;

// The one object the thread page's script may call (over QWebChannel). Everything it
// receives comes from a page showing untrusted content, so every argument is checked
// against the thread actually shown before anything reaches the library.
class ThreadBridge : public QObject
{
    Q_OBJECT

public:
    ThreadBridge(Library &library, QObject *parent = nullptr);

    // The thread whose page is loading; calls about any other are refused.
    void setThread(qint64 threadId);
    qint64 thread() const { return m_threadId; }
    int refusedCalls() const { return m_refused; }

    // Remembers collapsed comments and the focused one (source ids).
    Q_INVOKABLE bool saveViewState(const QVariant &collapsed, const QVariant &focused);
    // The reader asked to highlight the selection: {commentId, start, end, exact, x, y}
    // in UTF-16 offsets of the comment's text (x, y: the selection's bottom-left corner;
    // optional top and right complete its rectangle), or {error: "cross" | "empty" |
    // "outside"}.
    Q_INVOKABLE bool annotateSelection(const QVariant &selection);
    // The reader asked to annotate a whole comment.
    Q_INVOKABLE bool annotateComment(const QVariant &commentId);
    // The reader has read these comments (source ids), on screen long enough or passed.
    Q_INVOKABLE bool markCommentsRead(const QVariant &commentIds);

    // For the thread map, by comment index in page order (0 … count - 1):
    // the comments on screen, first … last (-1, -1: none);
    Q_INVOKABLE bool reportViewport(const QVariant &first, const QVariant &last);
    // the comments holding Find in Thread's text.
    Q_INVOKABLE bool reportFindHits(const QVariant &commentIndices);

signals:
    void focusedCommentChanged(const QString &sourceId);
    // selection: the selected text's bounding rectangle in the page's CSS pixels.
    void highlightRequested(const QString &commentId, qsizetype start, qsizetype end,
                            const QString &exact, const QRect &selection);
    void commentAnnotationRequested(const QString &commentId);
    void commentsRead(const QStringList &commentIds);
    // Why a selection cannot be annotated, in words for the reader.
    void selectionRefused(const QString &message);
    void viewportReported(int first, int last);
    void findHitsReported(const QList<int> &commentIndices);

private:
    bool refuse(const char *why);
    std::optional<int> commentIndex(const QVariant &value) const;
    // Whether these are comments of the shown thread, asked of the library each time:
    // a set of every id, made when a thread was shown, held up a 200 000-comment page's
    // request by 0.37 s (all its rows read), and the page sends only a few ids at a time.
    bool areCommentsOfThread(const QStringList &ids) const;

    Library &m_library;
    qint64 m_threadId = 0;
    int m_commentCount = 0; // in the page, which shows every comment of the thread
    QString m_focused;
    int m_refused = 0;
};

} // namespace Scholia
