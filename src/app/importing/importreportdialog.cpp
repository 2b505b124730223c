#include "importreportdialog.h"

#include "app/importing/importbatchreport.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace Scholia {

namespace {

// Past this many files, the per-file list names only those with something to say.
constexpr int listEveryFileUpTo = 12;

QString fileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return (name.isEmpty() ? path : name).toHtmlEscaped();
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text);
}

} // namespace

QString ImportReportDialog::overviewHtml(const ImportBatchReport &report)
{
    QString html;
    const auto &results = report.results();
    if (!results.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(ImportReportDialog::tr("Files").toHtmlEscaped());
        int quiet = 0;
        const bool everyFile = int(results.size()) <= listEveryFileUpTo;
        for (const FileImportResult &result : results) {
            QString line;
            if (result.cancelled()) {
                line = ImportReportDialog::tr("%1: not imported (cancelled)").arg(fileName(result.path));
            } else if (!result.ok()) {
                line = ImportReportDialog::tr("%1: <b>could not be imported</b>: %2")
                           .arg(fileName(result.path), result.error->message.toHtmlEscaped());
            } else {
                if (result.warnings.isEmpty() && !everyFile) {
                    ++quiet;
                    continue;
                }
                QStringList titles;
                for (const ImportedThread &thread : result.threads)
                    titles << QStringLiteral("\u201c%1\u201d").arg(thread.title.toHtmlEscaped());
                line = titles.isEmpty()
                           ? ImportReportDialog::tr("%1: imported").arg(fileName(result.path))
                           : ImportReportDialog::tr("%1: imported %2").arg(fileName(result.path),
                                                                           titles.join(QStringLiteral(", ")));
                if (!result.warnings.isEmpty())
                    line += QLatin1Char(' ') +
                            ImportReportDialog::tr("(%n warning(s))", nullptr, int(result.warnings.size()));
            }
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        if (quiet > 0)
            html += QStringLiteral("<li>%1</li>")
                        .arg(ImportReportDialog::tr("%n more file(s) imported without warnings", nullptr, quiet));
        html += QStringLiteral("</ul>");
    }

    const auto groups = report.warningGroups();
    if (!groups.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>")
                    .arg(ImportReportDialog::tr("Warnings by kind").toHtmlEscaped());
        for (const auto &group : groups) {
            QString where;
            if (group.count > 1 || report.importedFileCount() + report.failedFileCount() > 1)
                where = group.count == 1
                            ? ImportReportDialog::tr("in %1").arg(fileName(group.files.first()))
                        : group.files.size() == 1
                            ? ImportReportDialog::tr("%n time(s), in %1", nullptr, group.count)
                                  .arg(fileName(group.files.first()))
                            : ImportReportDialog::tr("%n time(s), in %1 files", nullptr, group.count)
                                  .arg(group.files.size());
            QString line = group.example.toHtmlEscaped();
            if (group.count > 1)
                line = ImportReportDialog::tr("%1 <i>and others like it</i>").arg(line);
            if (!where.isEmpty())
                line += QStringLiteral(" \u2014 %1").arg(where);
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }

    const QStringList advice = report.advice();
    if (!advice.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(ImportReportDialog::tr("What to do").toHtmlEscaped());
        for (const QString &line : advice)
            html += paragraph(line.toHtmlEscaped());
    }
    return html;
}

ImportReportDialog::ImportReportDialog(const ImportBatchReport &report, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_overview(new QTextBrowser(this)),
      m_details(new QToolButton(this)), m_problems(new QPlainTextEdit(this))
{
    setWindowTitle(report.failedFileCount() > 0 ? tr("Import Problems") : tr("Import Report"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const bool failed = report.failedFileCount() > 0 || (report.fileCount() > 0 && report.importedFileCount() == 0);
    icon->setPixmap(style()
                        ->standardIcon(failed ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation,
                                       nullptr, this)
                        .pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    m_summary->setText(report.summary());
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headline = m_summary->font();
    headline.setBold(true);
    m_summary->setFont(headline);

    m_overview->setOpenLinks(false);
    m_overview->setHtml(overviewHtml(report));
    m_overview->setAccessibleName(tr("Import summary"));
    m_overview->setFrameShape(QFrame::NoFrame);

    // The full list: plain text, not a message box's details: a batch of hundreds of
    // files can fail line by line, and the lines must stay readable and copyable.
    const QStringList problems = report.problems();
    m_details->setText(tr("&Details: all %n message(s)", nullptr, int(problems.size())));
    m_details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_details->setAutoRaise(true);
    m_details->setCheckable(true);
    m_details->setArrowType(Qt::RightArrow);
    m_details->setAccessibleName(tr("Show every error and warning"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problems->setPlainText(problems.join(QLatin1Char('\n')));
    m_problems->setAccessibleName(tr("Errors and warnings"));
    m_problems->setVisible(false);
    connect(m_details, &QToolButton::toggled, this, &ImportReportDialog::setDetailsShown);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_overview, 2);
    layout->addWidget(m_details, 0, Qt::AlignLeft);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(720, 460);
}

bool ImportReportDialog::detailsShown() const
{
    return m_details->isChecked();
}

void ImportReportDialog::setDetailsShown(bool shown)
{
    if (m_details->isChecked() != shown)
        m_details->setChecked(shown); // comes back here through toggled
    m_details->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_problems->setVisible(shown);
}

QString ImportReportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportReportDialog::overviewText() const
{
    return m_overview->toPlainText();
}

QString ImportReportDialog::problemsText() const
{
    return m_problems->toPlainText();
}

} // namespace Scholia
