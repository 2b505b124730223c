#include "searchresultmodel.h"

#include <QLocale>

namespace Scholia {

SearchResultModel::SearchResultModel(SearchEngine &engine, QObject *parent)
    : QAbstractListModel(parent), m_engine(engine)
{
}

Result<SearchPage> SearchResultModel::page(int offset) const
{
    return m_engine.search(m_query, offset, pageSize);
}

Result<void> SearchResultModel::setQuery(const SearchQuery &query)
{
    beginResetModel();
    m_query = query;
    m_hits.clear();
    m_totalCount = 0;
    m_countIsLowerBound = false;
    m_lastPageWasFull = false;
    auto first = page(0);
    if (first) {
        m_hits = std::move(first->hits);
        m_totalCount = first->totalCount;
        m_countIsLowerBound = first->countIsLowerBound;
        m_order = first->order;
        m_lastPageWasFull = int(m_hits.size()) == pageSize;
    }
    endResetModel();
    if (!first)
        return first.error();
    return {};
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_query = {};
    m_hits.clear();
    m_totalCount = 0;
    m_countIsLowerBound = false;
    m_lastPageWasFull = false;
    endResetModel();
}

QString SearchResultModel::summary() const
{
    const QLocale locale;
    QString count;
    if (m_countIsLowerBound)
        count = tr("more than %1 matches").arg(locale.toString(m_totalCount));
    else
        count = tr("%n match(es)", nullptr, int(qMin<qint64>(m_totalCount, INT_MAX)));
    if (m_totalCount == 0)
        return count;
    return m_order == SearchPage::Order::Relevance ? tr("%1 · best first").arg(count)
                                                   : tr("%1 · too many to rank: newest first").arg(count);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_lastPageWasFull;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto next = page(int(m_hits.size()));
    if (!next || next->hits.empty()) {
        m_lastPageWasFull = false;
        return;
    }
    const int first = int(m_hits.size());
    beginInsertRows({}, first, first + int(next->hits.size()) - 1);
    m_lastPageWasFull = int(next->hits.size()) == pageSize;
    for (SearchHit &hit : next->hits)
        m_hits.push_back(std::move(hit));
    endInsertRows();
}

QString SearchResultModel::htmlOf(const SearchHit &hit) const
{
    QStringList meta;
    switch (hit.kind) {
    case SearchHit::Kind::Thread:
        meta << tr("the thread itself");
        break;
    case SearchHit::Kind::ThreadNote:
        meta << tr("your notes");
        break;
    case SearchHit::Kind::Annotation:
        meta << tr("your annotation");
        break;
    case SearchHit::Kind::Comment:
        break;
    }
    if (!hit.author.isEmpty())
        meta << hit.author.toHtmlEscaped();
    if (hit.created.isValid())
        meta << QLocale().toString(hit.created.toLocalTime().date(), QLocale::ShortFormat);
    // The snippet comes escaped from the engine, its <b> marks the match.
    const QString metaLine = meta.isEmpty() ? QString()
                                            : QStringLiteral("<br><small>%1</small>").arg(meta.join(QStringLiteral(" · ")));
    return QStringLiteral("<b>%1</b>%2<br>%3").arg(hit.threadTitle.toHtmlEscaped(), metaLine, hit.snippetHtml);
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_hits.size()))
        return {};
    const SearchHit &hit = m_hits[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 — %2: %3")
            .arg(hit.threadTitle, hit.author, SearchEngine::plainSnippet(hit.snippetHtml));
    case Qt::ToolTipRole:
        return SearchEngine::plainSnippet(hit.snippetHtml);
    case ThreadIdRole:
        return hit.threadId;
    case CommentIdRole:
        return hit.commentSourceId;
    case HtmlRole:
        return htmlOf(hit);
    default:
        return {};
    }
}

} // namespace Scholia
