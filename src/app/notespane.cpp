#include "notespane.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Scholia {

NotesPane::NotesPane(QWidget *parent) : QWidget(parent), m_editor(new QPlainTextEdit(this))
{
    setAccessibleName(tr("Notes"));
    auto *title = new QLabel(tr("Notes"), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_editor->setAccessibleName(tr("Thread notes"));
    m_editor->setPlaceholderText(tr("Your notes on this thread (Markdown). "
                                    "Notes are not saved yet in this version."));
    setFocusProxy(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title);
    layout->addWidget(m_editor);
}

} // namespace Scholia
