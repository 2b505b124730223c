#include "notespane.h"

#include "app/annotating/annotationeditor.h"
#include "app/annotating/annotationlinklist.h"
#include "app/annotating/annotationlistmodel.h"
#include "app/annotating/threadnoteseditor.h"
#include "core/tagname.h"
#include "library/libraryeditor.h"
#include "store/library.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Scholia {

NotesPane::NotesPane(Library &library, LibraryEditor &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_tabs(new QTabWidget(this)),
      m_notes(new ThreadNotesEditor(library, controller, this)),
      m_anchored(new AnnotationListModel(controller, AnnotationListModel::Section::Anchored, this)),
      m_orphaned(new AnnotationListModel(controller, AnnotationListModel::Section::Orphaned, this)),
      m_tagFilter(new QComboBox(this)), m_list(nullptr), m_orphanedHeading(new QLabel(this)),
      m_orphanedList(nullptr), m_editor(new AnnotationEditor(library, controller, this)),
      m_links(new AnnotationLinkList(library, controller, this))
{
    setAccessibleName(tr("Notes"));
    m_tabs->setAccessibleName(tr("Notes and annotations"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_tabs->addTab(createAnnotationsTab(), tr("Annotations"));
    setFocusProxy(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);

    connect(&controller, &LibraryEditor::annotationsReset, this, &NotesPane::refreshTagFilter);
    connect(&controller, &LibraryEditor::annotationAdded, this, &NotesPane::refreshTagFilter);
    connect(&controller, &LibraryEditor::annotationChanged, this, &NotesPane::refreshTagFilter);
    connect(&controller, &LibraryEditor::annotationRemoved, this, &NotesPane::refreshTagFilter);
    refreshTagFilter();
}

void NotesPane::setThread(qint64 threadId)
{
    m_notes->setThread(threadId);
    if (m_controller.thread() != threadId)
        m_controller.setThread(threadId);
}

void NotesPane::setReadOnly(const QString &reason)
{
    m_notes->setReadOnly(reason);
}

void NotesPane::saveNow()
{
    m_notes->saveNow();
    m_editor->commitNote();
}

void NotesPane::setTagFilter(const QString &tag)
{
    const int index = m_tagFilter->findData(tag);
    m_tagFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void NotesPane::showNotes()
{
    m_tabs->setCurrentWidget(m_notes);
}

void NotesPane::showAnnotations()
{
    m_tabs->setCurrentIndex(1);
}

QWidget *NotesPane::createAnnotationsTab()
{
    auto *tab = new QWidget(this);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setAccessibleName(tr("Show annotations with tag"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *filterLabel = new QLabel(tr("&Tag:"), tab);
    filterLabel->setBuddy(m_tagFilter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_tagFilter, 1);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString tag = m_tagFilter->currentData().toString();
        m_anchored->setTagFilter(tag);
        m_orphaned->setTagFilter(tag);
    });

    m_list = createList(m_anchored, tr("Annotations"));
    m_list->setObjectName(QStringLiteral("annotationList"));
    m_orphanedList = createList(m_orphaned, tr("Orphaned annotations"));
    m_orphanedList->setObjectName(QStringLiteral("orphanedList"));
    m_orphanedHeading->setText(tr("Orphaned — the text they marked is no longer in the comment"));
    m_orphanedHeading->setWordWrap(true);
    m_orphanedHeading->setBuddy(m_orphanedList);
    const auto showOrphans = [this] {
        const bool any = m_orphaned->rowCount() > 0;
        m_orphanedHeading->setVisible(any);
        m_orphanedList->setVisible(any);
    };
    connect(m_orphaned, &QAbstractItemModel::modelReset, this, showOrphans);
    showOrphans();

    auto *lists = new QWidget(tab);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->addLayout(filterRow);
    listsLayout->addWidget(m_list, 3);
    listsLayout->addWidget(m_orphanedHeading);
    listsLayout->addWidget(m_orphanedList, 1);

    m_editor->setAccessibleName(tr("Selected annotation"));
    connect(m_links, &AnnotationLinkList::passageActivated, this, &NotesPane::linkedPassageActivated);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(lists);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_links);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    return tab;
}

QListView *NotesPane::createList(AnnotationListModel *model, const QString &accessibleName)
{
    auto *list = new QListView(this);
    list->setModel(model);
    list->setAccessibleName(accessibleName);
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setTextElideMode(Qt::ElideRight);

    connect(list, &QAbstractItemView::activated, this, &NotesPane::activate);
    connect(list, &QAbstractItemView::clicked, this, [this, list](const QModelIndex &index) {
        // Where a single click activates already, activated() has been emitted.
        if (!list->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, list))
            activate(index);
    });
    connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, list] { selectionChanged(list); });
    connect(model, &QAbstractItemModel::modelReset, this, &NotesPane::restoreSelection);

    auto *show = new QAction(tr("&Show in Thread"), list);
    connect(show, &QAction::triggered, this, [this, list] { activate(list->currentIndex()); });
    auto *remove = new QAction(tr("&Delete Annotation"), list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this, list] { deleteSelected(list); });
    list->addAction(show);
    list->addAction(remove);
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    return list;
}

void NotesPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit annotationActivated(index.data(AnnotationListModel::IdRole).toLongLong(),
                             index.data(AnnotationListModel::CommentSourceIdRole).toString());
}

void NotesPane::selectionChanged(QListView *list)
{
    const QModelIndexList selected = list->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    // One annotation is edited at a time: a pick in one list clears the other.
    QListView *other = list == m_list ? m_orphanedList : m_list;
    {
        const QSignalBlocker blocker(other->selectionModel());
        other->clearSelection();
    }
    other->viewport()->update();
    const qint64 id = selected.first().data(AnnotationListModel::IdRole).toLongLong();
    m_editor->setAnnotation(id);
    m_links->setAnnotation(id);
}

void NotesPane::deleteSelected(QListView *list)
{
    const QModelIndex index = list->currentIndex();
    if (!index.isValid())
        return;
    const int row = index.row();
    if (const auto removed =
            m_controller.remove(index.data(AnnotationListModel::IdRole).toLongLong());
        !removed) {
        m_controller.announceFailure(removed.error().message); // e.g. read-only: say why
        return;
    }
    // Keep the keyboard on the list, at the next annotation, for deleting a run.
    const int next = qMin(row, list->model()->rowCount() - 1);
    if (next >= 0)
        list->setCurrentIndex(list->model()->index(next, 0));
}

void NotesPane::refreshTagFilter()
{
    // The tags this thread's annotations carry, with the tags above them, so that
    // "compute" gathers "compute/export-controls".
    QStringList names;
    for (const Annotation &annotation : m_controller.annotations()) {
        for (const QString &tag : annotation.tags) {
            QString path;
            for (const QString &segment : tag.split(TagName::separator)) {
                path = path.isEmpty() ? segment : path + TagName::separator + segment;
                if (!names.contains(path, Qt::CaseInsensitive))
                    names << path;
            }
        }
    }
    names.sort(Qt::CaseInsensitive);
    const QString current = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString &name : names)
        m_tagFilter->addItem(name, name);
    const int index = m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty()) {
        // The filtered tag is gone (renamed, deleted, undone): show everything again.
        m_anchored->setTagFilter(QString());
        m_orphaned->setTagFilter(QString());
    }
}

void NotesPane::restoreSelection()
{
    const qint64 id = m_editor->annotation();
    for (QListView *list : {m_list, m_orphanedList}) {
        if (!list)
            continue;
        const auto *model = static_cast<const AnnotationListModel *>(list->model());
        const int row = model->rowOf(id);
        if (id != 0 && row >= 0) {
            list->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect);
            m_links->setAnnotation(id);
            return;
        }
    }
    m_links->setAnnotation(0); // the annotation went, or the thread did
}

} // namespace Scholia
