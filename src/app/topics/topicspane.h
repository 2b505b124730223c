#pragma once

#include "core/result.h"
#include "core/topicpassage.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QTreeView;

namespace Scholia {

class LibraryEditor;
class Library;
class TopicPassageModel;
class TopicTagModel;

// The Topics pane: the tag tree with how many passages each tag gathers, and below it
// every passage of the selected tag (or its children) across all threads, grouped by
// thread, sortable, exportable to Markdown. It reads the library; it edits nothing.
class TopicsPane : public QWidget
{
    Q_OBJECT

public:
    TopicsPane(Library &library, LibraryEditor &controller, QWidget *parent = nullptr);

    // Shows the topic's passages; false when there is no such topic.
    bool selectTopic(const QString &name);
    QString currentTopic() const { return m_topic; }
    // Re-reads tags and passages now, keeping the selection.
    void reload();
    // Writes the shown topic as Markdown, whole or not at all.
    Result<void> exportMarkdown(const QString &path) const;

    // Wide enough for a passage's quote to read as a sentence, not a column of words.
    QSize sizeHint() const override { return {380, 600}; }

signals:
    // The reader picked a passage: open its thread at its comment.
    void openPassage(qint64 threadId, const QString &commentSourceId);
    // The reader asked for the topic's argument map.
    void mapRequested(const QString &tag);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createPassagesArea();
    void scheduleReload();
    void showPassages();
    // Each passage's links as lines ("rebutted by #5 (bob: “…”)"), by annotation id.
    QHash<qint64, QStringList> linkLines(const std::vector<TopicPassage> &passages);
    void activate(const QModelIndex &index);
    void askExport();

    Library &m_library;
    TopicTagModel *m_tags;
    TopicPassageModel *m_passages;
    QTreeView *m_tagView;
    QTreeView *m_passageView;
    QComboBox *m_sort;
    QPushButton *m_export;
    QLabel *m_summary;
    QString m_topic;
    QSet<QString> m_collapsed; // topics the reader closed in the tree, kept across reloads
    bool m_stale = true;       // the library changed while the pane was hidden
};

} // namespace Scholia
