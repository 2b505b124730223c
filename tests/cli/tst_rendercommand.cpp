// `scholia render`, run as a user would run it: the file it writes is the thread view's
// page made self-contained — every comment, the CSP, the stylesheet inline, and nothing
// that would load from anywhere.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "render/threadscripts.h"
#include "scholiaprocess.h"

#include <gumbo.h>

#include <vector>

namespace {

using Run = ScholiaRun;

Run scholia(const QStringList &arguments)
{
    return runScholia(arguments);
}

QString fixture(const QString &name)
{
    return QStringLiteral(SCHOLIA_TEST_FIXTURES "/reddit/") + name;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool hasClass(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, "class");
    return attr &&
           QString::fromUtf8(attr->value).split(QLatin1Char(' ')).contains(QLatin1String(name));
}

// What the page would load or run, found by parsing it as a browser would.
struct PageAudit
{
    QStringList problems;      // URL-bearing attributes that must not be there
    QStringList inlineScripts; // the text of every <script> without src
    QStringList bodyLinks;     // href of links inside comment or post bodies
    QString styleText;         // all <style> content
    QStringList articleIds;    // id of every <article>, in order
};

PageAudit audit(const QString &html)
{
    PageAudit result;
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *out =
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    // (node, inside a .body) pairs; iterative like everything that walks a tree here.
    std::vector<std::pair<const GumboNode *, bool>> pending{{out->root, false}};
    static const char *const urlAttributes[] = {"src",    "srcset",     "href",
                                                "action", "formaction", "poster",
                                                "data",   "background", "xlink:href"};
    while (!pending.empty()) {
        const auto [node, inBody] = pending.back();
        pending.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &element = node->v.element;
        const QString tag = QString::fromUtf8(gumbo_normalized_tagname(element.tag));
        for (const char *name : urlAttributes) {
            const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
            if (!attr)
                continue;
            const QString value = QString::fromUtf8(attr->value).trimmed();
            // Links in what people wrote stay links (opened only on click, outside the
            // view); Scholia's own markup may point only inside the page.
            if (inBody && tag == QLatin1String("a") && qstrcmp(name, "href") == 0)
                result.bodyLinks << value;
            else if (!value.isEmpty() && !value.startsWith(QLatin1Char('#')))
                result.problems
                    << QStringLiteral("<%1 %2=\"%3\">").arg(tag, QLatin1String(name), value);
        }
        if (element.tag == GUMBO_TAG_ARTICLE) {
            const GumboAttribute *id = gumbo_get_attribute(&element.attributes, "id");
            result.articleIds << (id ? QString::fromUtf8(id->value) : QString());
        }
        if (element.tag == GUMBO_TAG_SCRIPT || element.tag == GUMBO_TAG_STYLE) {
            QString text;
            for (unsigned i = 0; i < element.children.length; ++i) {
                const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                    text += QString::fromUtf8(child->v.text.text);
            }
            if (element.tag == GUMBO_TAG_SCRIPT)
                result.inlineScripts << text;
            else
                result.styleText += text;
        }
        if (element.tag == GUMBO_TAG_LINK || element.tag == GUMBO_TAG_IFRAME ||
            element.tag == GUMBO_TAG_OBJECT || element.tag == GUMBO_TAG_EMBED ||
            element.tag == GUMBO_TAG_BASE)
            result.problems << QStringLiteral("<%1>").arg(tag);
        const bool childrenInBody = inBody || hasClass(element, "body");
        for (unsigned i = element.children.length; i > 0; --i)
            pending.emplace_back(static_cast<const GumboNode *>(element.children.data[i - 1]),
                                 childrenInBody);
    }
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    return result;
}

} // namespace

class TestRenderCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString importedSmallThread()
    {
        const QString db = m_dir.filePath(QStringLiteral("library.sqlite"));
        if (!QFile::exists(db)) {
            const Run imported = scholia({"import", fixture("small-thread.json"), "--db", db});
            if (imported.exitCode != 0)
                qWarning("import failed: %s", qPrintable(imported.err));
        }
        return db;
    }

