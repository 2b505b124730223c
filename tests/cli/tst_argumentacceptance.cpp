// Issue 16 end to end, as a script would do it with the built `scholia`: a real saved
// thread from ../shared/fixtures, three annotations, links between them, the map as SVG,
// the argument filters of search, the Markdown outline, and the PDF holding the links and
// the map; then the annotations handed to another library as W3C Web Annotations, twice.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "scholiaprocess.h"

namespace {

const QString savedThread =
    QStringLiteral(SCHOLIA_SHARED_FIXTURES "/reddit/self-wife-postit-note-thread.json");

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

qint64 firstNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    return number.match(text).captured(1).toLongLong();
}

} // namespace

class TestArgumentAcceptance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_claim = 0;    // barrygusey: "that is a gift"
    qint64 m_rebuttal = 0; // epepepturbo: "The pain fades with time"
    qint64 m_answer = 0;   // JustAnAvgJoe: "Frame the note"

    ScholiaRun scholia(QStringList arguments, int timeoutMs = 60000)
    {
        arguments << QStringLiteral("--db") << m_db;
        return runScholia(arguments, QProcessEnvironment::systemEnvironment(), timeoutMs);
    }
    qint64 annotate(const QString &comment, const QString &quote, const QString &tag)
    {
        const ScholiaRun run =
            scholia({"annotate", "1", "--comment", comment, "--quote", quote, "--tag", tag});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return firstNumber(run.out);
    }
    qint64 link(qint64 from, qint64 to, const QString &type)
    {
        const ScholiaRun run = scholia(
            {"link", QString::number(from), QString::number(to), "--as", type, "--note", "n"});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return firstNumber(run.out);
    }
    // comment ids of the search's hits, by kind ("annotation c9forp9", "comment c9forp9", …)
    QStringList search(const QString &query)
    {
        // --db before "--": what follows it is the query.
        const ScholiaRun run = runScholia({"--db", m_db, "search", "--json", "--", query});
        QStringList hits;
        for (const QJsonValue &hit :
             QJsonDocument::fromJson(run.out.toUtf8()).object().value("hits").toArray())
            hits << hit.toObject().value("kind").toString() + ' ' +
                        hit.toObject().value("comment").toString();
        hits.sort();
        return hits;
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(savedThread))
            QSKIP("../shared/fixtures is not here (a clone without the shared folder)");
        qputenv("LC_ALL", "C.UTF-8");
        qputenv("LANGUAGE", "");
        m_db = m_dir.filePath("library.sqlite");
        const ScholiaRun imported = scholia({"import", savedThread});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        m_claim = annotate("c9forp9", "that is a gift", "grief/comfort");
        m_rebuttal = annotate("c9fptpo", "The pain fades with time", "grief/time");
        m_answer = annotate("c9foykt", "Frame the note", "advice");
        QVERIFY(m_claim > 0 && m_rebuttal > 0 && m_answer > 0);
    }

    void linksAndTheirMap()
    {
        QVERIFY(link(m_rebuttal, m_claim, "rebuts") > 0);
        QVERIFY(link(m_answer, m_rebuttal, "answers") > 0);
        const ScholiaRun refused = scholia(
            {"link", QString::number(m_claim), QString::number(m_claim), "--as", "supports"});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(scholia({"link", "1", "2", "--as", "refutes"}).exitCode, 2);

        const QString svg = m_dir.filePath("map.svg");
        const ScholiaRun drawn = scholia({"map", "1", "-o", svg});
        QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
        QVERIFY(drawn.out.contains("claims: 3, links: 2"));
        QXmlStreamReader reader(readAll(svg));
        QStringList nodes;
        QStringList edges;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QString id = reader.attributes().value("id").toString();
            const QString classes = reader.attributes().value("class").toString();
            if (id.startsWith("ann-"))
                nodes << id;
            if (id.startsWith("link-"))
                edges << classes.split(' ').last();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        nodes.sort();
        QCOMPARE(nodes,
                 (QStringList{QString("ann-%1").arg(m_claim), QString("ann-%1").arg(m_rebuttal),
                              QString("ann-%1").arg(m_answer)}));
        QCOMPARE(edges, (QStringList{"rebuts", "answers"}));
        // A topic's map: the links among the passages tagged grief or below.
        const ScholiaRun topic = scholia({"map", "--tag", "grief", "-o", m_dir.filePath("t.svg")});
        QVERIFY2(topic.out.contains("claims: 2, links: 1"), qPrintable(topic.out + topic.err));
        QCOMPARE(scholia({"map", "1", "--tag", "grief", "-o", svg}).exitCode, 2);
        const QString dot = m_dir.filePath("map.dot");
        QCOMPARE(scholia({"map", "1", "-o", dot}).exitCode, 0);
        QVERIFY(readAll(dot).startsWith("digraph argument {"));
    }

    void argumentFiltersFindThePassages()
    {
        // The rebuttal asks about the claim too, and is answered; the answer asks and is not.
        QVERIFY(link(m_rebuttal, m_claim, "asks") > 0);
        QVERIFY(link(m_answer, m_claim, "asks") > 0);
        QCOMPARE(search("is:rebutted"),
                 (QStringList{"annotation c9forp9", "comment c9forp9", "thread "}));
        QCOMPARE(search("is:unanswered"),
                 (QStringList{"annotation c9foykt", "comment c9foykt", "thread "}));
        QCOMPARE(search("is:unanswered gift"), QStringList{});
        const ScholiaRun links = scholia({"links", "1"});
        QCOMPARE(links.exitCode, 0);
        QCOMPARE(links.out.trimmed().split('\n').size(), 4);
        QVERIFY(links.out.contains(
            QString("\t%1\trebuts\t%2\tanchored\tanchored\tn").arg(m_rebuttal).arg(m_claim)));
    }

    void markdownOutlinesTheArgument()
    {
        const QString md = m_dir.filePath("thread.md");
        const ScholiaRun run = scholia({"export", "1", "--format", "md", "-o", md});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = readAll(md);
        const QString outline =
            "## Argument\n\n"
            "- barrygusey: \u201cthat is a gift\u201d\n"
            "  - rebutted by epepepturbo: \u201cThe pain fades with time\u201d \u2014 n\n"
            "    - answered by JustAnAvgJoe: \u201cFrame the note\u201d \u2014 n\n"
            "  - questioned by epepepturbo: \u201cThe pain fades with time\u201d \u2014 n (see "
            "above)\n"
            "  - questioned by JustAnAvgJoe: \u201cFrame the note\u201d \u2014 n (see above)\n";
        QVERIFY2(text.contains(outline), qPrintable(text.left(text.indexOf("## Comments"))));
    }

    void pdfHoldsTheLinksAndTheMap()
    {
        const QString pdf = m_dir.filePath("thread.pdf");
        const ScholiaRun run =
            scholia({"export", "1", "--format", "pdf", "--annotated-only", "-o", pdf}, 180000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QString text;
        for (int page = 0; page < document.pageCount(); ++page)
            text += document.getAllText(page).text() + ' ';
        text = text.simplified();
        // The map: its heading, its nodes' words and its edges' labels are text in the PDF.
        QVERIFY2(text.contains("Argument map"), qPrintable(text.left(2000)));
        QVERIFY(text.contains("rebuts"));
        QVERIFY(text.contains("asks about"));
        QVERIFY(text.contains("answers"));
        // Each linked passage's links, in the endnotes: numbers are this page's.
        QVERIFY2(
            text.contains("rebutted by #2 (epepepturbo: \u201cThe pain fades with time\u201d)"),
            qPrintable(text.mid(text.indexOf("Annotations"), 2000)));
        QVERIFY(text.contains("answers #2 (epepepturbo:"));
        QVERIFY(text.contains("questioned by #3 (JustAnAvgJoe: \u201cFrame the note\u201d)"));
    }

    void annotationsTravelAsWebAnnotations()
    {
        const QString file = m_dir.filePath("annotations.jsonld");
        const ScholiaRun exported = scholia({"annotations", "export", "1", "-o", file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains("annotations: 3, links: 4, thread notes: 0"),
                 qPrintable(exported.out));
        const QJsonObject root = QJsonDocument::fromJson(readAll(file).toUtf8()).object();
        QCOMPARE(root.value("@context").toString(), QString("http://www.w3.org/ns/anno.jsonld"));

        const QString other = m_dir.filePath("other.sqlite");
        const auto intoOther = [&](const QStringList &arguments) {
            return runScholia(arguments + QStringList{"--db", other});
        };
        const ScholiaRun lacking = intoOther({"annotations", "import", file});
        QCOMPARE(lacking.exitCode, 0);
        QVERIFY2(lacking.err.contains("not in this library"), qPrintable(lacking.err));
        QCOMPARE(intoOther({"import", savedThread}).exitCode, 0);
        const ScholiaRun first = intoOther({"annotations", "import", file});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(
            first.out.contains("annotations: 3 imported (3 anchored, 0 moved, 0 flagged, 0 "
                               "orphaned), 0 updated, 0 unchanged, 0 skipped; links: 4 imported"),
            qPrintable(first.out));
        const ScholiaRun second = intoOther({"--db", other, "annotations", "import", file});
        QVERIFY2(second.out.contains("3 unchanged") && second.out.contains("4 unchanged"),
                 qPrintable(second.out));
        QCOMPARE(intoOther({"links", "1"}).out.trimmed().split('\n').size(), 4);
        // The old listing still works beside the new words.
        QCOMPARE(intoOther({"annotations", "1"}).out.trimmed().split('\n').size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestArgumentAcceptance)
#include "tst_argumentacceptance.moc"
