#include "app/annotating/linkpickerdialog.h"

#include "core/annotationlink.h"
#include "core/annotationlinktype.h"
#include "core/topicpassage.h"
#include "library/libraryeditor.h"
#include "render/argumentlinktext.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/searchengine.h"
#include "store/searchquery.h"
#include "store/topicstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Scholia {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int searchLimit = 200; // hits read; a picker is no place to page through more
} // namespace

LinkPickerDialog::LinkPickerDialog(const Annotation &source, Library &library,
                                   LibraryEditor &editor, QWidget *parent)
    : QDialog(parent), m_source(source), m_library(library), m_editor(editor),
      m_search(new QLineEdit(this)), m_list(new QListWidget(this)), m_status(new QLabel(this)),
      m_type(new QComboBox(this)), m_note(new QLineEdit(this)), m_error(new QLabel(this)),
      m_searchTimer(new QTimer(this))
{
    setWindowTitle(tr("Link to Another Passage"));

    auto *from = new QLabel(this);
    const QString quote =
        source.isWholeComment() ? tr("the whole comment") : ArgumentLinkText::excerpt(source.quote.exact);
    from->setText(tr("From: “%1”").arg(quote.toHtmlEscaped()));
    from->setTextFormat(Qt::RichText);
    from->setWordWrap(true);

    m_type->setObjectName(QStringLiteral("linkType"));
    m_type->setAccessibleName(tr("Link type"));
    for (const AnnotationLinkType type : AnnotationLinkTypes::all)
        m_type->addItem(AnnotationLinkTypes::label(type), AnnotationLinkTypes::key(type));

    m_search->setObjectName(QStringLiteral("linkSearch"));
    m_search->setAccessibleName(tr("Find passages"));
    m_search->setPlaceholderText(tr("Search the library's annotations (empty: this thread's)"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LinkPickerDialog::search);

    m_list->setObjectName(QStringLiteral("linkCandidates"));
    m_list->setAccessibleName(tr("Passages to link to"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    connect(m_list, &QListWidget::currentRowChanged, this, &LinkPickerDialog::updateOkButton);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &LinkPickerDialog::accept);
    m_status->setWordWrap(true);

    m_note->setObjectName(QStringLiteral("linkNote"));
    m_note->setAccessibleName(tr("Note on the link"));
    m_note->setPlaceholderText(tr("Optional"));

    m_error->setObjectName(QStringLiteral("linkError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("This passage:"), m_type);
    form->addRow(tr("&Note:"), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(from);
    layout->addLayout(form);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 480);

    listThread();
    m_search->setFocus();
}

QList<qint64> LinkPickerDialog::candidates() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids << m_list->item(row)->data(IdRole).toLongLong();
    return ids;
}

bool LinkPickerDialog::selectTarget(qint64 annotationId)
{
    const int row = int(candidates().indexOf(annotationId));
    if (row < 0)
        return false;
    m_list->setCurrentRow(row);
    return true;
}

void LinkPickerDialog::listThread()
{
    const auto annotations = m_library.annotations().listForThread(m_source.threadId);
    if (!annotations) {
        fill({});
        m_status->setText(annotations.error().message);
        return;
    }
    QList<qint64> ids;
    for (const Annotation &annotation : *annotations)
        ids << annotation.id;
    const auto passages = m_library.topics().passagesOf(ids);
    fill(passages ? *passages : std::vector<TopicPassage>{});
    m_status->setText(m_list->count() > 0 ? tr("This thread's annotations. Type to search the library.")
                                          : tr("This thread has no other annotation. Type to search the library."));
}

void LinkPickerDialog::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        listThread();
        return;
    }
    const auto query = SearchQueryParser::parse(text);
    if (!query) {
        fill({});
        m_status->setText(tr("Cannot search: %1").arg(query.error().message));
        return;
    }
    const auto page = m_library.search().search(*query, 0, searchLimit);
    if (!page) {
        fill({});
        m_status->setText(tr("The search failed: %1").arg(page.error().message));
        return;
    }
    QList<qint64> ids;
    for (const SearchHit &hit : page->hits) {
        if (hit.kind == SearchHit::Kind::Annotation && !ids.contains(hit.annotationId))
            ids << hit.annotationId;
    }
    const auto passages = m_library.topics().passagesOf(ids);
    fill(passages ? *passages : std::vector<TopicPassage>{});
    m_status->setText(m_list->count() > 0 ? tr("Annotations found: %1").arg(m_list->count())
                                          : tr("No annotation matches."));
}

void LinkPickerDialog::fill(const std::vector<TopicPassage> &passages)
{
    m_list->clear();
    for (const TopicPassage &passage : passages) {
        if (passage.annotationId == m_source.id)
            continue; // a passage does not argue with itself
        const QString quote = passage.wholeComment ? tr("(the whole comment)")
                                                   : QStringLiteral("“%1”").arg(ArgumentLinkText::excerpt(passage.quote, 160));
        QString text = tr("#%1 %2: %3")
                           .arg(passage.annotationId)
                           .arg(passage.author.isEmpty() ? tr("unknown author") : passage.author, quote);
        if (passage.threadId != m_source.threadId)
            text += QLatin1Char('\n') + tr("in “%1”").arg(passage.threadTitle);
        if (passage.anchorState == AnchorState::Orphaned)
            text += QLatin1Char('\n') + tr("(no longer found in the comment)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, passage.annotationId);
        if (!passage.note.isEmpty())
            item->setToolTip(passage.note);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateOkButton();
}

void LinkPickerDialog::updateOkButton()
{
    m_ok->setEnabled(m_list->currentItem() != nullptr);
}

void LinkPickerDialog::accept()
{
    const QListWidgetItem *target = m_list->currentItem();
    if (!target)
        return;
    AnnotationLink draft;
    draft.from = m_source.id;
    draft.to = target->data(IdRole).toLongLong();
    draft.type = AnnotationLinkTypes::fromKey(m_type->currentData().toString())
                     .value_or(AnnotationLinkType::Supports);
    draft.note = m_note->text().trimmed();
    const auto created = m_editor.createLink(draft);
    if (!created) {
        m_error->setText(tr("Cannot link: %1").arg(created.error().message));
        m_error->show();
        return;
    }
    m_created = created->id;
    QDialog::accept();
}

} // namespace Scholia
