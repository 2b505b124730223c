#pragma once

#include <QByteArray>
#include <QWebEngineUrlSchemeHandler>

namespace Scholia {

// Serves the argument map pane on its own profile, as ThreadSchemeHandler serves the
// thread view: scholia://map/page is the map the view set last, scholia://map/map.css and
// map.js its style and script. Nothing else exists; only GET.
class ArgumentMapSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    void setPage(const QByteArray &html) { m_page = html; }
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QByteArray m_page;
};

} // namespace Scholia
