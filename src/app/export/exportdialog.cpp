#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Scholia {

namespace {

template <typename Enum> void selectData(QComboBox *box, Enum value)
{
    const int index = box->findData(int(value));
    if (index >= 0)
        box->setCurrentIndex(index);
}

template <typename Enum> Enum currentData(const QComboBox *box)
{
    return Enum(box->currentData().toInt());
}

} // namespace

ExportDialog::ExportDialog(const QString &threadTitle, bool hasAnnotations,
                           const QString &focusedComment, QWidget *parent)
    : QDialog(parent), m_focusedComment(focusedComment), m_format(new QComboBox(this)),
      m_scope(new QComboBox(this)), m_page(new QGroupBox(tr("Page"), this)),
      m_pageSize(new QComboBox(this)), m_margin(new QDoubleSpinBox(this)),
      m_fontSize(new QDoubleSpinBox(this)), m_colours(new QComboBox(this)),
      m_notes(new QComboBox(this)),
      m_versions(new QCheckBox(tr("Show what was &edited since earlier saves"), this))
{
    setWindowTitle(tr("Export Thread"));
    auto *title = new QLabel(this);
    title->setText(threadTitle);
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText); // a thread title is imported text

    m_format->addItem(tr("PDF"), int(ExportFormat::Pdf));
    m_format->addItem(tr("HTML (one self-contained file)"), int(ExportFormat::Html));
    m_format->addItem(tr("Markdown"), int(ExportFormat::Markdown));

    m_scope->addItem(tr("The whole thread"), int(ExportScope::WholeThread));
    m_scope->addItem(tr("Only annotated comments, with their parents"),
                     int(ExportScope::AnnotatedWithContext));
    m_scope->addItem(tr("As collapsed in the view"), int(ExportScope::CollapseState));
    m_scope->addItem(tr("The focused comment and its replies"), int(ExportScope::Subtree));
    // Choices that would export nothing are shown but cannot be taken.
    auto *scopes = qobject_cast<QStandardItemModel *>(m_scope->model());
    if (!hasAnnotations)
        scopes->item(1)->setEnabled(false);
    if (focusedComment.isEmpty())
        scopes->item(3)->setEnabled(false);
    selectData(m_scope,
               hasAnnotations ? ExportScope::AnnotatedWithContext : ExportScope::WholeThread);

    m_pageSize->addItem(tr("A4"), int(PageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(PageSize::Letter));
    m_margin->setRange(0, 60);
    m_margin->setDecimals(0);
    m_margin->setSuffix(tr(" mm"));
    m_fontSize->setRange(6, 24);
    m_fontSize->setDecimals(1);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setSuffix(tr(" pt"));
    m_colours->addItem(tr("In colour"), false);
    m_colours->addItem(tr("Greyscale (patterns and colour names)"), true);
    m_notes->addItem(tr("Numbered, at the end"), int(NotePlacement::Endnotes));
    m_notes->addItem(tr("In a box after each comment"), int(NotePlacement::Boxes));

    auto *what = new QFormLayout;
    what->addRow(tr("&Format:"), m_format);
    what->addRow(tr("&Comments:"), m_scope);
    what->addRow(tr("&Notes:"), m_notes);
    m_versions->setToolTip(tr("Edited comments carry their earlier texts: as marked changes in PDF "
                              "and HTML, quoted in Markdown"));
    what->addRow(QString(), m_versions);
    auto *page = new QFormLayout(m_page);
    page->addRow(tr("Page &size:"), m_pageSize);
    page->addRow(tr("&Margins:"), m_margin);
    page->addRow(tr("&Text size:"), m_fontSize);
    page->addRow(tr("&Highlights:"), m_colours);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(what);
    layout->addWidget(m_page);
    layout->addWidget(buttons);
    setOptions(options());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = currentData<ExportFormat>(m_format);
    options.scope = currentData<ExportScope>(m_scope);
    if (options.scope == ExportScope::Subtree)
        options.subtreeRoot = m_focusedComment;
    options.pageSize = currentData<PageSize>(m_pageSize);
    options.marginMm = m_margin->value();
    options.fontSizePt = m_fontSize->value();
    options.greyscale = m_colours->currentData().toBool();
    options.notes = currentData<NotePlacement>(m_notes);
    options.includeVersions = m_versions->isChecked();
    return options;
}

// Everything but the scope, which the dialog chooses from what the thread has.
void ExportDialog::setOptions(const ExportOptions &options)
{
    selectData(m_format, options.format);
    selectData(m_pageSize, options.pageSize);
    m_margin->setValue(options.marginMm);
    m_fontSize->setValue(options.fontSizePt);
    m_colours->setCurrentIndex(options.greyscale ? 1 : 0);
    selectData(m_notes, options.notes);
    m_versions->setChecked(options.includeVersions);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    // Markdown has no pages, colours or note boxes; HTML keeps them for printing it later.
    const bool markdown = currentData<ExportFormat>(m_format) == ExportFormat::Markdown;
    m_page->setEnabled(!markdown);
    m_notes->setEnabled(!markdown);
}

} // namespace Scholia
