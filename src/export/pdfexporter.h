#pragma once

#include "core/exportoptions.h"

#include <QObject>
#include <QPageLayout>
#include <QString>

#include <memory>

class QTemporaryDir;
class QWebEnginePage;
class QWebEngineProfile;

namespace Scholia {

class PrintRequestInterceptor;

// Prints a print page (PrintHtmlRenderer) to a PDF file with QWebEnginePage::printToPdf
// on an off-screen page. The page gets a profile of its own, locked down like the
// thread view's: off the record, no JavaScript, no images, and an interceptor that
// lets only the page itself load. The page is handed over as a file in a private
// temporary folder (setHtml stops at 2 MB; a big thread is more). The work happens in
// the web engine's processes, so the caller's thread stays free: start() returns at once,
// progress() names the stage, finished() comes exactly once. The PDF is written
// through ExportFile: whole, or not at all.
class PdfExporter : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Written,
        Failed,
        Cancelled
    };
    Q_ENUM(Outcome)

    explicit PdfExporter(QObject *parent = nullptr);
    ~PdfExporter() override;

    static QPageLayout pageLayout(const ExportOptions &options);
    // The page as it is loaded for printing: printHtml with a rule that leaves it
    // unlaid-out on screen (see pdfexporter.cpp). What it prints is unchanged.
    static QString pageToPrint(const QString &printHtml);

    // Needs a QGuiApplication (or QApplication). One export at a time.
    void start(const QString &printHtml, const ExportOptions &options, const QString &path);
    // Stops at once: finished(Cancelled) follows, and the target file is not touched.
    void cancel();
    bool isRunning() const { return m_running; }
    // Requests refused by the interceptor during the last export.
    int blockedRequests() const;
    int pageCount() const { return m_pageCount; }

signals:
    void progress(const QString &stage);
    void finished(Scholia::PdfExporter::Outcome outcome, const QString &message);

private:
    void createPage();
    void printLoadedPage(bool loaded);
    void writePdf(const QByteArray &pdf, quint64 job);
    void finish(Outcome outcome, const QString &message);

    QWebEngineProfile *m_profile = nullptr;
    PrintRequestInterceptor *m_interceptor = nullptr;
    QWebEnginePage *m_page = nullptr;
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_target;
    QPageLayout m_layout;
    quint64 m_job = 0; // a late printToPdf result of a cancelled job is dropped by it
    bool m_running = false;
    int m_pageCount = 0;
};

} // namespace Scholia
