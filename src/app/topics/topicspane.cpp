#include "topicspane.h"

#include "app/export/topicexportcontroller.h"
#include "app/topics/topicpassagedelegate.h"
#include "app/topics/topicpassagemodel.h"
#include "app/topics/topictagmodel.h"
#include "library/libraryeditor.h"
#include "core/argumentmap.h"
#include "render/argumentlinktext.h"
#include "render/topicmarkdownwriter.h"
#include "store/annotationlinkstore.h"
#include "store/library.h"
#include "store/threadstore.h"
#include "store/topicstore.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Scholia {

TopicsPane::TopicsPane(Library &library, LibraryEditor &controller, QWidget *parent)
    : QWidget(parent), m_library(library), m_tags(new TopicTagModel(this)),
      m_passages(new TopicPassageModel(this)), m_tagView(new QTreeView(this)),
      m_passageView(new QTreeView(this)), m_sort(new QComboBox(this)),
      m_export(new QPushButton(tr("Export to &Markdown…"), this)), m_summary(new QLabel(this))
{
    setAccessibleName(tr("Topics"));
    m_tagView->setObjectName(QStringLiteral("topicTags"));
    m_tagView->setAccessibleName(tr("Topics"));
    m_tagView->setModel(m_tags);
    m_tagView->setUniformRowHeights(true);
    m_tagView->setAlternatingRowColors(true);
    m_tagView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tagView->header()->setStretchLastSection(false);
    m_tagView->header()->setSectionResizeMode(TopicTagModel::NameColumn, QHeaderView::Stretch);
    m_tagView->header()->setSectionResizeMode(TopicTagModel::PassagesColumn,
                                              QHeaderView::ResizeToContents);
    connect(m_tagView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_topic = current.data(TopicTagModel::TopicNameRole).toString();
                showPassages();
            });

    // Enter on a topic goes on to its passages.
    connect(m_tagView, &QAbstractItemView::activated, m_passageView, [this] {
        m_passageView->setFocus();
        if (!m_passageView->currentIndex().isValid())
            m_passageView->setCurrentIndex(m_passages->index(0, 0));
    });
    connect(m_tagView, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(TopicTagModel::TopicNameRole).toString());
    });
    connect(m_tagView, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(TopicTagModel::TopicNameRole).toString());
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tagView);
    splitter->addWidget(createPassagesArea());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    setFocusProxy(m_tagView);
    setTabOrder(m_tagView, m_sort);
    setTabOrder(m_sort, m_export);
    setTabOrder(m_export, m_passageView);

    // Any annotation or tag edit can change counts and passages; a burst of them (a
    // tag merge touches many) is read back once.
    for (const auto signal : {&LibraryEditor::annotationAdded, &LibraryEditor::annotationChanged,
                              &LibraryEditor::annotationRemoved})
        connect(&controller, signal, this, &TopicsPane::scheduleReload);
    connect(&controller, &LibraryEditor::annotationsReset, this, &TopicsPane::scheduleReload);
    connect(&controller, &LibraryEditor::threadTagsChanged, this, &TopicsPane::scheduleReload);
    connect(&controller, &LibraryEditor::linksChanged, this, &TopicsPane::scheduleReload);
}

QWidget *TopicsPane::createPassagesArea()
{
    auto *area = new QWidget(this);
    m_sort->setObjectName(QStringLiteral("topicSort"));
    m_sort->addItem(tr("Thread"), int(TopicSort::Thread));
    m_sort->addItem(tr("Date"), int(TopicSort::Date));
    m_sort->addItem(tr("Author"), int(TopicSort::Author));
    m_sort->setAccessibleName(tr("Sort passages by"));
    connect(m_sort, &QComboBox::currentIndexChanged, this, &TopicsPane::showPassages);
    auto *sortLabel = new QLabel(tr("So&rt by:"), area);
    sortLabel->setBuddy(m_sort);
    m_export->setObjectName(QStringLiteral("topicExport"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &TopicsPane::askExport);
    auto *controls = new QHBoxLayout;
    controls->addWidget(sortLabel);
    controls->addWidget(m_sort);
    controls->addStretch(1);
    controls->addWidget(m_export);
    // PDF and HTML through the thread export's print pipeline.
    auto *printExport = new QPushButton(tr("Export to PDF/&HTML…"), area);
    printExport->setObjectName(QStringLiteral("topicPrintExport"));
    auto *printExporter = new TopicExportController(this);
    connect(printExport, &QPushButton::clicked, this,
            [this, printExporter] { printExporter->exportTopic(m_topic, m_passages->passages()); });
    controls->addWidget(printExport);
    // The links among the topic's passages, in the argument map pane.
    auto *map = new QPushButton(tr("Argument Ma&p"), area);
    map->setObjectName(QStringLiteral("topicMap"));
    map->setToolTip(tr("Show the links among this topic's passages as a map"));
    connect(map, &QPushButton::clicked, this, [this] {
        if (!m_topic.isEmpty())
            emit mapRequested(m_topic);
    });
    controls->addWidget(map);

    m_summary->setObjectName(QStringLiteral("topicSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Select a topic to gather its passages from every thread."));

    m_passageView->setObjectName(QStringLiteral("topicPassages"));
    m_passageView->setAccessibleName(tr("Passages"));
    m_passageView->setModel(m_passages);
    m_passageView->setItemDelegate(new TopicPassageDelegate(m_passageView));
    m_passageView->setHeaderHidden(true);
    m_passageView->setUniformRowHeights(false);
    m_passageView->setAlternatingRowColors(false);
    m_passageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_passageView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_passageView->setExpandsOnDoubleClick(false);
    connect(m_passageView, &QAbstractItemView::activated, this, &TopicsPane::activate);

    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_passageView, 1);
    return area;
}

