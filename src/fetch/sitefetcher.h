#pragma once

#include "core/result.h"
#include "fetchpolicy.h"
#include "politehttpclient.h"
#include "threadaddress.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace Scholia {

class SaveArchive;

// A thread fetched whole (or as far as the request budget went), assembled into one
// file of the site's own format, ready for that format's importer.
struct AssembledThread
{
    QByteArray bytes;
    QString fileName;  // e.g. "comments.json"
    QString format;    // the importer's name, e.g. "reddit-json"
    QStringList notes; // what the reader should know: limits reached, items the site did not return
};

// One site's way of fetching a whole thread through its public interface. A subclass
// asks for the pages in begin() and the responses it reads, then calls succeed() or
// fail(); every response is kept in the archive as it came.
class SiteFetcher : public QObject
{
    Q_OBJECT

public:
    ~SiteFetcher() override;

    void start(SaveArchive *archive);
    void cancel();
    // Set once finished() was emitted.
    const std::optional<Result<AssembledThread>> &result() const { return m_result; }
    PoliteHttpClient &client() { return m_client; }

signals:
    void commentsSoFar(int count);
    void finished();

protected:
    SiteFetcher(const ThreadAddress &address, const FetchPolicy &policy, const SiteScope &scope,
                QObject *parent);

    virtual void begin() = 0;

    // GETs url, keeps the response as raw/NNN-rawName, then calls then(response).
    // A failure ends the save with the client's message.
    void fetch(const QUrl &url, const QString &rawName,
               std::function<void(const HttpResponse &)> then);
    // Keeps a response got without fetch() in the archive as raw/NNN-rawName.
    Result<QString> keepResponse(const QString &rawName, const HttpResponse &response);
    void succeed(AssembledThread thread);
    void fail(Error error);
    // Whether the reader's --max-requests leaves room for another request.
    bool mayRequestMore() const;
    bool isFinished() const { return m_result.has_value(); }
    // Said before the message of any later failure (e.g. why a fallback was tried).
    void setFailureContext(const QString &context) { m_failureContext = context; }

    const ThreadAddress &address() const { return m_address; }
    const FetchPolicy &policy() const { return m_policy; }
    // A URL on the site's interface: origin + path + query, routed to a test origin.
    static QUrl on(const QUrl &origin, const QString &pathAndQuery);

private:
    ThreadAddress m_address;
    FetchPolicy m_policy;
    PoliteHttpClient m_client;
    SaveArchive *m_archive = nullptr;
    std::optional<Result<AssembledThread>> m_result;
    QString m_failureContext;
};

} // namespace Scholia
