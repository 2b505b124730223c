#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Scholia {

class ThreadView;

// Find in thread (Ctrl+F): a bar under the thread with the text to find, next and
// previous, and how many matches there are. Collapsed subtrees that hold a match are
// opened first, since the browser's find cannot see into them. On a big thread's
// windowed page the browser's find would see only the built comments: there the page
// finds over every comment itself (find.js findInThread), and the bar shows its count.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(ThreadView &view, QWidget *parent = nullptr);

    // Shows the bar with the field focused and its text selected.
    void activate();
    void findNext();
    void findPrevious();
    // Hides the bar and clears the page's match highlighting.
    void close();

    QString text() const;
    QString countText() const;

signals:
    // Each search finished: the match count and which is current (1-based; 0 for none).
    void searched(int matches, int active);
    // The bar was closed: nothing is searched for any more.
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void startSearch();
    void search(bool backward);
    void searchWithBrowserFind(bool backward);
    void showResult(int matches, int active);

    ThreadView &m_view;
    QLineEdit *m_field;
    QLabel *m_count;
    QTimer *m_typingPause;
    QString m_expandedFor; // the text whose matches were last opened up in the page
};

} // namespace Scholia
