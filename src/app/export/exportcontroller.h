#pragma once

#include "core/exportoptions.h"

#include <QObject>

class QWidget;

namespace Scholia {

class PdfExportProgress;
class Library;

// File ▸ Export…: asks what and where (ExportDialog, a file dialog), writes HTML and
// Markdown at once and prints PDFs through PdfExportProgress (progress, Cancel). The page settings
// chosen last time are offered again.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(Library &library, QWidget *window);

    void exportThread(qint64 threadId);

    // The format and page settings chosen last time (the topic export offers them too),
    // and a place to save a file named after title.
    static ExportOptions savedOptions();
    static void saveOptions(const ExportOptions &options);
    static QString askPath(QWidget *window, const QString &title, ExportFormat format);

signals:
    void statusMessage(const QString &message);

private:
    Library &m_library;
    QWidget *m_window;
    PdfExportProgress *m_pdf;
};

} // namespace Scholia
