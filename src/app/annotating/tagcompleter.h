#pragma once

#include <QCompleter>

class QLineEdit;
class QStringListModel;

namespace Scholia {

class Library;

// Completes tag names from the library (TagStore::complete: prefix matches first, then
// matches of any segment, most used first) in a line edit holding a comma-separated
// list of tags: only the tag being typed, after the last comma, is completed and replaced.
// Shared by the annotations list and the thread view's annotation popover.
class TagCompleter : public QCompleter
{
    Q_OBJECT

public:
    TagCompleter(Library &library, QObject *parent = nullptr);

    // Completes in edit from now on; call once per line edit.
    void attachTo(QLineEdit *edit);

    // The names offered for what the user is typing (the text after its last comma).
    QStringList candidates(const QString &text) const;
    // Puts a chosen name in place of the tag being typed.
    void insertCompletion(const QString &name);

    // "a, b ,, c" → {"a", "b", "c"}.
    static QStringList split(const QString &text);

private:
    void refresh(const QString &text);

    Library &m_library;
    QStringListModel *m_names;
    QLineEdit *m_edit = nullptr;
};

} // namespace Scholia
