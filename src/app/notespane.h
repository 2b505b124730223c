#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace Scholia {

// The right pane. For now a plain editor for the reader's own notes on the thread;
// storing them comes with the annotation work.
class NotesPane : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPane(QWidget *parent = nullptr);

private:
    QPlainTextEdit *m_editor;
};

} // namespace Scholia