private slots:
    void writesASelfContainedPage()
    {
        const QString db = importedSmallThread();
        const QString path = m_dir.filePath(QStringLiteral("thread.html"));
        const Run rendered = scholia({"render", "1", "-o", path, "--db", db});
        QCOMPARE(rendered.exitCode, 0);
        QVERIFY2(rendered.err.isEmpty(), qPrintable(rendered.err));
        const QString html = readAll(path);
        QVERIFY(!html.isEmpty());

        // Every comment and placeholder of the fixture, by the site's id, once, in order.
        const QStringList ids = {"c1", "c2", "c3", "more:c1",    "c4",
                                 "c5", "c6", "c7", "more:abc123"};
        for (const QString &id : ids)
            QVERIFY2(html.contains(QStringLiteral("id=\"c-%1\"").arg(id)), qPrintable(id));

        static const QRegularExpression cspMeta(
            QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">"));
        const QRegularExpressionMatch csp = cspMeta.match(html);
        QVERIFY2(csp.hasMatch(), "no Content-Security-Policy meta");
        const QString policy = csp.captured(1);
        QVERIFY2(policy.contains(QStringLiteral("default-src 'none'")), qPrintable(policy));
        QVERIFY(!html.contains(QStringLiteral("<script src=")));

        const PageAudit page = audit(html);
        QStringList expectedArticles;
        for (const QString &id : ids)
            expectedArticles << QStringLiteral("c-") + id;
        QCOMPARE(page.articleIds, expectedArticles);
        QVERIFY2(page.problems.isEmpty(), qPrintable(page.problems.join(QLatin1Char('\n'))));
        // The fixture's good link survives, its javascript: link does not.
        QVERIFY2(page.bodyLinks.contains(QStringLiteral("https://example.org/x?a=1&b=2")),
                 qPrintable(page.bodyLinks.join(QLatin1Char(' '))));
        for (const QString &link : page.bodyLinks)
            QVERIFY2(link.startsWith(QLatin1String("https://")) ||
                         link.startsWith(QLatin1String("http://")) ||
                         link.startsWith(QLatin1String("mailto:")),
                     qPrintable(link));

        // The stylesheet is inline, whole.
        const QString css =
            readAll(QStringLiteral(SCHOLIA_TEST_FIXTURES "/../../resources/web/thread.css"));
        QVERIFY(!css.isEmpty());
        QVERIFY(page.styleText.contains(css.trimmed()));

        // The view's scripts are inline, each whole and in the order the view loads them.
        QStringList scripts;
        for (const QString &name : Scholia::ThreadScripts::fileNames())
            scripts << readAll(QStringLiteral(SCHOLIA_TEST_FIXTURES "/../../resources/web/") +
                               name);
        QVERIFY(!scripts.contains(QString()));
        QCOMPARE(page.inlineScripts, scripts);

        // An inline script (when this build has one) runs only because the CSP names its hash.
        for (const QString &script : page.inlineScripts) {
            const QByteArray hash =
                QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256);
            QVERIFY2(policy.contains(
                         QStringLiteral("'sha256-%1'").arg(QString::fromLatin1(hash.toBase64()))),
                     qPrintable(policy));
        }
        QString scriptSource;
        for (const QString &directive : policy.split(QLatin1Char(';'))) {
            if (directive.trimmed().startsWith(QLatin1String("script-src ")))
                scriptSource = directive.trimmed();
        }
        QVERIFY2(!scriptSource.contains(QLatin1String("unsafe")), qPrintable(policy));
        if (page.inlineScripts.isEmpty())
            QCOMPARE(scriptSource, QStringLiteral("script-src 'none'"));
    }

    void replacesAnExistingFile()
    {
        const QString db = importedSmallThread();
        const QString path = m_dir.filePath(QStringLiteral("old.html"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(100000, 'x'));
        }
        QCOMPARE(scholia({"render", "1", "--output", path, "--db", db}).exitCode, 0);
        const QString html = readAll(path);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QStringLiteral("xxxx")));
    }

    void errors()
    {
        const QString db = importedSmallThread();
        const QString path = m_dir.filePath(QStringLiteral("never.html"));

        const Run unknown = scholia({"render", "7", "-o", path, "--db", db});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no thread 7")), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(path));

        QCOMPARE(scholia({"render", "-o", path, "--db", db}).exitCode, 2);        // no id
        QCOMPARE(scholia({"render", "one", "-o", path, "--db", db}).exitCode, 2); // not a number
        QCOMPARE(scholia({"render", "1", "2", "-o", path, "--db", db}).exitCode, 2);
        QCOMPARE(scholia({"render", "1", "--db", db}).exitCode, 2); // no -o
        QCOMPARE(scholia({"render", "1", "-o", path, "--frobnicate", "--db", db}).exitCode, 2);
        QVERIFY(!QFile::exists(path));

        const Run unwritable =
            scholia({"render", "1", "-o", m_dir.filePath(QStringLiteral("no/such/dir/x.html")),
                     "--db", db});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(unwritable.err.contains(QStringLiteral("cannot write")));
    }

    void help()
    {
        const Run help = scholia({"render", "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--output")));
        QVERIFY(help.out.contains(QStringLiteral("--db")));
        QVERIFY(scholia({"--help"}).out.contains(QStringLiteral("render")));
    }
};

QTEST_GUILESS_MAIN(TestRenderCommand)
#include "tst_rendercommand.moc"
