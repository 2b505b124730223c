// Saving a themotte.org-style post from its address: the post page, the pages behind its
// "More comments" links, the comments behind "Load more comments" — spliced into one page
// that imports as the same tree as the complete page.

#include "fetch/rdramapageassembler.h"
#include "savetesting.h"

#include <QRegularExpression>

using namespace Scholia;
using namespace Scholia::SaveTesting;

namespace {

// A made-up thread and the pages an rDrama-family site makes of it, after the site's
// templates (files/templates/comments.html): replies nested in #replies-of-{id} down to a
// level, below which a "More comments" link to the comment's own page stands instead; a
// page of top-level comments at a time, then a "Load more comments" button calling
// /viewmore/{post}/{sort}/{offset}.
class RdramaTestSite
{
public:
    static constexpr int postId = 4242;
    int cutLevel = 4;        // a comment at this level keeps its replies behind a link
    int topLevelPage = 8;    // top-level comments per page
    QStringList linkedPages; // comment ids whose page was asked for

    RdramaTestSite()
    {
        // 120 comments: each replies to the post or to one of the last few, so that there are
        // wide levels and chains deeper than cutLevel. Deterministic.
        quint32 state = 12345;
        const auto next = [&state] {
            return state = state * 1103515245u + 12345u, (state >> 16) & 0x7fff;
        };
        for (int i = 0; i < 120; ++i) {
            Node node;
            node.id = 1000 + i;
            node.author = QStringLiteral("user%1").arg(next() % 17);
            node.parent = (i < 3 || next() % 5 == 0) ? -1 : int(i - 1 - next() % std::min(i, 4));
            m_nodes.push_back(node);
            if (node.parent >= 0)
                m_nodes[size_t(node.parent)].replies.push_back(i);
            else
                m_top.push_back(i);
        }
    }

    int commentCount() const { return int(m_nodes.size()); }

    QByteArray completePage() const { return page(m_top, 1 << 20, -1); }

    LocalHttpServer::Reply handle(const LocalHttpServer::Request &request)
    {
        static const QRegularExpression postPath(QStringLiteral("^/post/%1(/[^/]*)?$").arg(postId));
        static const QRegularExpression commentPath(QStringLiteral("^/logged_out/comment/(\\d+)$"));
        static const QRegularExpression viewMore(
            QStringLiteral("^/viewmore/%1/new/(\\d+)$").arg(postId));
        if (postPath.match(request.path).hasMatch())
            return LocalHttpServer::Reply::html(page(topLevelBatch(0), cutLevel, 0));
        if (const auto m = commentPath.match(request.path); m.hasMatch()) {
            const int index = m.captured(1).toInt() - 1000;
            if (index < 0 || index >= int(m_nodes.size()))
                return LocalHttpServer::Reply::withStatus(404);
            linkedPages << m.captured(1);
            // The comment's own page: it, as context, with its replies to the same depth.
            return LocalHttpServer::Reply::html(page({index}, cutLevel, -1, true));
        }
        if (const auto m = viewMore.match(request.path); m.hasMatch()) {
            const int offset = m.captured(1).toInt();
            QByteArray out = "<div id=\"comment-list\">\n";
            for (int index : topLevelBatch(offset))
                writeComment(out, index, 1, cutLevel);
            out += "</div>\n";
            writeButton(out, offset + 1, topLevelBatch(offset + 1).empty());
            return LocalHttpServer::Reply::html(out);
        }
        return LocalHttpServer::Reply::withStatus(404);
    }

private:
    struct Node
    {
        int id = 0;
        int parent = -1;
        QString author;
        std::vector<int> replies;
    };

    std::vector<int> topLevelBatch(int offset) const
    {
        std::vector<int> batch;
        for (int i = offset * topLevelPage;
             i < std::min(int(m_top.size()), (offset + 1) * topLevelPage); ++i)
            batch.push_back(m_top[size_t(i)]);
        return batch;
    }

    static void writeButton(QByteArray &out, int offset, bool none)
    {
        if (none)
            return;
        out +=
            "<button class=\"mt-2 w-full btn btn-gray\" id=\"load-more-button\" "
            "onclick=\"loadMore(" +
            QByteArray::number(postId) + ",'new'," + QByteArray::number(offset) +
            ",'comment-list',this.id); this.disabled = true;\">\n\tLoad more comments\n</button>\n";
    }

