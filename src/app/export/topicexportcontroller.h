#pragma once

#include "core/topicpassage.h"

#include <QObject>

#include <vector>

class QWidget;

namespace Scholia {

class PdfExportProgress;

// The Topics pane's "Export to PDF/HTML…": the topic's passages through the thread
// export's print pipeline, with the page settings last chosen in File ▸ Export….
class TopicExportController : public QObject
{
    Q_OBJECT

public:
    explicit TopicExportController(QWidget *pane);

    void exportTopic(const QString &topic, const std::vector<TopicPassage> &passages);

signals:
    void statusMessage(const QString &message);

private:
    QWidget *m_pane;
    PdfExportProgress *m_pdf;
};

} // namespace Scholia
