#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class TagsDialog;
}

namespace Scholia {

class LibraryEditor;
class TagTreeModel;
class Library;

// Edit ▸ Tags…: the library's tags as a tree, with rename, merge, recolour and delete.
// Each edit is one step on the annotation undo stack (Ctrl+Z works inside the dialog too).
class TagsDialog : public QDialog
{
    Q_OBJECT

public:
    TagsDialog(Library &library, LibraryEditor &controller, QWidget *parent = nullptr);
    ~TagsDialog() override;

    TagTreeModel *model() const;
    // Full names of the selected tags, in the order they were selected.
    QStringList selectedTags() const;
    void selectTag(const QString &name);
    // What deleting asks, naming how many annotations lose the tag.
    static QString deleteQuestion(const QString &name, int annotationCount);
    QString message() const; // the last refusal, empty after a success

public slots:
    // The edits themselves, without asking; false (with message() saying why) on refusal.
    bool renameTag(const QString &from, const QString &to);
    bool mergeTags(const QString &from, const QString &into);
    bool recolorTag(const QString &name, const QString &color);
    bool deleteTag(const QString &name);

private:
    void askRename();
    void askMerge();
    void askDelete();
    void recolorSelected(int index);
    void reload();
    void updateControls();
    bool report(const QString &error);

    Library &m_library;
    LibraryEditor &m_controller;
    std::unique_ptr<Ui::TagsDialog> m_ui;
    TagTreeModel *m_model;
};

} // namespace Scholia
