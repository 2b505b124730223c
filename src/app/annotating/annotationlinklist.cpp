#include "app/annotating/annotationlinklist.h"

#include "app/annotating/annotationlinkmodel.h"
#include "app/annotating/linkeditdialog.h"
#include "app/annotating/linkpickerdialog.h"
#include "store/annotationstore.h"
#include "store/annotationlinkstore.h"
#include "store/library.h"
#include "library/libraryeditor.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStyle>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace Scholia {

AnnotationLinkList::AnnotationLinkList(Library &library, LibraryEditor &editor, QWidget *parent)
    : QWidget(parent), m_library(library), m_editor(editor), m_model(new AnnotationLinkModel(library, this)),
      m_heading(new QLabel(this)), m_view(new QListView(this)),
      m_linkButton(new QPushButton(tr("&Link to…"), this))
{
    m_linkButton->setObjectName(QStringLiteral("linkToButton"));
    m_linkButton->setToolTip(tr("Say what this passage supports, rebuts, asks or answers"));
    connect(m_linkButton, &QPushButton::clicked, this, &AnnotationLinkList::pickLink);
    m_view->setObjectName(QStringLiteral("linkList"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Links of the selected annotation"));
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heading->setBuddy(m_view);
    m_heading->setWordWrap(true);

    connect(m_view, &QAbstractItemView::activated, this, &AnnotationLinkList::activate);
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (!m_view->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_view))
            activate(index);
    });
    auto *go = new QAction(tr("&Go to Passage"), m_view);
    connect(go, &QAction::triggered, this, [this] { activate(m_view->currentIndex()); });
    auto *edit = new QAction(tr("&Edit Link…"), m_view);
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QAction::triggered, this, &AnnotationLinkList::editCurrent);
    auto *remove = new QAction(tr("&Remove Link"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &AnnotationLinkList::removeCurrent);
    m_view->addAction(go);
    m_view->addAction(edit);
    m_view->addAction(remove);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Every change of a link, and annotations coming and going at their ends.
    connect(&editor, &LibraryEditor::linksChanged, m_model, &AnnotationLinkModel::reload);
    connect(&editor, &LibraryEditor::annotationChanged, m_model, &AnnotationLinkModel::reload);
    connect(&editor, &LibraryEditor::annotationsReset, m_model, &AnnotationLinkModel::reload);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationLinkList::updateHeading);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_linkButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    // A splitter gives what it can spare; two or three links should show without dragging.
    setMinimumHeight(fontMetrics().lineSpacing() * 8);
    updateHeading();
}

void AnnotationLinkList::setAnnotation(qint64 annotationId)
{
    m_model->setAnnotation(annotationId, m_editor.thread());
}

void AnnotationLinkList::removeCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    if (const auto removed = m_editor.removeLink(index.data(AnnotationLinkModel::LinkIdRole).toLongLong());
        !removed)
        m_editor.announceFailure(removed.error().message);
}

void AnnotationLinkList::pickLink()
{
    const auto source = m_library.annotations().annotation(m_model->annotation());
    if (!source) {
        m_editor.announceFailure(source.error().message);
        return;
    }
    auto *picker = new LinkPickerDialog(*source, m_library, m_editor, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->open();
}

void AnnotationLinkList::editCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const qint64 id = index.data(AnnotationLinkModel::LinkIdRole).toLongLong();
    const auto link = m_library.links().link(id);
    if (!link) {
        m_editor.announceFailure(link.error().message);
        return;
    }
    LinkEditDialog dialog(*link, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AnnotationLinkEdit edit = dialog.edit();
    if (!edit.type && !edit.note)
        return;
    if (const auto updated = m_editor.updateLink(id, edit); !updated)
        m_editor.announceFailure(updated.error().message);
}

void AnnotationLinkList::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 thread = index.data(AnnotationLinkModel::OtherThreadRole).toLongLong();
    if (thread <= 0)
        return;
    emit passageActivated(thread, index.data(AnnotationLinkModel::OtherAnnotationRole).toLongLong(),
                          index.data(AnnotationLinkModel::OtherCommentRole).toString());
}

void AnnotationLinkList::updateHeading()
{
    const int count = m_model->rowCount();
    m_heading->setText(m_model->annotation() == 0 ? QString()
                       : count == 0
                           ? tr("No links yet.")
                           : tr("&Links (%1): Enter goes to the passage, F2 edits the link, Delete removes it").arg(count));
    m_view->setVisible(count > 0);
    m_linkButton->setVisible(m_model->annotation() != 0);
}

} // namespace Scholia
