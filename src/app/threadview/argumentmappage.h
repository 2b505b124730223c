#pragma once

#include <QWebEnginePage>

namespace Scholia {

// The argument map's page: it shows scholia://map/page and nothing else. A node's click
// or Enter asks for scholia://map/jump/ann-<id>, which is no page but a request to go to
// that passage (nodeActivated); every other navigation is refused.
class ArgumentMapPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

signals:
    void nodeActivated(qint64 annotationId);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};

} // namespace Scholia
