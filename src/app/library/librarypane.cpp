#include "librarypane.h"

#include "app/library/threadlistmodel.h"
#include "store/library.h"
#include "store/threadstore.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Scholia {

LibraryPane::LibraryPane(QWidget *parent)
    : QWidget(parent),
      m_model(new ThreadListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)),
      m_table(new QTableView(this))
{
    setAccessibleName(tr("Library"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setPlaceholderText(tr("Filter threads"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter threads"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Threads"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ThreadListModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The title takes what the other columns leave; the site gets a modest share.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ThreadListModel::Title, QHeaderView::Stretch);
    const int numberWidth = fontMetrics().horizontalAdvance(QStringLiteral("000000"));
    for (int column : {int(ThreadListModel::Site), int(ThreadListModel::Comments),
                       int(ThreadListModel::Annotations), int(ThreadListModel::Tags)})
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->resizeSection(ThreadListModel::Site, fontMetrics().horizontalAdvance(QStringLiteral("reddit.com/r/abc")));
    // The count columns fit their (translated) heading with its sort arrow, not just the
    // digits: "Annotations" was cut off in every language.
    for (int column : {int(ThreadListModel::Comments), int(ThreadListModel::Annotations)})
        header->resizeSection(column, qMax(numberWidth, header->sectionSizeHint(column)));
    // Tags sized to their contents took the title's room: a fixed share, widened by hand.
    header->resizeSection(ThreadListModel::Tags, fontMetrics().horizontalAdvance(QStringLiteral("topic/subtopic")));
    header->setTextElideMode(Qt::ElideRight);
    header->setStretchLastSection(false);
    m_table->setTextElideMode(Qt::ElideRight);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryPane::emitSelection);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (const ThreadSummary *thread = selectedThread())
            emit threadActivated(thread->id);
    });
    setFocusProxy(m_table);

    auto *remove = new QAction(tr("&Delete Thread…"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (const ThreadSummary *thread = selectedThread())
            emit deleteRequested(thread->id);
    });
    m_table->addAction(remove);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
}

bool LibraryPane::reload(const Library &library, QString *error)
{
    auto threads = library.threads().listThreads();
    if (!threads) {
        if (error)
            *error = threads.error().toString();
        return false;
    }
    m_model->setThreads(std::move(threads.value()));
    return true;
}

bool LibraryPane::selectThread(qint64 threadId)
{
    const int row = m_model->rowOfThread(threadId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void LibraryPane::selectFirstThread()
{
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

const ThreadSummary *LibraryPane::selectedThread() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? m_model->threadAt(current.row()) : nullptr;
}

void LibraryPane::emitSelection()
{
    if (const ThreadSummary *thread = selectedThread())
        emit threadSelected(thread->id);
}

} // namespace Scholia
