// Saving a Hacker News item from its address: Algolia's items API in one response, a
// comment's address followed to its story, the Firebase API item by item when Algolia
// fails. Each builds the same tree as the complete file.

#include "savetesting.h"
#include "threadgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Scholia;
using namespace Scholia::SaveTesting;

namespace {

// HNPWA's nested item (the shared fixture's format) as Algolia's items API has it.
QJsonObject algoliaFromHnpwa(const QJsonObject &item, qint64 parent, qint64 story)
{
    const qint64 id = qint64(item.value(QStringLiteral("id")).toDouble());
    const bool isStory = !item.contains(QStringLiteral("level"));
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("created_at_i"), item.value(QStringLiteral("time"))},
        {QStringLiteral("type"), isStory ? QStringLiteral("story") : QStringLiteral("comment")},
        {QStringLiteral("author"), item.value(QStringLiteral("user"))},
        {QStringLiteral("text"), item.value(QStringLiteral("content"))},
        {QStringLiteral("parent_id"), parent > 0 ? QJsonValue(parent) : QJsonValue()},
        {QStringLiteral("story_id"), story}};
    if (isStory) {
        out.insert(QStringLiteral("title"), item.value(QStringLiteral("title")));
        out.insert(QStringLiteral("url"), item.value(QStringLiteral("url")));
        out.insert(QStringLiteral("points"), item.value(QStringLiteral("points")));
    }
    QJsonArray children;
    for (const QJsonValue &child : item.value(QStringLiteral("comments")).toArray())
        children.append(
            algoliaFromHnpwa(child.toObject(), id, story)); // shallow: recursion is fine
    out.insert(QStringLiteral("children"), children);
    return out;
}

// One item tree served by both interfaces.
class HackerNewsTestSite
{
public:
    explicit HackerNewsTestSite(QJsonObject story) : m_story(std::move(story)) { index(m_story); }

    bool algoliaFails = false;
    bool firebaseFails = false;
    qint64 storyId() const { return qint64(m_story.value(QStringLiteral("id")).toDouble()); }
    qint64 someCommentId() const { return m_commentIds.value(m_commentIds.size() / 2); }

    LocalHttpServer::Reply handle(const LocalHttpServer::Request &request)
    {
        const QString algolia = QStringLiteral("/api/v1/items/");
        const QString firebase = QStringLiteral("/v0/item/");
        if (request.path.startsWith(algolia)) {
            if (algoliaFails)
                return LocalHttpServer::Reply::withStatus(503);
            const qint64 id = request.path.mid(algolia.size()).toLongLong();
            if (!m_nodes.contains(id))
                return LocalHttpServer::Reply::withStatus(404);
            return LocalHttpServer::Reply::json(
                QJsonDocument(m_nodes.value(id)).toJson(QJsonDocument::Compact));
        }
        if (request.path.startsWith(firebase) && request.path.endsWith(QLatin1String(".json"))) {
            if (firebaseFails)
                return LocalHttpServer::Reply::withStatus(500);
            const qint64 id = request.path.mid(firebase.size()).chopped(5).toLongLong();
            if (!m_nodes.contains(id))
                return LocalHttpServer::Reply::json("null");
            return LocalHttpServer::Reply::json(
                QJsonDocument(firebaseItem(m_nodes.value(id))).toJson(QJsonDocument::Compact));
        }
        return LocalHttpServer::Reply::withStatus(404);
    }

    QByteArray algoliaFile() const { return QJsonDocument(m_story).toJson(QJsonDocument::Compact); }

private:
    void index(const QJsonObject &node)
    {
        const qint64 id = qint64(node.value(QStringLiteral("id")).toDouble());
        m_nodes.insert(id, node);
        if (node.value(QStringLiteral("type")).toString() == QLatin1String("comment"))
            m_commentIds << id;
        for (const QJsonValue &child : node.value(QStringLiteral("children")).toArray())
            index(child.toObject());
    }

    static QJsonObject firebaseItem(const QJsonObject &node)
    {
        QJsonObject item{{QStringLiteral("id"), node.value(QStringLiteral("id"))},
                         {QStringLiteral("type"), node.value(QStringLiteral("type"))},
                         {QStringLiteral("time"), node.value(QStringLiteral("created_at_i"))}};
        if (node.value(QStringLiteral("author")).isNull() &&
            node.value(QStringLiteral("text")).isNull())
            item.insert(QStringLiteral("deleted"), true);
        else
            item.insert(QStringLiteral("by"), node.value(QStringLiteral("author")));
        if (!node.value(QStringLiteral("text")).isNull())
            item.insert(QStringLiteral("text"), node.value(QStringLiteral("text")));
        if (!node.value(QStringLiteral("parent_id")).isNull())
            item.insert(QStringLiteral("parent"), node.value(QStringLiteral("parent_id")));
        for (const char *key : {"title", "url"})
            if (node.contains(QLatin1String(key)) && !node.value(QLatin1String(key)).isNull())
                item.insert(QLatin1String(key), node.value(QLatin1String(key)));
        if (node.contains(QStringLiteral("points")) &&
            !node.value(QStringLiteral("points")).isNull())
            item.insert(QStringLiteral("score"), node.value(QStringLiteral("points")));
        QJsonArray kids;
        for (const QJsonValue &child : node.value(QStringLiteral("children")).toArray())
            kids.append(child.toObject().value(QStringLiteral("id")));
        if (!kids.isEmpty())
            item.insert(QStringLiteral("kids"), kids);
        return item;
    }

