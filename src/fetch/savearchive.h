#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QUrl>

namespace Scholia {

// The folder that keeps a save's original bytes: every response as the site sent it
// (raw/NNN-name), the thread assembled from them in the site's own format (what is
// imported, and what any other tool can read), and save.json saying what was asked, when
// and what came back. Written as NAME.partial and renamed when the save is whole, so a
// cancelled or failed save leaves nothing behind.
class SaveArchive
{
    Q_DECLARE_TR_FUNCTIONS(SaveArchive)

public:
    // root/site/threadId-yyyyMMdd-HHmmss.partial
    static Result<SaveArchive> create(const QString &root, const QString &site,
                                      const QString &threadId, const QUrl &address);
    // The default root: a "saved" folder beside the library file.
    static QString defaultRootFor(const QString &libraryPath);

    Result<QString> writeResponse(const QString &name, const QByteArray &bytes, const QUrl &url,
                                  int status);
    Result<QString> writeAssembled(const QString &name, const QByteArray &bytes,
                                   const QString &format);
    // Writes save.json and gives the folder its final name; returns the assembled file's path.
    Result<QString> commit(int requests, const QStringList &notes);
    void discard();

    QString folder() const { return m_folder; }

private:
    Result<QString> writeFile(const QString &relativePath, const QByteArray &bytes);

    QString m_folder; // while partial: the .partial name
    QUrl m_address;
    QJsonArray m_responses;
    QString m_assembled;
    QString m_format;
    int m_sequence = 0;
};

} // namespace Scholia
