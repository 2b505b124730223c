#pragma once

#include "store/searchengine.h"
#include "store/searchquery.h"

#include <QAbstractListModel>

namespace Scholia {

class SearchEngine;

// The hits of one search, fetched a page at a time as the list scrolls down.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ThreadIdRole = Qt::UserRole + 1,
        CommentIdRole,
        HtmlRole, // title, author · date, snippet: escaped, for RichTextDelegate
    };

    explicit SearchResultModel(SearchEngine &engine, QObject *parent = nullptr);

    // Runs the query and shows its first page; an Error leaves the model empty.
    Result<void> setQuery(const SearchQuery &query);
    void clear();

    const SearchQuery &query() const { return m_query; }
    qint64 totalCount() const { return m_totalCount; }
    bool countIsLowerBound() const { return m_countIsLowerBound; }
    SearchPage::Order order() const { return m_order; }
    // "1 234 matches · best first" and the like, for the line above the list.
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    static constexpr int pageSize = 50;

    Result<SearchPage> page(int offset) const;
    QString htmlOf(const SearchHit &hit) const;

    SearchEngine &m_engine;
    SearchQuery m_query;
    std::vector<SearchHit> m_hits;
    qint64 m_totalCount = 0;
    bool m_countIsLowerBound = false;
    bool m_lastPageWasFull = false;
    SearchPage::Order m_order = SearchPage::Order::Relevance;
};

} // namespace Scholia
