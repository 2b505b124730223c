#include "topicexportcontroller.h"

#include "app/export/exportcontroller.h"
#include "app/export/pdfexportprogress.h"
#include "export/topicexporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace Scholia {

TopicExportController::TopicExportController(QWidget *pane)
    : QObject(pane), m_pane(pane), m_pdf(new PdfExportProgress(pane))
{
    connect(m_pdf, &PdfExportProgress::statusMessage, this, &TopicExportController::statusMessage);
    // The pane has no status line of its own: the window's shows how the export went.
    connect(this, &TopicExportController::statusMessage, this, [this](const QString &message) {
        if (auto *window = qobject_cast<QMainWindow *>(m_pane->window()))
            window->statusBar()->showMessage(message, 8000);
    });
}

void TopicExportController::exportTopic(const QString &topic,
                                        const std::vector<TopicPassage> &passages)
{
    if (topic.isEmpty()) {
        QMessageBox::information(m_pane, tr("Export Topic"), tr("Select a topic first."));
        return;
    }
    if (m_pdf->isRunning())
        return;
    ExportOptions options = ExportController::savedOptions();
    // This button is for paper and the web; Markdown has its own.
    if (options.format == ExportFormat::Markdown)
        options.format = ExportFormat::Pdf;
    QString suggested = topic;
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path =
        ExportController::askPath(m_pane, tr("Topic %1").arg(suggested), options.format);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    options.format = suffix == QLatin1String("html") || suffix == QLatin1String("htm")
                         ? ExportFormat::Html
                         : ExportFormat::Pdf;
    if (options.format == ExportFormat::Html) {
        if (auto written = TopicExporter::writeText(topic, passages, options, path); !written)
            QMessageBox::warning(m_pane, tr("Export Topic"), written.error().message);
        else
            emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_pdf->start(TopicExporter::printHtml(topic, passages, options), options, path);
}

} // namespace Scholia
