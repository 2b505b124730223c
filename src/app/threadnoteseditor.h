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

// The Notes tab: the reader's own Markdown notes on the shown thread. There is no save:
// the text is written 500 ms after typing stops, and before another thread is shown.
class ThreadNotesEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int savePauseMs = 500;

    explicit ThreadNotesEditor(Library &library, QWidget *parent = nullptr);
    ~ThreadNotesEditor() override;

    // Saves the notes of the previous thread first. 0: no thread, nothing to edit.
    void setThread(qint64 threadId);
    qint64 thread() const;
    // Writes unsaved notes now (the window calls this when it closes).
    void saveNow();
    // The notes can be read but not typed in while another process writes to the library.
    void setReadOnly(const QString &reason);
    bool hasUnsavedChanges() const;

private:
    void load();
    void setStatus(const QString &text);

    Library &m_library;
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
