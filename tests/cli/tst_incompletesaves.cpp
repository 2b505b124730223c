// A save that lacks part of its thread says so, end to end: the import warning, the line in
// `scholia show`, the rendered page and the exports, `scholia list --incomplete` and the
// `is:incomplete` search filter — and a later whole save makes all of them go quiet.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "scholiaprocess.h"

namespace {

// A Discourse topic as `t/slug/ID.json` returns it: the stream names every post's id, the
// posts array holds only the first `held` of them.
QByteArray discourseTopic(int streamLength, int held)
{
    QJsonArray stream;
    QJsonArray posts;
    for (int number = 1; number <= streamLength; ++number) {
        const int id = 9000 + number;
        stream.append(id);
        if (number > held)
            continue;
        QJsonObject post{{"id", id},
                         {"post_number", number},
                         {"post_type", 1},
                         {"username", QStringLiteral("user%1").arg(number % 4)},
                         {"created_at", QStringLiteral("2024-03-0%1T10:00:00.000Z").arg(1 + number % 9)},
                         {"cooked", QStringLiteral("<p>Point %1 about the bicycle lanes on Elm Street.</p>")
                                        .arg(number)},
                         {"topic_id", 77}};
        if (number > 2)
            post.insert("reply_to_post_number", number - 1);
        posts.append(post);
    }
    const QJsonObject topic{{"id", 77},
                            {"title", "Bicycle lanes on Elm Street"},
                            {"slug", "bicycle-lanes"},
                            {"posts_count", streamLength},
                            {"created_at", "2024-03-01T10:00:00.000Z"},
                            {"post_stream", QJsonObject{{"posts", posts}, {"stream", stream}}}};
    return QJsonDocument(topic).toJson();
}

} // namespace

class TestIncompleteSaves : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // Imports `file` into `db` and checks what the library says of thread 1 afterwards.
    void expectSaid(const QString &db, const QString &file, const QString &sentence)
    {
        const ScholiaRun imported = runScholia({"import", file, "--db", db});
        QCOMPARE(imported.exitCode, 0);
        const ScholiaRun shown = runScholia({"show", "1", "--db", db});
        QCOMPARE(shown.exitCode, 0);
        const ScholiaRun listed = runScholia({"list", "--incomplete", "--db", db});
        QCOMPARE(listed.exitCode, 0);
        const ScholiaRun found = runScholia({"search", "--db", db, "is:incomplete", "bicycle"});
        QCOMPARE(found.exitCode, 0);
        const QString html = m_dir.filePath("page.html");
        QCOMPARE(runScholia({"render", "1", "-o", html, "--db", db}).exitCode, 0);
        QFile rendered(html);
        QVERIFY(rendered.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(rendered.readAll());
        const QString markdown = m_dir.filePath("export.md");
        QCOMPARE(runScholia({"export", "1", "--format", "md", "-o", markdown, "--db", db}).exitCode, 0);
        QFile exported(markdown);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(exported.readAll());
        if (sentence.isEmpty()) {
            QVERIFY2(!imported.err.contains("incomplete save"), qPrintable(imported.err));
            QVERIFY2(!shown.out.contains("Incomplete save"), qPrintable(shown.out));
            QCOMPARE(listed.out, QString());
            QCOMPARE(found.out, QString());
            QVERIFY(!page.contains("class=\"save-gaps\""));
            QVERIFY(!md.contains("Not saved"));
            return;
        }
        QCOMPARE(imported.err.count("incomplete save: " + sentence), 1);
        QVERIFY2(shown.out.contains("Incomplete save: " + sentence), qPrintable(shown.out));
        QVERIFY2(listed.out.startsWith("1\t") && listed.out.contains("\t" + sentence), qPrintable(listed.out));
        QVERIFY2(found.out.startsWith("1\t"), qPrintable(found.out + found.err));
        QVERIFY2(page.contains("class=\"save-gaps\"") && page.contains(sentence), "no header line");
        QVERIFY2(md.contains("**Not saved:** " + sentence), qPrintable(md));
    }

private slots:
    void partialTopicSaysSoUntilAWholeSaveArrives()
    {
        const QString db = m_dir.filePath("synthetic.sqlite");
        expectSaid(db, write("bicycle-lanes-partial.json", discourseTopic(25, 5)),
                   "20 of 25 posts are not in this save.");
        // The whole topic saved later (as `scholia save` would): nothing is missing now.
        expectSaid(db, write("bicycle-lanes-whole.json", discourseTopic(25, 25)), QString());
    }

    // The issue's own case: the 340-post urho3d topic cut to the 20 posts its address returns.
    void sharedUrho3dTopicCutToItsFirstPage()
    {
        QFile shared(QStringLiteral(SCHOLIA_SHARED_FIXTURES
                                    "/discourse/urho3d-to-rbfx-and-not-to-rbfx-5864.json"));
        if (!shared.open(QIODevice::ReadOnly))
            QSKIP("../shared/fixtures is not here (a clone without the shared folder)");
        QJsonObject topic = QJsonDocument::fromJson(shared.readAll()).object();
        QJsonObject postStream = topic.value("post_stream").toObject();
        const QJsonArray posts = postStream.value("posts").toArray();
        QJsonArray stream = postStream.value("stream").toArray();
        if (stream.isEmpty())
            for (const QJsonValue &post : posts)
                stream.append(post.toObject().value("id"));
        QCOMPARE(stream.size(), 340);
        QJsonArray firstPage;
        for (int i = 0; i < 20; ++i)
            firstPage.append(posts.at(i));
        postStream.insert("posts", firstPage);
        postStream.insert("stream", stream);
        topic.remove("post_stream");
        // post_stream first, as Discourse writes it: QJsonObject sorts its keys, and the
        // format is recognised from the file's first bytes.
        const QByteArray rest = QJsonDocument(topic).toJson(QJsonDocument::Compact).mid(1);
        const QString file = write("to-rbfx-and-not-to-rbfx.json",
                                   "{\"post_stream\":" + QJsonDocument(postStream).toJson(QJsonDocument::Compact)
                                       + (rest == "}" ? rest : "," + rest));
        const QString db = m_dir.filePath("urho3d.sqlite");
        const ScholiaRun imported = runScholia({"import", file, "--db", db});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains("320 of 340 posts are not in this save."), qPrintable(imported.err));
        const ScholiaRun found = runScholia({"search", "--db", db, "is:incomplete", "rbfx"});
        QVERIFY2(found.out.startsWith("1\t"), qPrintable(found.out + found.err));
        const ScholiaRun shown = runScholia({"show", "1", "--db", db});
        QVERIFY2(shown.out.contains("Incomplete save: 320 of 340 posts are not in this save."),
                 qPrintable(shown.out.left(400)));
    }
};

QTEST_GUILESS_MAIN(TestIncompleteSaves)
#include "tst_incompletesaves.moc"
