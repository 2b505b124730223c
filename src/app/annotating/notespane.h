#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QModelIndex;
class QTabWidget;

namespace Scholia {

class LibraryEditor;
class AnnotationEditor;
class AnnotationLinkList;
class AnnotationListModel;
class ThreadNotesEditor;
class Library;

// The right pane: a "Notes" tab with the reader's Markdown notes on the thread, and an
// "Annotations" tab listing the thread's annotations in tree order (orphaned ones apart),
// filterable by tag, each editable in place, with its links to and from other passages.
class NotesPane : public QWidget
{
    Q_OBJECT

public:
    NotesPane(Library &library, LibraryEditor &controller, QWidget *parent = nullptr);

    // Saves the previous thread's notes first. Also shows the thread's annotations
    // (the controller is told when it is on another thread).
    void setThread(qint64 threadId);
    // Writes anything typed and not yet saved: notes and an annotation's note.
    void saveNow();
    // Notes cannot be typed while another process writes to the library (annotation
    // edits are refused by the LibraryEditor).
    void setReadOnly(const QString &reason);

    // Lists only annotations carrying tag or a tag below it; empty: all.
    void setTagFilter(const QString &tag);
    void showNotes();
    void showAnnotations();

signals:
    // The reader picked an annotation: show it in the thread.
    void annotationActivated(qint64 annotationId, const QString &commentSourceId);
    // The reader picked the other end of a link: show that passage, in its own thread.
    void linkedPassageActivated(qint64 threadId, qint64 annotationId, const QString &commentSourceId);

private:
    QWidget *createAnnotationsTab();
    QListView *createList(AnnotationListModel *model, const QString &accessibleName);
    void activate(const QModelIndex &index);
    void selectionChanged(QListView *list);
    void deleteSelected(QListView *list);
    void refreshTagFilter();
    void restoreSelection();

    LibraryEditor &m_controller;
    QTabWidget *m_tabs;
    ThreadNotesEditor *m_notes;
    AnnotationListModel *m_anchored;
    AnnotationListModel *m_orphaned;
    QComboBox *m_tagFilter;
    QListView *m_list;
    QLabel *m_orphanedHeading;
    QListView *m_orphanedList;
    AnnotationEditor *m_editor;
    AnnotationLinkList *m_links;
};

} // namespace Scholia
