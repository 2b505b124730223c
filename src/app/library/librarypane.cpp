#include "librarypane.h"

#include "app/library/threadfilterproxymodel.h"
#include "app/library/threadlistmodel.h"
#include "app/library/threadrowdelegate.h"
#include "store/library.h"
#include "store/readstatestore.h"
#include "store/threadstore.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Scholia {

LibraryPane::LibraryPane(QWidget *parent)
    : QWidget(parent),
      m_model(new ThreadListModel(this)),
      m_proxy(new ThreadFilterProxyModel(m_model, this)),
      m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_stack(new QStackedWidget(this)),
      m_emptyHint(new QLabel(this))
{
    setAccessibleName(tr("Library"));
    m_filter->setPlaceholderText(tr("Filter threads"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter threads"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ThreadFilterProxyModel::setFilterText);

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Threads"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ThreadListModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The title cell shows the whole title, wrapped, with the site, counts and tags under
    // it (ThreadRowDelegate): at the default size their own columns stay hidden, and the
    // header's context menu shows them (then they sort like the others).
    m_table->setItemDelegate(new ThreadRowDelegate(m_table));
    m_table->setWordWrap(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ThreadListModel::Title, QHeaderView::Stretch);
    header->setTextElideMode(Qt::ElideRight);
    header->setStretchLastSection(false);
    for (int column : {int(ThreadListModel::Site), int(ThreadListModel::Comments),
                       int(ThreadListModel::Annotations), int(ThreadListModel::Tags)})
        m_table->setColumnHidden(column, true);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < ThreadListModel::ColumnCount; ++column) {
        if (column == ThreadListModel::Title)
            continue;
        auto *show = new QAction(tr("Show Column \u201c%1\u201d")
                                     .arg(m_model->headerData(column, Qt::Horizontal).toString()),
                                 header);
        show->setCheckable(true);
        show->setChecked(!m_table->isColumnHidden(column));
        connect(show, &QAction::toggled, this, [this, column](bool shown) {
            m_table->setColumnHidden(column, !shown);
        });
        header->addAction(show);
    }
    // Each row as tall as its wrapped title: measured for the rows in sight only, when they
    // come into sight, the others a row's usual height until then. ResizeToContents measured
    // every row at each sort, filter keystroke and reload: seconds for 100 000 threads.
    // The scroll bar's length is then an estimate, right for the rows already seen.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        // Once with the sort or filter that made the columns fit their new rows.
        if (column == ThreadListModel::Title)
            refitRowsSoon();
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &LibraryPane::fitRowsInSight);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LibraryPane::refitRowsSoon);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibraryPane::refitRowsSoon);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LibraryPane::refitRowsSoon);
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

    // An empty library says how to get threads in, where the list would be.
    m_emptyHint->setObjectName(QStringLiteral("emptyLibraryHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyHint->setMargin(12);
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->setText(
        QStringLiteral("<p><b>%1</b></p><p>%2</p><ul><li>%3</li><li>%4</li><li>%5</li></ul><p>%6</p>")
            .arg(tr("Your library is empty.").toHtmlEscaped(),
                 tr("To get threads in:").toHtmlEscaped(),
                 tr("File \u25b8 Import\u2026 a saved page, a JSON or text export, or a mailbox;").toHtmlEscaped(),
                 tr("drop such files, or a thread's web address, on this window;").toHtmlEscaped(),
                 tr("File \u25b8 Save from Address\u2026 to fetch a thread by its address.").toHtmlEscaped(),
                 tr("The toolbar has both commands too.").toHtmlEscaped()));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyHint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
}

void LibraryPane::refitRowsSoon()
{
    // After the view has taken in the change (its header's sections follow the model's
    // signals), and once for several changes in a row.
    if (!m_refitPending) {
        m_refitPending = true;
        QTimer::singleShot(0, this, [this] {
            m_refitPending = false;
            refitRows();
        });
    }
}

void LibraryPane::refitRows()
{
    // Rows have moved or the title's width changed: the rows in sight are measured again;
    // those out of sight keep what they had until they come into sight (resetting the
    // header would reset the selection model it shares with the table).
    QHeaderView *rows = m_table->verticalHeader();
    if (m_proxy->rowCount() > 0) {
        // The first row's height stands for the rows not measured yet.
        // Only when it changes: setting it visits every row (100 000 of them), and each
        // row it resizes is a signal the table handles.
        m_table->resizeRowToContents(0);
        if (rows->sectionSize(0) != rows->defaultSectionSize())
            rows->setDefaultSectionSize(rows->sectionSize(0));
    }
    fitRowsInSight();
}

void LibraryPane::fitRowsInSight()
{
    const int bottom = m_table->viewport()->height();
    for (int row = qMax(0, m_table->rowAt(0)); row < m_proxy->rowCount(); ++row) {
        if (m_table->rowViewportPosition(row) > bottom)
            break;
        m_table->resizeRowToContents(row);
    }
}

bool LibraryPane::showsEmptyHint() const
{
    return m_stack->currentWidget() == m_emptyHint;
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
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_emptyHint) : m_table);
    return true;
}

void LibraryPane::refreshReadCounts(const Library &library, qint64 threadId)
{
    // A failure leaves the old counts: the next reload says what is wrong.
    if (const auto counts = library.readState().counts(threadId))
        m_model->setReadCounts(threadId, counts->newCount, counts->unreadCount);
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
