// Saving a Discourse topic from its address: t/slug/ID.json holds the first 20 posts and
// the ids of all; t/ID/posts.json brings the rest. The save must equal the complete file.

#include "discoursetestsite.h"
#include "savetesting.h"
#include "threadgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Scholia;
using namespace Scholia::SaveTesting;

class TestDiscourseThreadFetcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray topicJson(const QString &source)
    {
        if (source == QLatin1String("generated"))
            return ThreadGenerator(3).thread(ThreadGenerator::Format::Discourse, 150).data;
        return readFile(sharedFixture(source));
    }

private slots:
    void savesEveryPostOfTheStream_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("host");
        QTest::newRow("generated, 150 posts")
            << QStringLiteral("generated") << QStringLiteral("forum.example.org");
        QTest::newRow("shared: urho3d, 340 posts")
            << QStringLiteral("discourse/urho3d-to-rbfx-and-not-to-rbfx-5864.json")
            << QStringLiteral("discourse.urho3d.io");
    }
    void savesEveryPostOfTheStream()
    {
        QFETCH(QString, source);
        QFETCH(QString, host);
        const QByteArray json = topicJson(source);
        if (json.isEmpty())
            QSKIP("../shared/fixtures is not here");
        DiscourseTestSite site(json);
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        const QString completePath =
            m_dir.filePath(QStringLiteral("complete-%1.json").arg(site.topicId()));
        {
            QFile file(completePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(json);
        }
        auto complete = importFile(completePath, QStringLiteral("discourse"));
        QVERIFY2(complete.ok(),
                 qPrintable(complete.ok() ? QString() : complete.error().toString()));

        const QString address =
            QStringLiteral("https://%1/t/%2/%3").arg(host, site.slug(), site.topicId());
        auto saved = save(address, policyFor(server), m_dir.filePath(QStringLiteral("archive")));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY2(saved->notes.isEmpty(), qPrintable(saved->notes.join(QLatin1Char('\n'))));
        auto fetched = importFile(saved->threadFile, saved->format);
        QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().toString()));
        QString why;
        QVERIFY2(sameTree(treeOf(*fetched), treeOf(*complete), &why), qPrintable(why));
        QCOMPARE(fetched->title, complete->title);
        QCOMPARE(fetched->bodyText, complete->bodyText);

        // 20 posts came with the topic; the rest 20 to a request.
        const int rest = site.postCount() - 20;
        QCOMPARE(site.batchSizes.size(), (rest + 19) / 20);
        for (int size : std::as_const(site.batchSizes))
            QVERIFY(size <= 20);
        QCOMPARE(saved->requests, 1 + int(site.batchSizes.size()));
    }

    void saysWhatTheForumWouldNotReturn()
    {
        DiscourseTestSite site(topicJson(QStringLiteral("generated")));
        const QByteArray first = site.firstPage();
        const QJsonArray stream = QJsonDocument::fromJson(first)
                                      .object()
                                      .value(QStringLiteral("post_stream"))
                                      .toObject()
                                      .value(QStringLiteral("stream"))
                                      .toArray();
        site.hidden = {qint64(stream.at(30).toDouble()), qint64(stream.at(31).toDouble())};
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        auto saved = save(QStringLiteral("https://forum.example.org/t/%1").arg(site.topicId()),
                          policyFor(server), m_dir.filePath(QStringLiteral("hidden")));
        QVERIFY(saved.ok());
        QCOMPARE(
            saved->notes,
            QStringList{QStringLiteral(
                "the forum did not return 2 of the posts its stream lists (deleted or hidden)")});
    }

    void aPageThatIsNotATopicEndsTheSave()
    {
        LocalHttpServer server(
            [](const auto &) { return LocalHttpServer::Reply::html("<html>login</html>"); });
        auto saved = save(QStringLiteral("https://forum.example.org/t/some-topic/99"),
                          policyFor(server), m_dir.filePath(QStringLiteral("nope")));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QLatin1String("not a Discourse topic")),
                 qPrintable(saved.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDiscourseThreadFetcher)
#include "tst_discoursethreadfetcher.moc"
