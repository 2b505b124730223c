#pragma once

#include <QWebEnginePage>

namespace Scholia {

// The thread view's page: it never navigates away from Scholia's own pages. A clicked
// web link is offered to the system browser instead, after asking.
class ThreadPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};

} // namespace Scholia
