#include "savearchive.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace Scholia {

namespace {

const QString partialSuffix = QStringLiteral(".partial");

QString safeName(QString name)
{
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return name.left(80);
}

} // namespace

QString SaveArchive::defaultRootFor(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteDir().filePath(QStringLiteral("saved"));
}

Result<SaveArchive> SaveArchive::create(const QString &root, const QString &site,
                                        const QString &threadId, const QUrl &address)
{
    SaveArchive archive;
    archive.m_address = address;
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QDir(root).filePath(safeName(site) + QLatin1Char('/') +
                                             safeName(threadId) + QLatin1Char('-') + stamp);
    archive.m_folder = base + partialSuffix;
    for (int n = 2; QFileInfo::exists(archive.m_folder) || QFileInfo::exists(base); ++n)
        archive.m_folder = base + QStringLiteral("-%1").arg(n) + partialSuffix;
    if (!QDir().mkpath(archive.m_folder + QStringLiteral("/raw")))
        return Error::of(
            tr("cannot create the folder %1 for the save's files").arg(archive.m_folder));
    return archive;
}

Result<QString> SaveArchive::writeFile(const QString &relativePath, const QByteArray &bytes)
{
    const QString path = QDir(m_folder).filePath(relativePath);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::of(tr("cannot write %1: %2").arg(path, file.errorString()));
    return path;
}

Result<QString> SaveArchive::writeResponse(const QString &name, const QByteArray &bytes,
                                           const QUrl &url, int status)
{
    const QString relative =
        QStringLiteral("raw/%1-%2").arg(++m_sequence, 3, 10, QLatin1Char('0')).arg(safeName(name));
    auto written = writeFile(relative, bytes);
    if (!written)
        return written;
    m_responses.append(QJsonObject{{QStringLiteral("url"), url.toString()},
                                   {QStringLiteral("status"), status},
                                   {QStringLiteral("bytes"), qint64(bytes.size())},
                                   {QStringLiteral("file"), relative}});
    return written;
}

Result<QString> SaveArchive::writeAssembled(const QString &name, const QByteArray &bytes,
                                            const QString &format)
{
    m_assembled = safeName(name);
    m_format = format;
    return writeFile(m_assembled, bytes);
}

Result<QString> SaveArchive::commit(int requests, const QStringList &notes)
{
    const QJsonObject manifest{
        {QStringLiteral("address"), m_address.toString()},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("responses"), m_responses},
        {QStringLiteral("thread_file"), m_assembled},
        {QStringLiteral("format"), m_format},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
    };
    if (auto written = writeFile(QStringLiteral("save.json"), QJsonDocument(manifest).toJson());
        !written)
        return written.error();
    QString finalFolder = m_folder;
    finalFolder.chop(partialSuffix.size());
    if (!QDir().rename(m_folder, finalFolder))
        return Error::of(tr("cannot rename %1 to %2").arg(m_folder, finalFolder));
    m_folder = finalFolder;
    return QDir(m_folder).filePath(m_assembled);
}

void SaveArchive::discard()
{
    if (m_folder.isEmpty() || !m_folder.endsWith(partialSuffix))
        return;
    QDir(m_folder).removeRecursively();
    // The site's folder and the root, when this save created them and nothing else is there.
    QDir parent = QFileInfo(m_folder).absoluteDir();
    for (int level = 0; level < 2 && parent.isEmpty(); ++level) {
        const QString empty = parent.absolutePath();
        parent.cdUp();
        parent.rmdir(empty);
    }
}

} // namespace Scholia