bool TopicsPane::selectTopic(const QString &name)
{
    if (m_stale)
        reload();
    const QModelIndex found = m_tags->indexOf(name);
    if (!found.isValid())
        return false;
    m_tagView->setCurrentIndex(found);
    m_tagView->scrollTo(found);
    return true;
}

void TopicsPane::scheduleReload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_stale)
        return; // a reload is queued already
    m_stale = true;
    QTimer::singleShot(0, this, [this] {
        if (m_stale)
            reload();
    });
}

void TopicsPane::reload()
{
    m_stale = false;
    const QString topic = m_topic;
    const qint64 passage =
        m_passageView->currentIndex().data(TopicPassageModel::AnnotationIdRole).toLongLong();
    {
        const QSignalBlocker blocker(m_tagView->selectionModel());
        if (auto loaded = m_tags->reload(m_library); !loaded)
            m_summary->setText(loaded.error().toString());
        // The tree is rebuilt: all open (tag trees are small) but what the reader closed.
        m_tagView->expandAll();
        for (const QString &name : QSet<QString>(m_collapsed))
            m_tagView->setExpanded(m_tags->indexOf(name), false);
        const QModelIndex current = m_tags->indexOf(topic);
        if (current.isValid())
            m_tagView->setCurrentIndex(current);
        m_topic = current.data(TopicTagModel::TopicNameRole).toString();
    }
    showPassages();
    if (const QModelIndex row = m_passages->indexOfAnnotation(passage); row.isValid())
        m_passageView->setCurrentIndex(row);
}

void TopicsPane::showPassages()
{
    std::vector<TopicPassage> passages;
    if (!m_topic.isEmpty()) {
        const auto sort = TopicSort(m_sort->currentData().toInt());
        auto found = m_library.topics().passages(m_topic, sort);
        if (!found) {
            m_summary->setText(found.error().toString());
        } else {
            passages = std::move(*found);
        }
    }
    m_passages->setPassages(passages);
    m_passages->setLinks(linkLines(passages));
    m_passageView->expandAll();
    m_export->setEnabled(!m_topic.isEmpty());
    if (m_topic.isEmpty())
        m_summary->setText(tr("Select a topic to gather its passages from every thread."));
    else
        m_summary->setText(tr("%1 · Passages: %2 · Threads: %3")
                               .arg(m_topic)
                               .arg(m_passages->passageCount())
                               .arg(m_passages->threadCount()));
}

void TopicsPane::activate(const QModelIndex &index)
{
    if (index.data(TopicPassageModel::IsThreadRole).toBool())
        return;
    // Deleting a thread tells no one; a passage of one that is gone is read away.
    const qint64 thread = index.data(TopicPassageModel::ThreadIdRole).toLongLong();
    if (const auto exists = m_library.threads().hasThread(thread); exists && !*exists) {
        reload();
        return;
    }
    emit openPassage(index.data(TopicPassageModel::ThreadIdRole).toLongLong(),
                     index.data(TopicPassageModel::CommentSourceIdRole).toString());
}

Result<void> TopicsPane::exportMarkdown(const QString &path) const
{
    // QSaveFile renames into place on commit: an interrupted export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::of(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(
        TopicMarkdownWriter::write(m_topic, m_passages->passages(), QDate::currentDate()).toUtf8());
    if (!file.commit())
        return Error::of(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QHash<qint64, QStringList> TopicsPane::linkLines(const std::vector<TopicPassage> &passages)
{
    // Every link of every passage, and the passages at their other ends, read at once.
    ArgumentMap map;
    QList<qint64> ends;
    QSet<qint64> seenLinks;
    for (const TopicPassage &passage : passages) {
        ends << passage.annotationId;
        auto links = m_library.links().linksOf(passage.annotationId);
        if (!links)
            continue;
        for (AnnotationLink &link : *links) {
            ends << link.otherEnd(passage.annotationId);
            if (!seenLinks.contains(link.id)) {
                seenLinks.insert(link.id);
                map.links.push_back(std::move(link));
            }
        }
    }
    QHash<qint64, QStringList> lines;
    if (map.links.empty())
        return lines;
    auto claims = m_library.topics().passagesOf(ends);
    if (!claims)
        return lines;
    for (TopicPassage &claim : *claims) {
        ArgumentClaim argumentClaim;
        argumentClaim.reference = QStringLiteral("#%1").arg(claim.annotationId);
        argumentClaim.passage = std::move(claim);
        map.claims.push_back(std::move(argumentClaim));
    }
    for (const TopicPassage &passage : passages) {
        for (const AnnotationLink *link : map.linksOf(passage.annotationId))
            lines[passage.annotationId] << ArgumentLinkText::line(*link, passage.annotationId, map, passage.threadId);
    }
    return lines;
}

void TopicsPane::askExport()
{
    if (m_topic.isEmpty())
        return;
    QString suggested = m_topic;
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Topic to Markdown"),
        QDir(folder).filePath(tr("Topic %1.md").arg(suggested)), tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (auto written = exportMarkdown(path); !written)
        QMessageBox::critical(this, tr("Export Topic"), written.error().toString());
}

void TopicsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void TopicsPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Passage heights depend on the width their text wraps to.
    m_passageView->doItemsLayout();
}

} // namespace Scholia
