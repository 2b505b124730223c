#include "threadnoteseditor.h"

#include "library/libraryeditor.h"
#include "store/library.h"
#include "store/threadnotesstore.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#ifdef SCHOLIA_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Scholia {

ThreadNotesEditor::ThreadNotesEditor(Library &library, LibraryEditor &editor, QWidget *parent)
    : QWidget(parent), m_library(library), m_libraryEditor(editor),
      m_editor(new QPlainTextEdit(this)), m_status(new QLabel(this)), m_saveTimer(new QTimer(this))
{
    m_editor->setObjectName(QStringLiteral("threadNotes"));
    m_editor->setAccessibleName(tr("Thread notes"));
    m_editor->setPlaceholderText(
        tr("Your notes on this thread, in Markdown. They are saved as you type."));
    m_status->setObjectName(QStringLiteral("threadNotesStatus"));
    m_status->setAccessibleName(tr("Notes saving status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(savePauseMs);
    setFocusProxy(m_editor);

#ifdef SCHOLIA_HAVE_KSYNTAXHIGHLIGHTING
    m_syntax = std::make_unique<KSyntaxHighlighting::Repository>();
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    highlighter->setTheme(
        m_syntax->defaultTheme(palette().color(QPalette::Base).lightness() < 128
                                   ? KSyntaxHighlighting::Repository::DarkTheme
                                   : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(m_syntax->definitionForName(QStringLiteral("Markdown")));
#endif

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    layout->addWidget(m_status);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_thread <= 0)
            return;
        m_dirty = true;
        setStatus(tr("Saving…"));
        m_saveTimer->start();
    });
    connect(m_saveTimer, &QTimer::timeout, this, &ThreadNotesEditor::saveNow);
    connect(&editor, &LibraryEditor::threadNotesChanged, this, &ThreadNotesEditor::showChanged);
    // Leaving the field saves at once: Edit ▸ Undo, whose menu takes the focus, then takes
    // back what was just typed instead of racing the save still waiting for its pause.
    m_editor->installEventFilter(this);
    load();
}

// The highlighter lives in the editor's document; the repository must outlive it.
ThreadNotesEditor::~ThreadNotesEditor()
{
    m_editor->removeEventFilter(this); // its focus leaves as it goes: nothing to save then
    delete m_editor;
}

void ThreadNotesEditor::setThread(qint64 threadId)
{
    if (threadId == m_thread)
        return;
    saveNow();
    m_thread = threadId;
    load();
}

void ThreadNotesEditor::setReadOnly(const QString &reason)
{
    m_editor->setReadOnly(!reason.isEmpty());
    setStatus(reason);
}

qint64 ThreadNotesEditor::thread() const
{
    return m_thread;
}

void ThreadNotesEditor::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || m_thread <= 0)
        return;
    const auto saved = m_libraryEditor.saveThreadNotes(m_thread, m_editor->toPlainText());
    if (!saved) {
        // Kept dirty: the next pause or thread change tries again.
        setStatus(tr("Not saved: %1").arg(saved.error().message));
        return;
    }
    m_dirty = false;
    setStatus(tr("Saved"));
}

bool ThreadNotesEditor::hasUnsavedChanges() const
{
    return m_dirty;
}

void ThreadNotesEditor::load()
{
    QString text;
    QString status;
    if (m_thread > 0) {
        const auto loaded = m_library.notes().load(m_thread);
        if (loaded)
            text = *loaded;
        else
            status = tr("Cannot read the notes: %1").arg(loaded.error().message);
    }
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(text);
    }
    m_dirty = false;
    m_editor->setReadOnly(m_thread <= 0 || !status.isEmpty());
    setStatus(status);
}

bool ThreadNotesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        saveNow();
    return QWidget::eventFilter(watched, event);
}

void ThreadNotesEditor::showChanged(qint64 threadId, const QString &notes)
{
    // The echo of this editor's own save changes nothing; typing not saved yet is kept
    // (its save comes after the pause) rather than lost to an undo made meanwhile.
    if (threadId != m_thread || m_dirty || notes == m_editor->toPlainText())
        return;
    QTextCursor cursor = m_editor->textCursor();
    const int position = cursor.position();
    {
        const QSignalBlocker blocker(m_editor); // shown, not typed: nothing to save again
        m_editor->setPlainText(notes);
    }
    cursor = m_editor->textCursor();
    cursor.setPosition(qMin(position, int(notes.size())));
    m_editor->setTextCursor(cursor);
    setStatus(tr("Saved"));
}

void ThreadNotesEditor::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace Scholia
