#pragma once

#include <QWebEngineUrlSchemeHandler>

namespace Scholia {

class ThreadStore;

// Serves the thread view's pages from the library: scholia://thread/<id> is a rendered
// thread, scholia://app/<file> one of Scholia's own web files. Nothing else exists.
// Pages go through here rather than setHtml, which cannot hold more than 2 MB.
class ThreadSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    static const QByteArray scheme;
    // Must run before the QApplication is created.
    static void registerScheme();
    static QUrl threadUrl(qint64 threadId, bool dark = false);

    ThreadSchemeHandler(ThreadStore &store, QObject *parent = nullptr);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void serveThread(QWebEngineUrlRequestJob *job, const QString &path);
    void serveAppFile(QWebEngineUrlRequestJob *job, const QString &path);

    ThreadStore &m_store;
};

} // namespace Scholia
