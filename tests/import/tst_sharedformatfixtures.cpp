// The real-world check for Discourse topics and Stack Exchange dumps: every file in
// ../shared/fixtures/{discourse,stackexchange} imports with as many comments as the file
// holds, counted here independently (Qt's JSON parser, Qt's XML reader). Skips where
// that folder is absent.

#include "core/commenttree.h"
#include "import/importerregistry.h"
#include "import/importsource.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace Scholia;

namespace {

QStringList sharedFiles(const QString &folder, const QString &pattern)
{
    const QDir dir(QStringLiteral(SCHOLIA_SHARED_FIXTURES "/") + folder);
    QStringList paths;
    for (const QString &file : dir.entryList({pattern}, QDir::Files, QDir::Name))
        paths << dir.filePath(file);
    return paths;
}

struct DiscourseCounts
{
    int replies = 0;  // regular posts but the first: the thread's comments
    int maxDepth = 0; // longest reply_to_post_number chain among them
    int stream = 0;   // ids in post_stream.stream: every post of the topic
};

// Moderator (2) and small-action (3) notices are left out by the importer; post 1 is the
// thread's own text. A reply to a post not in the file counts as a reply to the topic.
DiscourseCounts countDiscourse(const QJsonDocument &json)
{
    DiscourseCounts counts;
    const QJsonArray posts = json.object()
                                 .value(QLatin1String("post_stream"))
                                 .toObject()
                                 .value(QLatin1String("posts"))
                                 .toArray();
    counts.stream = int(json.object()
                            .value(QLatin1String("post_stream"))
                            .toObject()
                            .value(QLatin1String("stream"))
                            .toArray()
                            .size());
    QHash<int, int> replyTo;
    for (const QJsonValue &value : posts) {
        const QJsonObject post = value.toObject();
        const int type = post.value(QLatin1String("post_type")).toInt(1);
        const int number = post.value(QLatin1String("post_number")).toInt();
        if (type == 2 || type == 3 || number == 1)
            continue;
        ++counts.replies;
        replyTo.insert(number, post.value(QLatin1String("reply_to_post_number")).toInt(0));
    }
    for (auto it = replyTo.cbegin(); it != replyTo.cend(); ++it) {
        int depth = 0;
        for (int parent = it.value(); replyTo.contains(parent); parent = replyTo.value(parent))
            ++depth;
        counts.maxDepth = qMax(counts.maxDepth, depth);
    }
    return counts;
}

struct PostsCounts
{
    int questions = 0;
    int answers = 0;
    int statedAnswers = 0; // the sum of the questions' AnswerCount
};

PostsCounts countPosts(const QByteArray &xml)
{
    PostsCounts counts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement ||
            reader.name() != QLatin1String("row"))
            continue;
        const auto type = reader.attributes().value(QLatin1String("PostTypeId"));
        if (type == QLatin1String("1")) {
            ++counts.questions;
            counts.statedAnswers += reader.attributes().value(QLatin1String("AnswerCount")).toInt();
        } else if (type == QLatin1String("2"))
            ++counts.answers;
    }
    return counts;
}

} // namespace

class TestSharedFormatFixtures : public QObject
{
    Q_OBJECT

private:
    const ImporterRegistry m_registry = ImporterRegistry::withAllFormats();

private slots:
    void discourseTopicsImportWithTheirPostCounts_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files =
            sharedFiles(QStringLiteral("discourse"), QStringLiteral("*.json"));
        if (files.isEmpty())
            QSKIP("../shared/fixtures/discourse is not here (a fresh clone): nothing to check");
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
    void discourseTopicsImportWithTheirPostCounts()
    {
        QFETCH(QString, path);
        auto source = ImportSource::readFile(path);
        QVERIFY(source.ok());
        const DiscourseCounts expected = countDiscourse(QJsonDocument::fromJson(source->data));
        QVERIFY(expected.replies > 0);

        const Importer *importer = m_registry.detect(*source);
        QVERIFY(importer);
        QCOMPARE(importer->formatName(), QStringLiteral("discourse"));
        auto threads = m_registry.parse(*source);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(threads->size(), size_t(1));
        const ThreadDocument &doc = threads->front();
        QCOMPARE(int(doc.comments.size()), expected.replies);
        QVERIFY(CommentTree::validate(doc.comments).ok());
        int maxDepth = 0;
        for (const Comment &c : doc.comments)
            maxDepth = qMax(maxDepth, c.depth);
        QCOMPARE(maxDepth, expected.maxDepth);
        QVERIFY(!doc.title.isEmpty());
        QVERIFY(!doc.bodyText.isEmpty());
        // Each file holds every post its stream lists (urho3d's 340 and 79, the sandbox's 4).
        QVERIFY(expected.stream > 0);
        QCOMPARE(doc.gaps.siteTotal, std::optional<int>(expected.stream));
        QVERIFY(doc.gaps.isWhole());
        QVERIFY(doc.warnings.filter(QStringLiteral("incomplete save")).isEmpty());
    }

    void stackExchangeDumpsImportEveryQuestionAndAnswer_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files =
            sharedFiles(QStringLiteral("stackexchange"), QStringLiteral("*.xml"));
        if (files.isEmpty())
            QSKIP("../shared/fixtures/stackexchange is not here (a fresh clone): nothing to check");
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
    void stackExchangeDumpsImportEveryQuestionAndAnswer()
    {
        QFETCH(QString, path);
        auto source = ImportSource::readFile(path);
        QVERIFY(source.ok());
        const PostsCounts expected = countPosts(source->data);
        QVERIFY(expected.questions > 0);

        const Importer *importer = m_registry.detect(*source);
        QVERIFY(importer);
        QCOMPARE(importer->formatName(), QStringLiteral("stackexchange-posts"));
        auto threads = m_registry.parse(*source);
        QVERIFY2(threads.ok(), qPrintable(threads ? QString() : threads.error().toString()));
        QCOMPARE(int(threads->size()), expected.questions);
        int answers = 0, stated = 0;
        for (const ThreadDocument &doc : *threads) {
            answers += int(doc.comments.size());
            QVERIFY(CommentTree::validate(doc.comments).ok());
            // coffee's 225 questions hold all 327 answers their AnswerCounts state.
            QVERIFY2(doc.gaps.isWhole(), qPrintable(doc.sourceId));
            stated += doc.gaps.siteTotal.value_or(0);
        }
        QCOMPARE(answers, expected.answers);
        QCOMPARE(stated, expected.statedAnswers);
    }
};

QTEST_GUILESS_MAIN(TestSharedFormatFixtures)
#include "tst_sharedformatfixtures.moc"
