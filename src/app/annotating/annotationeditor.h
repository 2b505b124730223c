#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace Scholia {

class LibraryEditor;
class TagCompleter;
class Library;
struct Annotation;

// Edits the selected annotation in place: colour, tags, note. Every change goes through
// the controller, so it is one undoable step (typing a note is one step per pause).
class AnnotationEditor : public QWidget
{
    Q_OBJECT

public:
    AnnotationEditor(Library &library, LibraryEditor &controller, QWidget *parent = nullptr);

    // 0, or an id the controller does not list: nothing to edit.
    void setAnnotation(qint64 id);
    qint64 annotation() const;
    // Writes a note still being typed now instead of after the pause.
    void commitNote();

private:
    const Annotation *current() const;
    void refresh();
    void commitTags();
    void commitColor(int index);
    void report(const QString &message);

    LibraryEditor &m_controller;
    qint64 m_id = 0;
    QComboBox *m_color;
    QLineEdit *m_tags;
    QPlainTextEdit *m_note;
    QTimer *m_noteTimer;
    TagCompleter *m_completer;
};

} // namespace Scholia
