#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QToolButton;

namespace Scholia {

class ImportBatchReport;

// The one dialog at the end of an import batch that went wrong somewhere: a readable
// summary first (file by file, imported or not; the warnings grouped by kind with
// counts; what to do), then, behind "Details", every error and warning line in text
// the user can copy.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportBatchReport &report, QWidget *parent = nullptr);

    QString summaryText() const;
    // The readable summary, as plain text.
    QString overviewText() const;
    QString problemsText() const;
    bool detailsShown() const;
    void setDetailsShown(bool shown);

    // The summary's HTML: per file, warnings by kind, advice.
    static QString overviewHtml(const ImportBatchReport &report);

private:
    QLabel *m_summary;
    QTextBrowser *m_overview;
    QToolButton *m_details;
    QPlainTextEdit *m_problems;
};

} // namespace Scholia
