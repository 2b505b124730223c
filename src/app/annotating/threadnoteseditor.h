#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QTimer;

#ifdef SCHOLIA_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class Repository;
}
#endif

namespace Scholia {

class Library;
class LibraryEditor;

// The Notes tab: the reader's own Markdown notes on the shown thread. There is no save:
// the text is written 500 ms after typing stops, when the field loses the focus, and
// before another thread is shown, each time through the LibraryEditor, so that Edit ▸
// Undo takes it back; what undo and redo put back shows here.
class ThreadNotesEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int savePauseMs = 500;

    ThreadNotesEditor(Library &library, LibraryEditor &editor, QWidget *parent = nullptr);
    ~ThreadNotesEditor() override;

    // Saves the notes of the previous thread first. 0: no thread, nothing to edit.
    void setThread(qint64 threadId);
    qint64 thread() const;
    // Writes unsaved notes now (the window calls this when it closes).
    void saveNow();
    // The notes can be read but not typed in while another process writes to the library.
    void setReadOnly(const QString &reason);
    bool hasUnsavedChanges() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void showChanged(qint64 threadId, const QString &notes);
    void setStatus(const QString &text);

    Library &m_library;
    LibraryEditor &m_libraryEditor;
    qint64 m_thread = 0;
    bool m_dirty = false;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QTimer *m_saveTimer;
#ifdef SCHOLIA_HAVE_KSYNTAXHIGHLIGHTING
    std::unique_ptr<KSyntaxHighlighting::Repository> m_syntax;
#endif
};

} // namespace Scholia
