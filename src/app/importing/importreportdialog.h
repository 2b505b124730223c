#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Scholia {

class ImportBatchReport;

// The one dialog at the end of an import batch that went wrong somewhere: what was
// imported, then every error and warning, file by file, in text the user can copy.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportBatchReport &report, QWidget *parent = nullptr);

    QString summaryText() const;
    QString problemsText() const;

private:
    QLabel *m_summary;
    QPlainTextEdit *m_problems;
};

} // namespace Scholia
