#pragma once

#include "core/annotation.h"

#include <QFrame>

class QButtonGroup;
class QLineEdit;
class QPlainTextEdit;

namespace Scholia {

class LibraryEditor;
class Library;
class LinkPickerDialog;

// The small window that opens beside a new highlight: colour, tags, a note, and "Link
// to…" another passage. What the reader changes is applied as one undoable edit when it
// closes.
class AnnotationPopover : public QFrame
{
    Q_OBJECT

public:
    AnnotationPopover(const Annotation &annotation, LibraryEditor &controller, Library &library,
                      QWidget *parent = nullptr);

    // Shows it beside the anchor (global coordinates: the selection, or the comment
    // annotated), never over it; see PopoverPlacement.
    void popUp(const QRect &globalAnchor);

signals:
    // "Link to…" opened the picker (which the popover does not own: it has closed).
    void linkPickerOpened(Scholia::LinkPickerDialog *picker);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void applyChanges();
    void openLinkPicker(Library &library);

    Annotation m_annotation;
    LibraryEditor &m_controller;
    QButtonGroup *m_colors;
    QLineEdit *m_tags;
    QPlainTextEdit *m_note;
    bool m_deleted = false;
};

} // namespace Scholia
