#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;
class QPushButton;

namespace Scholia {

class AnnotationLinkModel;
class Library;
class LibraryEditor;

// Under the annotation being edited in the notes pane: its links in and out, and "Link
// to…" (as in the popover) for annotations made earlier. Activating
// one goes to the passage at its other end (in whichever thread); F2 edits the link's type
// and note, Delete removes it, each one undoable step.
class AnnotationLinkList : public QWidget
{
    Q_OBJECT

public:
    AnnotationLinkList(Library &library, LibraryEditor &editor, QWidget *parent = nullptr);

    // 0: none.
    void setAnnotation(qint64 annotationId);
    AnnotationLinkModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void removeCurrent();
    void editCurrent(); // asks for the type and note
    void pickLink();    // Link to…: a new link from this annotation

signals:
    // Show this passage (the other end of a link), opening its thread when elsewhere.
    void passageActivated(qint64 threadId, qint64 annotationId, const QString &commentSourceId);

private:
    void activate(const QModelIndex &index);
    void updateHeading();

    Library &m_library;
    LibraryEditor &m_editor;
    AnnotationLinkModel *m_model;
    QLabel *m_heading;
    QListView *m_view;
    QPushButton *m_linkButton;
};

} // namespace Scholia
