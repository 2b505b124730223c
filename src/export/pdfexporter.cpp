#include "pdfexporter.h"

#include "exportfile.h"
#include "pdfpagenumberer.h"
#include "printrequestinterceptor.h"

#include <QFile>
#include <QPageSize>
#include <QPointer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include <utility>

namespace Scholia {

namespace {

// Pages in a PDF as Chromium writes it: one "/Type /Page" object each (not "/Pages").
int countPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int pages = 0;
    for (auto match = page.globalMatch(QString::fromLatin1(pdf)); match.hasNext(); match.next())
        ++pages;
    return pages;
}

// Page numbers are a help, not the export: a PDF they cannot be added to is written as
// Chromium printed it rather than not at all.
QByteArray withPageNumbers(const QByteArray &pdf, double bottomMarginPt)
{
    Result<QByteArray> numbered = PdfPageNumberer::stamp(pdf, bottomMarginPt);
    if (numbered)
        return std::move(numbered).value();
    qWarning("Scholia: PDF written without page numbers: %s",
             qPrintable(numbered.error().toString()));
    return pdf;
}

} // namespace

PdfExporter::PdfExporter(QObject *parent) : QObject(parent)
{
}

// The web engine starts with the first export, not with the window: most sessions never
// print, and a profile brings up Chromium's machinery.
void PdfExporter::createPage()
{
    m_profile = new QWebEngineProfile(this); // no storage name: off the record
    m_interceptor = new PrintRequestInterceptor(m_profile);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true);
    m_page = new QWebEnginePage(m_profile, this);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PdfExporter::printLoadedPage);
}

PdfExporter::~PdfExporter()
{
    // The page must go before its profile.
    delete m_page;
}

// The page is only ever printed, yet Chromium lays it out for the screen when it loads
// and again when printing ends (to restore the screen view): for 1 000 comments that was
// more than half of the renderer's work. With nothing displayed on screen, both layouts
// are empty; print media ignores the rule. A page without a head (not ours) is left alone.
QString PdfExporter::pageToPrint(const QString &printHtml)
{
    const QLatin1String headEnd("</head>");
    const qsizetype at = printHtml.indexOf(headEnd, 0, Qt::CaseInsensitive);
    if (at < 0)
        return printHtml;
    QString page = printHtml;
    page.insert(at, QLatin1String("<style>@media screen { html { display: none; } }</style>\n"));
    return page;
}

QPageLayout PdfExporter::pageLayout(const ExportOptions &options)
{
    const QPageSize size(options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4);
    const double margin = std::clamp(options.marginMm, 0.0, 60.0);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(margin, margin, margin, margin),
                       QPageLayout::Millimeter);
}

int PdfExporter::blockedRequests() const
{
    return m_interceptor ? m_interceptor->blockedCount() : 0;
}

void PdfExporter::start(const QString &printHtml, const ExportOptions &options, const QString &path)
{
    if (m_running) {
        emit finished(Outcome::Failed, tr("another PDF export is still running"));
        return;
    }
    if (!m_page)
        createPage();
    ++m_job;
    m_running = true;
    m_target = path;
    m_layout = pageLayout(options);
    m_pageCount = 0;
    emit progress(tr("Laying out the pages…"));

    // A private folder (0700) that is removed with everything in it when the export ends.
    m_folder = std::make_unique<QTemporaryDir>();
    QFile page(m_folder->filePath(QStringLiteral("print.html")));
    if (!m_folder->isValid() || !page.open(QIODevice::WriteOnly) ||
        page.write(pageToPrint(printHtml).toUtf8()) < 0 || !page.flush()) {
        finish(Outcome::Failed, tr("cannot prepare the page to print: %1").arg(page.errorString()));
        return;
    }
    page.close();
    const QUrl url = QUrl::fromLocalFile(page.fileName());
    m_interceptor->allowOnly(url);
    m_page->load(url);
}

void PdfExporter::printLoadedPage(bool loaded)
{
    if (!m_running)
        return; // the load of a cancelled job ending
    if (!loaded) {
        finish(Outcome::Failed, tr("the page to print could not be loaded"));
        return;
    }
    emit progress(tr("Printing…"));
    const quint64 job = m_job;
    const QPointer<PdfExporter> self(this);
    m_page->printToPdf(
        [self, job](const QByteArray &pdf) {
            if (self)
                self->writePdf(pdf, job);
        },
        m_layout);
}

void PdfExporter::writePdf(const QByteArray &pdf, quint64 job)
{
    if (job != m_job || !m_running)
        return;
    if (pdf.isEmpty()) {
        finish(Outcome::Failed, tr("the web engine produced no PDF"));
        return;
    }
    emit progress(tr("Writing the file…"));
    m_pageCount = countPages(pdf);
    const double bottomMarginPt = m_layout.margins(QPageLayout::Point).bottom();
    const Result<void> written = ExportFile::write(m_target, withPageNumbers(pdf, bottomMarginPt));
    if (!written) {
        finish(Outcome::Failed, written.error().message);
        return;
    }
    finish(Outcome::Written, QString());
}

void PdfExporter::cancel()
{
    if (!m_running)
        return;
    ++m_job; // a printToPdf result still on its way is dropped
    m_page->triggerAction(QWebEnginePage::Stop);
    finish(Outcome::Cancelled, tr("cancelled; no file was written"));
}

void PdfExporter::finish(Outcome outcome, const QString &message)
{
    m_running = false;
    m_folder.reset();
    m_interceptor->allowOnly(QUrl());
    emit finished(outcome, message);
}

} // namespace Scholia
