#include "tagsdialog.h"

#include "app/annotating/tagtreemodel.h"
#include "app/annotating/undoredoactions.h"
#include "core/highlightpalette.h"
#include "library/libraryeditor.h"
#include "store/library.h"
#include "ui_tagsdialog.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QPixmap>
#include <QUndoStack>

namespace Scholia {

TagsDialog::TagsDialog(Library &library, LibraryEditor &controller, QWidget *parent)
    : QDialog(parent), m_library(library), m_controller(controller),
      m_ui(std::make_unique<Ui::TagsDialog>()), m_model(new TagTreeModel(this))
{
    m_ui->setupUi(this);
    m_ui->tree->setModel(m_model);
    for (const HighlightColor &color : HighlightPalette::colors()) {
        QPixmap swatch(16, 16);
        swatch.fill(QColor(color.hex));
        m_ui->colorBox->addItem(QIcon(swatch), color.label, color.name);
    }

    // The main window's Undo is out of reach while this dialog is open.
    QAction *undo = UndoRedoActions::createUndo(controller.undoStack(), this);
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = UndoRedoActions::createRedo(controller.undoStack(), this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);
    m_ui->undoButton->setEnabled(undo->isEnabled());
    connect(undo, &QAction::changed, this, [this, undo] {
        m_ui->undoButton->setEnabled(undo->isEnabled());
        m_ui->undoButton->setToolTip(undo->text());
    });
    connect(m_ui->undoButton, &QPushButton::clicked, undo, &QAction::trigger);

    connect(m_ui->renameButton, &QPushButton::clicked, this, &TagsDialog::askRename);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &TagsDialog::askMerge);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &TagsDialog::askDelete);
    connect(m_ui->colorBox, &QComboBox::activated, this, &TagsDialog::recolorSelected);
    connect(m_ui->tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TagsDialog::updateControls);
    connect(&controller, &LibraryEditor::annotationsReset, this, &TagsDialog::reload);
    reload();
}

TagsDialog::~TagsDialog() = default;

TagTreeModel *TagsDialog::model() const
{
    return m_model;
}

QStringList TagsDialog::selectedTags() const
{
    QStringList names;
    for (const QModelIndex &index :
         m_ui->tree->selectionModel()->selectedRows(TagTreeModel::NameColumn)) {
        const QString name = index.data(TagTreeModel::TagNameRole).toString();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

void TagsDialog::selectTag(const QString &name)
{
    const QModelIndex index = m_model->indexOf(name);
    if (index.isValid())
        m_ui->tree->selectionModel()->select(index, QItemSelectionModel::Select |
                                                        QItemSelectionModel::Rows);
    m_ui->tree->setCurrentIndex(index);
}

QString TagsDialog::deleteQuestion(const QString &name, int annotationCount)
{
    return tr("Delete the tag “%1”? %n annotation(s) carry it; they keep their highlights "
              "and notes. Tags below it stay.",
              nullptr, annotationCount)
        .arg(name);
}

QString TagsDialog::message() const
{
    return m_ui->message->text();
}

bool TagsDialog::renameTag(const QString &from, const QString &to)
{
    const auto renamed = m_controller.renameTag(from, to);
    if (!renamed)
        return report(renamed.error().message);
    m_ui->tree->clearSelection();
    selectTag(renamed->empty() ? to : renamed->front().to);
    return report({});
}

bool TagsDialog::mergeTags(const QString &from, const QString &into)
{
    const auto merged = m_controller.mergeTags(from, into);
    if (!merged)
        return report(merged.error().message);
    m_ui->tree->clearSelection();
    selectTag(into);
    return report({});
}

bool TagsDialog::recolorTag(const QString &name, const QString &color)
{
    const auto previous = m_controller.recolorTag(name, color);
    if (!previous)
        return report(previous.error().message);
    selectTag(name);
    return report({});
}

bool TagsDialog::deleteTag(const QString &name)
{
    const auto removed = m_controller.removeTag(name);
    return report(removed ? QString() : removed.error().message);
}

void TagsDialog::askRename()
{
    const QStringList selected = selectedTags();
    if (selected.size() != 1)
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(
        this, tr("Rename Tag"),
        tr("New name for “%1” (the tags below it follow):").arg(selected.first()),
        QLineEdit::Normal, selected.first(), &ok);
    if (ok && !to.isEmpty() && to != selected.first())
        renameTag(selected.first(), to);
}

void TagsDialog::askMerge()
{
    const QStringList selected = selectedTags();
    if (selected.size() == 2) {
        const auto answer = QMessageBox::question(
            this, tr("Merge Tags"),
            tr("Merge “%1” into “%2”? Everything tagged “%1” will be tagged “%2”, and “%1” "
               "will be gone.")
                .arg(selected.at(0), selected.at(1)));
        if (answer == QMessageBox::Yes)
            mergeTags(selected.at(0), selected.at(1));
        return;
    }
    if (selected.size() != 1)
        return;
    QStringList others;
    for (const QModelIndex &index :
         m_model->match(m_model->index(0, 0), TagTreeModel::TagNameRole, QStringLiteral("*"), -1,
                        Qt::MatchWildcard | Qt::MatchRecursive)) {
        const QString name = index.data(TagTreeModel::TagNameRole).toString();
        if (name.compare(selected.first(), Qt::CaseInsensitive) != 0)
            others << name;
    }
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge Tags"), tr("Merge “%1” into:").arg(selected.first()), others, 0, true, &ok);
    if (ok && !into.isEmpty())
        mergeTags(selected.first(), into);
}

void TagsDialog::askDelete()
{
    const QStringList selected = selectedTags();
    if (selected.size() != 1)
        return;
    const QString name = selected.first();
    const int count = m_model->indexOf(name).data(TagTreeModel::OwnAnnotationCountRole).toInt();
    if (QMessageBox::question(this, tr("Delete Tag"), deleteQuestion(name, count)) ==
        QMessageBox::Yes)
        deleteTag(name);
}

void TagsDialog::recolorSelected(int index)
{
    const QString color = m_ui->colorBox->itemData(index).toString();
    for (const QString &name : selectedTags())
        recolorTag(name, color);
}

void TagsDialog::reload()
{
    const QStringList selected = selectedTags();
    if (const auto loaded = m_model->reload(m_library); !loaded)
        report(loaded.error().message);
    m_ui->tree->expandAll();
    m_ui->tree->resizeColumnToContents(TagTreeModel::NameColumn);
    for (const QString &name : selected)
        selectTag(name);
    updateControls();
}

void TagsDialog::updateControls()
{
    const QStringList selected = selectedTags();
    m_ui->renameButton->setEnabled(selected.size() == 1);
    m_ui->mergeButton->setEnabled(selected.size() == 1 || selected.size() == 2);
    m_ui->deleteButton->setEnabled(selected.size() == 1);
    m_ui->colorBox->setEnabled(!selected.isEmpty());
    if (selected.size() == 1) {
        const QString color =
            m_model->indexOf(selected.first()).data(TagTreeModel::ColorRole).toString();
        m_ui->colorBox->setCurrentIndex(m_ui->colorBox->findData(color));
    }
}

bool TagsDialog::report(const QString &error)
{
    m_ui->message->setText(error);
    return error.isEmpty();
}

} // namespace Scholia