    // Recursion is fine: the made-up thread is a few dozen levels at most.
    void writeComment(QByteArray &out, int index, int level, int cut) const
    {
        const Node &n = m_nodes[size_t(index)];
        const QByteArray id = QByteArray::number(n.id);
        out += "<div id=\"comment-" + id +
               "\" class=\"comment anchor relative flex mt-4 md:mt-6\">\n"
               "<div class=\"w-full\">\n<div id=\"comment-" +
               id +
               "-only\" class=\"comment-anchor relative\">\n"
               "<div class=\"user-info\"><a class=\"user-name\" href=\"javascript:void(0)\"><span "
               "class=\"text-sm "
               "font-bold\">" +
               n.author.toUtf8() + "</span></a>\n<span onmouseover=\"timestamp('timestamp-" + id +
               "','" + QByteArray::number(1700000000 + n.id * 60) + "')\" id=\"timestamp-" + id +
               "\" class=\"time-stamp\">1h ago</span></div>\n<div id=\"comment-text-" + id +
               "\" class=\"hidden-on-collapse text-black mb-0\"><p>Comment " + id + " by " +
               n.author.toUtf8() + ".</p></div>\n<div id=\"comment-" + id +
               "-actions\"><span id=\"comment-score-" + id + "\" class=\"score\">" +
               QByteArray::number(n.id % 7) + "</span></div>\n</div>\n<div id=\"reply-to-" + id +
               "\" class=\"hidden\"></div>\n";
        if (level < cut) {
            out += "<div id=\"replies-of-" + id + "\" class=\"hidden-on-collapse\">\n";
            for (int reply : n.replies)
                writeComment(out, reply, level + 1, cut);
            out += "</div>\n";
        } else if (!n.replies.empty()) {
            out += "<div id=\"morecomment-" + id +
                   "\" class=\"mt-2 more-comments text-small hidden-on-collapse\">\n"
                   "<a href=\"/logged_out/comment/" +
                   id +
                   "\">More comments <i class=\"fas fa-long-arrow-right "
                   "ml-1\"></i></a>\n</div>\n";
        }
        out += "</div>\n</div>\n";
    }

    // A whole page: head, the post, the comment list (and the button for page `offset`).
    QByteArray page(const std::vector<int> &top, int cut, int offset, bool context = false) const
    {
        QByteArray out =
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"
            "<title>A test thread - The Motte</title>\n"
            "<meta property=\"og:url\" "
            "content=\"https://www.themotte.org/post/4242/a-test-thread\" />\n"
            "<link rel=\"canonical\" href=\"https://www.themotte.org/post/4242/a-test-thread\" />\n"
            "</head>\n<body>\n<div id=\"post-4242\" class=\"card\">\n<div class=\"post-meta\"><a "
            "class=\"user-name\" href=\"/@op\"><span>op</span></a></div>\n<h1 id=\"post-title\">A "
            "test "
            "thread</h1>\n<div id=\"post-text\"><p>The post.</p></div>\n</div>\n"
            "<div class=\"comment-section\">\n<div id=\"comment-list\">\n";
        for (int index : top)
            writeComment(out, index, 1, cut);
        out += "</div>\n";
        if (offset >= 0 && !context)
            writeButton(out, offset + 1, topLevelBatch(offset + 1).empty());
        out += "</div>\n</body>\n</html>\n";
        return out;
    }

    std::vector<Node> m_nodes;
    std::vector<int> m_top;
};

} // namespace

class TestRdramaThreadFetcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void savesTheWholeThreadIntoOnePage()
    {
        RdramaTestSite site;
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        const QString completePath = m_dir.filePath(QStringLiteral("complete.html"));
        {
            QFile file(completePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(site.completePage());
        }
        auto complete = importFile(completePath, QStringLiteral("rdrama-html"));
        QVERIFY2(complete.ok(),
                 qPrintable(complete.ok() ? QString() : complete.error().toString()));
        QCOMPARE(int(complete->comments.size()), site.commentCount());

        auto saved = save(QStringLiteral("https://www.themotte.org/post/4242/a-test-thread"),
                          policyFor(server), m_dir.filePath(QStringLiteral("archive")));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY2(saved->notes.isEmpty(), qPrintable(saved->notes.join(QLatin1Char('\n'))));
        auto fetched = importFile(saved->threadFile, saved->format);
        QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().toString()));
        QCOMPARE(placeholders(*fetched), 0);
        QString why;
        QVERIFY2(sameTree(treeOf(*fetched), treeOf(*complete), &why), qPrintable(why));

        // Both kinds of continuation were there and followed.
        const QStringList paths = server.paths();
        QVERIFY(std::any_of(paths.begin(), paths.end(), [](const QString &p) {
            return p.startsWith(QLatin1String("/viewmore/4242/new/1?ids="));
        }));
        QVERIFY(std::any_of(paths.begin(), paths.end(), [](const QString &p) {
            return p.startsWith(QLatin1String("/viewmore/4242/new/2?ids="));
        }));
        QVERIFY(!site.linkedPages.isEmpty());
        // The ids the site is told it has are the top-level ones, as its own script sends.
        const QString firstViewMore =
            *std::find_if(paths.begin(), paths.end(), [](const QString &p) {
                return p.startsWith(QLatin1String("/viewmore/"));
            });
        QCOMPARE(QUrlQuery(QUrl(QStringLiteral("http://x") + firstViewMore))
                     .queryItemValue(QStringLiteral("ids"))
                     .split(QLatin1Char(','))
                     .size(),
                 8);
    }

    void stopsAtTheRequestLimitAndTheLinksStay()
    {
        RdramaTestSite site;
        LocalHttpServer server([&site](const auto &request) { return site.handle(request); });
        FetchPolicy policy = policyFor(server);
        policy.maxRequests = 2;
        auto saved = save(QStringLiteral("https://www.themotte.org/post/4242"), policy,
                          m_dir.filePath(QStringLiteral("limited")));
        QVERIFY(saved.ok());
        QCOMPARE(saved->requests, 2);
        QVERIFY2(saved->notes.value(0).contains(QLatin1String("request limit")),
                 qPrintable(saved->notes.join('\n')));
        auto fetched = importFile(saved->threadFile, saved->format);
        QVERIFY(fetched.ok());
        QVERIFY(placeholders(*fetched) >
                0); // "More comments" stubs: the import says what is missing
        QVERIFY(fetched->realCommentCount() < site.commentCount());
    }

    void aLinkToAnotherSiteIsNotFollowed()
    {
        QByteArray page = RdramaTestSite().completePage();
        page.replace("<div id=\"comment-list\">\n",
                     "<div id=\"comment-list\">\n<div id=\"comment-9\" class=\"comment\"><div "
                     "id=\"comment-text-9\">x</div>"
                     "<div id=\"morecomment-9\"><a href=\"https://evil.example/steal\">More "
                     "comments</a></div></div>\n");
        LocalHttpServer server([page](const LocalHttpServer::Request &r) {
            return r.path.startsWith(QLatin1String("/post/"))
                       ? LocalHttpServer::Reply::html(page)
                       : LocalHttpServer::Reply::withStatus(404);
        });
        auto saved = save(QStringLiteral("https://www.themotte.org/post/4242"), policyFor(server),
                          m_dir.filePath(QStringLiteral("evil")));
        QVERIFY(saved.ok());
        QCOMPARE(server.requests().size(), 1);
        QVERIFY2(saved->notes.join('\n').contains(QLatin1String("another site")),
                 qPrintable(saved->notes.join('\n')));
    }

    void splicesRepliesWhereTheLinkWas()
    {
        RdramaPageAssembler page("<div id=\"comment-list\"><div id=\"comment-1\" "
                                 "class=\"comment\"><div id=\"morecomment-1\">"
                                 "<a href=\"/comment/1\">More comments</a></div></div></div>");
        const RdramaPageAssembler::Scan scan = page.scan();
        QCOMPARE(scan.links.size(), size_t(1));
        QCOMPARE(scan.links.front().href, QStringLiteral("/comment/1"));
        QVERIFY(!page.putReplies(scan.links.front(), "<div id=\"replies-of-2\"></div>"));
        QVERIFY(page.putReplies(scan.links.front(),
                                "<html><div id=\"replies-of-1\"><p>r</p></div></html>"));
        page.applyEdits();
        QCOMPARE(page.page(),
                 QByteArray("<div id=\"comment-list\"><div id=\"comment-1\" class=\"comment\"><div "
                            "id=\"replies-of-1\"><p>r</p></div></div></div>"));
    }
};

QTEST_GUILESS_MAIN(TestRdramaThreadFetcher)
#include "tst_rdramathreadfetcher.moc"
