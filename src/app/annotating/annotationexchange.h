#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Scholia {

class Library;
class LibraryEditor;

// File ▸ Export Annotations… and Import Annotations…: the reader's annotations, tags,
// notes and links as a W3C Web Annotation collection (JSON-LD), of the open thread or of
// the whole library (WebAnnotationExporter), and such a file merged into this library
// (WebAnnotationImporter), with a summary of what it did. An import is not an undoable
// step (as importing a thread is not); the views are told to read everything again.
class AnnotationExchange : public QObject
{
    Q_OBJECT

public:
    AnnotationExchange(Library &library, LibraryEditor &editor, QWidget *window);

    // Adds both actions to menu.
    void installInto(QMenu *menu);
    // Asks where (and, with a thread open, whether the thread or the library), then writes.
    void exportAnnotations(qint64 openThreadId);
    // Asks for the files, then imports them one after the other.
    void importAnnotations();
    // The work without the dialogs; each answers the message it would show (empty on
    // success for export: the summary is in the status line).
    QString exportTo(const QString &path, qint64 threadId);
    QString importFrom(const QString &path, bool *ok = nullptr);

signals:
    void statusMessage(const QString &message);
    void annotationsImported(); // the library has new or changed annotations

private:
    Library &m_library;
    LibraryEditor &m_editor;
    QWidget *m_window;
};

} // namespace Scholia
