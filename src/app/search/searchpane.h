#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QTimer;

namespace Scholia {

class SearchResultModel;
class SearchEngine;

// Library-wide search above the library list: the query field (Ctrl+Shift+F), a line
// saying how many matched and in which order, and the hits. Opening a hit asks for its
// thread at its comment with the query's words marked.
class SearchPane : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPane(SearchEngine &engine, QWidget *parent = nullptr);

    void focusField();
    // Runs the field's query now (typing runs it after a pause).
    void search();
    // Re-runs the current query: the library changed.
    void refresh();

    QString queryText() const;
    void setQueryText(const QString &text);
    QString statusText() const;
    SearchResultModel &model() const { return *m_model; }
    QListView &results() const { return *m_results; }

signals:
    void hitActivated(qint64 threadId, const QString &commentSourceId, const QStringList &terms);
    // The results appeared or went away: the window may give them room.
    void resultsShown(bool shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void showResults(bool shown);

    QLineEdit *m_field;
    QLabel *m_status;
    QListView *m_results;
    SearchResultModel *m_model;
    QTimer *m_typingPause;
};

} // namespace Scholia
