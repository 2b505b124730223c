#include "searchpane.h"

#include "app/search/richtextdelegate.h"
#include "app/search/searchresultmodel.h"
#include "store/searchquery.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Scholia {

namespace {
// Long enough that a word is typed before the library is searched.
constexpr int typingPauseMs = 300;
} // namespace

SearchPane::SearchPane(SearchEngine &engine, QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_status(new QLabel(this)),
      m_results(new QListView(this)), m_model(new SearchResultModel(engine, this)),
      m_typingPause(new QTimer(this))
{
    setAccessibleName(tr("Library search"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field->setPlaceholderText(tr("Search the library (Ctrl+Shift+F)"));
    m_field->setToolTip(tr("Words must all occur; \"exact phrase\", -word, a OR b, word*.\n"
                           "Filters: author:NAME site:NAME tag:NAME thread:ID before:YYYY-MM-DD "
                           "after:YYYY-MM-DD is:annotated is:orphaned is:incomplete\n"
                           "Arguments: is:rebutted is:unanswered link:TYPE (supports, rebuts, "
                           "asks, answers, same-point)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search the library"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Search status"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new RichTextDelegate(SearchResultModel::HtmlRole, m_results));
    m_results->setUniformItemSizes(false);
    m_results->setWordWrap(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setAccessibleName(tr("Search results"));
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &SearchPane::search);
    connect(m_field, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        search();
        if (m_model->rowCount() > 0) {
            m_results->setCurrentIndex(m_model->index(0));
            m_results->setFocus();
        }
    });
    connect(m_results, &QListView::activated, this, &SearchPane::activate);
    m_field->installEventFilter(this);
    showResults(false);
}

void SearchPane::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString SearchPane::queryText() const
{
    return m_field->text();
}

void SearchPane::setQueryText(const QString &text)
{
    m_field->setText(text);
}

QString SearchPane::statusText() const
{
    return m_status->text();
}

void SearchPane::search()
{
    m_typingPause->stop();
    const QString text = m_field->text();
    if (text.trimmed().isEmpty()) {
        m_model->clear();
        m_status->clear();
        showResults(false);
        return;
    }
    const auto query = SearchQueryParser::parse(text);
    if (!query) {
        // The parser names the bad token and its column; put the cursor there.
        m_model->clear();
        m_status->setText(tr("Cannot search: %1").arg(query.error().message));
        const int column = SearchQueryParser::columnOf(query.error());
        if (column > 0)
            m_field->setCursorPosition(column - 1);
        showResults(true);
        return;
    }
    const auto ran = m_model->setQuery(*query);
    m_status->setText(ran ? m_model->summary() : tr("The search failed: %1").arg(ran.error().message));
    showResults(true);
}

void SearchPane::refresh()
{
    if (m_results->isVisible())
        search();
}

void SearchPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit hitActivated(index.data(SearchResultModel::ThreadIdRole).toLongLong(),
                      index.data(SearchResultModel::CommentIdRole).toString(), m_model->query().highlightTerms);
}

void SearchPane::showResults(bool shown)
{
    if (m_results->isVisibleTo(this) == shown && m_status->isVisibleTo(this) == shown)
        return;
    m_status->setVisible(shown);
    m_results->setVisible(shown);
    emit resultsShown(shown);
}

bool SearchPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            search();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setCurrentIndex(m_model->index(0));
            m_results->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Scholia
