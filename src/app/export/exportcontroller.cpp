#include "exportcontroller.h"

#include "app/export/exportdialog.h"
#include "app/export/pdfexportprogress.h"
#include "export/threadexporter.h"
#include "library/annotatedthreadloader.h"
#include "store/library.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace Scholia {

namespace {
const QString formatKey = QStringLiteral("export/format");
const QString pageSizeKey = QStringLiteral("export/pageSize");
const QString marginKey = QStringLiteral("export/margin");
const QString fontSizeKey = QStringLiteral("export/fontSize");
const QString greyscaleKey = QStringLiteral("export/greyscale");
const QString notesKey = QStringLiteral("export/notes");
const QString versionsKey = QStringLiteral("export/includeVersions");
const QString folderKey = QStringLiteral("export/folder");
} // namespace

ExportController::ExportController(Library &library, QWidget *window)
    : QObject(window), m_library(library), m_window(window), m_pdf(new PdfExportProgress(window))
{
    connect(m_pdf, &PdfExportProgress::statusMessage, this, &ExportController::statusMessage);
}

ExportOptions ExportController::savedOptions()
{
    const QSettings settings;
    ExportOptions options;
    options.format = ExportFormat(std::clamp(settings.value(formatKey, 0).toInt(), 0, 2));
    options.pageSize = settings.value(pageSizeKey).toString() == QLatin1String("letter")
                           ? PageSize::Letter
                           : PageSize::A4;
    options.marginMm = settings.value(marginKey, options.marginMm).toDouble();
    options.fontSizePt = settings.value(fontSizeKey, options.fontSizePt).toDouble();
    options.greyscale = settings.value(greyscaleKey, false).toBool();
    options.notes = settings.value(notesKey).toString() == QLatin1String("boxes")
                        ? NotePlacement::Boxes
                        : NotePlacement::Endnotes;
    options.includeVersions = settings.value(versionsKey, false).toBool();
    return options;
}

void ExportController::saveOptions(const ExportOptions &options)
{
    QSettings settings;
    settings.setValue(formatKey, int(options.format));
    settings.setValue(pageSizeKey, options.pageSize == PageSize::Letter ? QStringLiteral("letter")
                                                                        : QStringLiteral("a4"));
    settings.setValue(marginKey, options.marginMm);
    settings.setValue(fontSizeKey, options.fontSizePt);
    settings.setValue(greyscaleKey, options.greyscale);
    settings.setValue(notesKey, options.notes == NotePlacement::Boxes ? QStringLiteral("boxes")
                                                                      : QStringLiteral("endnotes"));
    settings.setValue(versionsKey, options.includeVersions);
}

QString ExportController::askPath(QWidget *window, const QString &title, ExportFormat format)
{
    const QString suffix = format == ExportFormat::Pdf    ? QStringLiteral("pdf")
                           : format == ExportFormat::Html ? QStringLiteral("html")
                                                          : QStringLiteral("md");
    const QString filter = format == ExportFormat::Pdf    ? tr("PDF files (*.pdf)")
                           : format == ExportFormat::Html ? tr("HTML files (*.html *.htm)")
                                                          : tr("Markdown files (*.md)");
    // A file name from the title: letters, digits and dashes, not too long.
    QString name = title.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    name = name.left(60);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("thread");
    const QString folder =
        QSettings()
            .value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(
        window, tr("Export"), QDir(folder).filePath(name + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    return path;
}

void ExportController::exportThread(qint64 threadId)
{
    if (m_pdf->isRunning()) {
        emit statusMessage(tr("A PDF export is still running."));
        return;
    }
    if (threadId <= 0) {
        emit statusMessage(tr("Open a thread to export it."));
        return;
    }
    const auto source = AnnotatedThreadLoader::load(m_library, threadId);
    if (!source) {
        QMessageBox::warning(m_window, tr("Export Thread"), source.error().toString());
        return;
    }
    ExportDialog dialog(source->thread.title, !source->annotations.empty(),
                        source->viewState.focused, m_window);
    dialog.setOptions(savedOptions());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportOptions options = dialog.options();
    saveOptions(options);
    const QString path = askPath(m_window, source->thread.title, options.format);
    if (path.isEmpty())
        return;

    if (options.format != ExportFormat::Pdf) {
        const Result<void> written = ThreadExporter::writeText(*source, options, path);
        if (!written)
            QMessageBox::warning(m_window, tr("Export Thread"), written.error().message);
        else
            emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const Result<QString> html = ThreadExporter::printHtml(*source, options);
    if (!html) {
        QMessageBox::warning(m_window, tr("Export Thread"), html.error().message);
        return;
    }
    m_pdf->start(*html, options, path);
}

} // namespace Scholia
