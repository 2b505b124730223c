#include "importreportdialog.h"

#include "app/importing/importbatchreport.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace Scholia {

ImportReportDialog::ImportReportDialog(const ImportBatchReport &report, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_problems(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import Problems"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    m_summary->setText(report.summary());
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Plain text, not a message box's details: a batch of hundreds of files can fail
    // line by line, and the lines must stay readable and copyable.
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problems->setPlainText(report.problems().join(QLatin1Char('\n')));
    m_problems->setAccessibleName(tr("Errors and warnings"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

QString ImportReportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportReportDialog::problemsText() const
{
    return m_problems->toPlainText();
}

} // namespace Scholia
