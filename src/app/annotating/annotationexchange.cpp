#include "app/annotating/annotationexchange.h"

#include "export/exportfile.h"
#include "library/libraryeditor.h"
#include "library/webannotationexporter.h"
#include "library/webannotationimporter.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace Scholia {

namespace {
QString fileFilter()
{
    return AnnotationExchange::tr("W3C Web Annotations (*.jsonld *.json);;All files (*)");
}
} // namespace

AnnotationExchange::AnnotationExchange(Library &library, LibraryEditor &editor, QWidget *window)
    : QObject(window), m_library(library), m_editor(editor), m_window(window)
{
}

void AnnotationExchange::installInto(QMenu *menu)
{
    QAction *exportAction = menu->addAction(tr("Export A&nnotations…"));
    exportAction->setObjectName(QStringLiteral("exportAnnotationsAction"));
    exportAction->setToolTip(tr("Write annotations, tags, notes and links as W3C Web Annotations"));
    connect(exportAction, &QAction::triggered, this, [this] { exportAnnotations(m_editor.thread()); });
    QAction *importAction = menu->addAction(tr("Import Anno&tations…"));
    importAction->setObjectName(QStringLiteral("importAnnotationsAction"));
    importAction->setToolTip(tr("Merge W3C Web Annotations made by Scholia into this library"));
    connect(importAction, &QAction::triggered, this, &AnnotationExchange::importAnnotations);
}

void AnnotationExchange::exportAnnotations(qint64 openThreadId)
{
    qint64 thread = 0;
    if (openThreadId > 0) {
        QMessageBox ask(QMessageBox::Question, tr("Export Annotations"),
                        tr("Export the annotations of the open thread, or of the whole library?"),
                        QMessageBox::Cancel, m_window);
        QPushButton *one = ask.addButton(tr("&Open Thread"), QMessageBox::AcceptRole);
        QPushButton *all = ask.addButton(tr("Whole &Library"), QMessageBox::AcceptRole);
        ask.setDefaultButton(one);
        ask.exec();
        if (ask.clickedButton() == one)
            thread = openThreadId;
        else if (ask.clickedButton() != all)
            return;
    }
    const QString name = thread > 0 ? QStringLiteral("annotations-%1.jsonld").arg(thread)
                                    : QStringLiteral("annotations.jsonld");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Annotations"), name, fileFilter());
    if (path.isEmpty())
        return;
    const QString problem = exportTo(path, thread);
    if (!problem.isEmpty())
        QMessageBox::warning(m_window, tr("Export Annotations"), problem);
}

QString AnnotationExchange::exportTo(const QString &path, qint64 threadId)
{
    WebAnnotationExporter exporter(m_library);
    const auto json = threadId > 0 ? exporter.exportThread(threadId) : exporter.exportLibrary();
    if (!json)
        return tr("Cannot export the annotations: %1").arg(json.error().message);
    if (const auto written = ExportFile::write(path, *json); !written)
        return tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), written.error().message);
    const WebAnnotationExporter::Counts counts = exporter.counts();
    emit statusMessage(tr("Exported to %1: annotations: %2, links: %3, thread notes: %4")
                           .arg(QFileInfo(path).fileName())
                           .arg(counts.annotations)
                           .arg(counts.links)
                           .arg(counts.threadNotes));
    return {};
}

void AnnotationExchange::importAnnotations()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_window, tr("Import Annotations"), QString(), fileFilter());
    if (paths.isEmpty())
        return;
    QStringList lines;
    bool allOk = true;
    for (const QString &path : paths) {
        bool ok = false;
        lines << importFrom(path, &ok);
        allOk = allOk && ok;
    }
    QMessageBox box(allOk ? QMessageBox::Information : QMessageBox::Warning, tr("Import Annotations"),
                    allOk ? tr("The annotations were merged into the library.")
                          : tr("Some files could not be imported; nothing of those was changed."),
                    QMessageBox::Ok, m_window);
    box.setInformativeText(lines.join(QStringLiteral("\n\n")));
    box.exec();
}

QString AnnotationExchange::importFrom(const QString &path, bool *ok)
{
    if (ok)
        *ok = false;
    WebAnnotationImporter importer(m_library);
    const auto report = importer.importFile(path);
    if (!report)
        return tr("%1: not imported: %2").arg(QFileInfo(path).fileName(), report.error().toString());
    if (ok)
        *ok = true;
    // Whatever the file touched, the open thread's list, the links and the tags read anew.
    m_editor.announceReset();
    m_editor.announceLinksChanged();
    m_editor.announceTagsChanged();
    emit annotationsImported();
    QStringList lines{report->summary()};
    lines << report->missingThreadLines();
    return lines.join(QLatin1Char('\n'));
}

} // namespace Scholia
