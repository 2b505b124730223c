#include "pdfexportprogress.h"

#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>

namespace Scholia {

PdfExportProgress::PdfExportProgress(QWidget *window) : QObject(window), m_window(window)
{
    connect(&m_pdf, &PdfExporter::finished, this, &PdfExportProgress::finished);
    connect(&m_pdf, &PdfExporter::progress, this, [this](const QString &stage) {
        if (m_progress)
            m_progress->setLabelText(stage);
    });
}

void PdfExportProgress::start(const QString &printHtml, const ExportOptions &options,
                              const QString &path)
{
    if (m_pdf.isRunning()) {
        emit statusMessage(tr("A PDF export is still running."));
        return;
    }
    m_path = path;
    // Busy, not a percentage: Chromium does not say how far along printing is.
    m_progress = new QProgressDialog(tr("Preparing…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Exporting PDF"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, &m_pdf, &PdfExporter::cancel);
    m_pdf.start(printHtml, options, path);
}

void PdfExportProgress::finished(PdfExporter::Outcome outcome, const QString &message)
{
    if (m_progress) {
        // Closing it would cancel again; it is finished.
        disconnect(m_progress, &QProgressDialog::canceled, &m_pdf, &PdfExporter::cancel);
        m_progress->close();
    }
    switch (outcome) {
    case PdfExporter::Outcome::Written:
        emit statusMessage(tr("Exported %1 (%2 pages)")
                               .arg(QDir::toNativeSeparators(m_path))
                               .arg(m_pdf.pageCount()));
        break;
    case PdfExporter::Outcome::Cancelled:
        emit statusMessage(tr("Export cancelled; nothing was written."));
        break;
    case PdfExporter::Outcome::Failed:
        QMessageBox::warning(m_window, tr("Export"),
                             tr("The PDF could not be written.\n\n%1").arg(message));
        break;
    }
}

} // namespace Scholia