    QJsonObject m_story;
    QHash<qint64, QJsonObject> m_nodes;
    QList<qint64> m_commentIds;
};

} // namespace

class TestHackerNewsThreadFetcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    static QJsonObject generatedStory()
    {
        return QJsonDocument::fromJson(
                   ThreadGenerator(5).thread(ThreadGenerator::Format::HackerNewsAlgolia, 300).data)
            .object();
    }

private slots:
    void savesTheItemFromAlgolia()
    {
        HackerNewsTestSite site(generatedStory());
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        auto complete = importFile(write(QStringLiteral("algolia.json"), site.algoliaFile()),
                                   QStringLiteral("hn-algolia"));
        QVERIFY(complete.ok());
        auto saved =
            save(QStringLiteral("https://news.ycombinator.com/item?id=%1").arg(site.storyId()),
                 policyFor(server), m_dir.filePath(QStringLiteral("a")));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved->format, QStringLiteral("hn-algolia"));
        QCOMPARE(saved->requests, 1);
        auto fetched = importFile(saved->threadFile, saved->format);
        QVERIFY(fetched.ok());
        QString why;
        QVERIFY2(sameTree(treeOf(*fetched), treeOf(*complete), &why), qPrintable(why));
    }

    void buildsTheSharedThreadFromAlgolia()
    {
        const QString path = sharedFixture(
            QStringLiteral("hackernews/hnpwa-item-26312516-speed-is-the-killer-feature.json"));
        const QByteArray hnpwa = readFile(path);
        if (hnpwa.isEmpty())
            QSKIP("../shared/fixtures is not here");
        const QJsonObject item = QJsonDocument::fromJson(hnpwa).object();
        HackerNewsTestSite site(
            algoliaFromHnpwa(item, 0, qint64(item.value(QStringLiteral("id")).toDouble())));
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        auto complete = importFile(path, QStringLiteral("hnpwa"));
        QVERIFY(complete.ok());
        for (const bool viaFirebase : {false, true}) {
            site.algoliaFails = viaFirebase;
            auto saved = save(
                QStringLiteral("https://news.ycombinator.com/item?id=26312516"), policyFor(server),
                m_dir.filePath(viaFirebase ? QStringLiteral("sf") : QStringLiteral("sa")));
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
            auto fetched = importFile(saved->threadFile, saved->format);
            QVERIFY2(fetched.ok(),
                     qPrintable(fetched.ok() ? QString() : fetched.error().toString()));
            QCOMPARE(fetched->realCommentCount(), 485);
            QString why;
            QVERIFY2(sameTree(treeOf(*fetched), treeOf(*complete), &why), qPrintable(why));
        }
    }

    void fallsBackToTheFirebaseApi()
    {
        HackerNewsTestSite site(generatedStory());
        site.algoliaFails = true;
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        auto complete = importFile(write(QStringLiteral("algolia2.json"), site.algoliaFile()),
                                   QStringLiteral("hn-algolia"));
        QVERIFY(complete.ok());
        auto saved = save(QStringLiteral("news.ycombinator.com/item?id=%1").arg(site.storyId()),
                          policyFor(server), m_dir.filePath(QStringLiteral("f")));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved->format, QStringLiteral("hn-items"));
        QCOMPARE(saved->requests,
                 1 + 1 + complete->realCommentCount()); // Algolia, the story, each comment
        QVERIFY2(saved->notes.value(0).contains(QLatin1String("Algolia's API failed")),
                 qPrintable(saved->notes.join('\n')));
        auto fetched = importFile(saved->threadFile, saved->format);
        QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().toString()));
        QString why;
        QVERIFY2(sameTree(treeOf(*fetched), treeOf(*complete), &why), qPrintable(why));
    }

    void aCommentsAddressSavesItsStory()
    {
        HackerNewsTestSite site(generatedStory());
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        auto saved = save(
            QStringLiteral("https://news.ycombinator.com/item?id=%1").arg(site.someCommentId()),
            policyFor(server), m_dir.filePath(QStringLiteral("c")));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(server.paths().last(), QStringLiteral("/api/v1/items/%1").arg(site.storyId()));
        auto fetched = importFile(saved->threadFile, saved->format);
        QVERIFY(fetched.ok());
        QCOMPARE(fetched->sourceId, QString::number(site.storyId()));
    }

    void saysWhatFailedWhenBothInterfacesFail()
    {
        HackerNewsTestSite site(generatedStory());
        site.algoliaFails = site.firebaseFails = true;
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        const QString root = m_dir.filePath(QStringLiteral("both"));
        auto saved =
            save(QStringLiteral("https://news.ycombinator.com/item?id=%1").arg(site.storyId()),
                 policyFor(server), root);
        QVERIFY(!saved.ok());
        const QString message = saved.error().message;
        QVERIFY2(message.contains(QLatin1String("HTTP 503")) &&
                     message.contains(QLatin1String("HTTP 500")) &&
                     message.contains(QLatin1String("after 2 request")),
                 qPrintable(message));
        QVERIFY(!QFileInfo::exists(root));
    }
};

QTEST_GUILESS_MAIN(TestHackerNewsThreadFetcher)
#include "tst_hackernewsthreadfetcher.moc"
