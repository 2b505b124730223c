#pragma once

#include "core/exportoptions.h"
#include "export/pdfexporter.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Scholia {

// A PDF export as the window runs it: PdfExporter printing in the web engine's processes
// while a progress dialog names the stage and offers Cancel; the outcome ends as a status
// message or, on failure, a message box. Shared by the thread and the topic export.
class PdfExportProgress : public QObject
{
    Q_OBJECT

public:
    explicit PdfExportProgress(QWidget *window);

    void start(const QString &printHtml, const ExportOptions &options, const QString &path);
    bool isRunning() const { return m_pdf.isRunning(); }

signals:
    void statusMessage(const QString &message);

private:
    void finished(PdfExporter::Outcome outcome, const QString &message);

    QWidget *m_window;
    PdfExporter m_pdf;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
};

} // namespace Scholia
