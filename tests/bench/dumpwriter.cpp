#include "dumpwriter.h"

#include "benchrandom.h"
#include "commentbodywriter.h"
#include "jsonobjectwriter.h"
#include "threadshape.h"

#include <QFile>

#include <zstd.h>

#include <vector>

namespace Scholia {

namespace {

const QString subreddit = QStringLiteral("GeneratedDumps");

QString base36(qint64 value)
{
    return QString::number(value, 36);
}

// Ids unique across the dump: the thread's number in the high bits.
QString commentId(qint64 thread, size_t index)
{
    return base36(3000000000LL + (thread << 24) + qint64(index));
}

// zstd's streaming compressor writing to a file.
class ZstdFileWriter
{
public:
    ZstdFileWriter() : m_stream(ZSTD_createCCtx()) {}
    ~ZstdFileWriter() { ZSTD_freeCCtx(m_stream); }

    bool open(const QString &path)
    {
        m_file.setFileName(path);
        return m_stream && m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    bool write(const QByteArray &bytes, ZSTD_EndDirective mode = ZSTD_e_continue)
    {
        ZSTD_inBuffer input{bytes.constData(), size_t(bytes.size()), 0};
        QByteArray out(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
        for (;;) {
            ZSTD_outBuffer output{out.data(), size_t(out.size()), 0};
            const size_t left = ZSTD_compressStream2(m_stream, &output, &input, mode);
            if (ZSTD_isError(left) || m_file.write(out.constData(), qint64(output.pos)) != qint64(output.pos))
                return false;
            const bool done = mode == ZSTD_e_continue ? input.pos == input.size : left == 0;
            if (done)
                return true;
        }
    }
    bool finish() { return write({}, ZSTD_e_end) && m_file.flush(); }
    qint64 size() const { return m_file.size(); }
    QString errorString() const { return m_file.errorString(); }

private:
    ZSTD_CCtx *m_stream;
    QFile m_file;
};

// A thread being written: its shape and how far its comments have got.
struct OpenThread
{
    qint64 number = 0;
    std::vector<GeneratedComment> shape;
    size_t next = 0;
};

} // namespace

QString DumpWriter::threadId(qint64 thread)
{
    return base36(600000000LL + thread);
}

QString DumpWriter::write(const QString &path, qint64 comments, qint64 threads, Stats &stats)
{
    BenchRandom random(m_engine);
    CommentBodyWriter bodies(random);
    ZstdFileWriter out;
    if (!out.open(path))
        return out.errorString();
    threads = qBound(qint64(1), threads, qMax(comments, qint64(1)));
    stats = {};

    // A few dozen threads are live at once and their comments interleave, as in a monthly
    // dump; each thread's size varies around the mean.
    constexpr size_t live = 48;
    std::vector<OpenThread> open;
    qint64 nextThread = 0;
    qint64 planned = 0; // comments of the threads started so far
    qint64 clock = 1700000000;
    QByteArray line;
    bool ok = true;

    auto writeSubmission = [&](const OpenThread &thread) {
        line.clear();
        const QString id = threadId(thread.number);
        const QString permalink = QStringLiteral("/r/%1/comments/%2/generated_thread/").arg(subreddit, id);
        JsonObjectWriter(line)
            .string("id", id)
            .string("title", QStringLiteral("Generated thread %1").arg(thread.number + 1))
            .string("selftext", bodies.write().markdown)
            .string("url", QStringLiteral("https://www.reddit.com") + permalink)
            .string("author", QStringLiteral("poster%1").arg(thread.number % 97))
            .number("created_utc", clock)
            .number("num_comments", qint64(thread.shape.size()))
            .number("score", random.between(1, 5000))
            .string("subreddit", subreddit)
            .string("permalink", permalink)
            .boolean("stickied", false)
            .close();
        line += '\n';
        ok = ok && out.write(line);
    };
    auto startThread = [&]() {
        const qint64 left = comments - planned;
        const qint64 threadsLeft = threads - nextThread;
        qint64 size = left;
        if (threadsLeft > 1)
            size = qBound(qint64(1), qint64(double(left / threadsLeft) * (0.5 + random.unit())),
                          left - (threadsLeft - 1));
        planned += size;
        ThreadShape shape(random);
        OpenThread thread{nextThread++, shape.build(int(size)), 0};
        ++stats.threads;
        if (random.chance(0.05))
            ++stats.absentSubmissions; // archived comments, but not the post they answer
        else
            writeSubmission(thread);
        open.push_back(std::move(thread));
    };
    auto writeComment = [&](OpenThread &thread) {
        const size_t index = thread.next++;
        const GeneratedComment &node = thread.shape[index];
        const QString id = commentId(thread.number, index);
        const QString link = threadId(thread.number);
        line.clear();
        JsonObjectWriter json(line);
        json.string("id", id)
            .string("link_id", QStringLiteral("t3_") + link)
            .string("parent_id", node.parent < 0 ? QStringLiteral("t3_") + link
                                                 : QStringLiteral("t1_") + commentId(thread.number, size_t(node.parent)));
        const int fate = random.below(100);
        if (fate < 3)
            json.string("author", QStringLiteral("[deleted]")).string("body", QStringLiteral("[deleted]"));
        else if (fate < 5)
            json.string("author", QStringLiteral("[deleted]")).string("body", QStringLiteral("[removed]"));
        else
            json.string("author", node.author).string("body", bodies.write().markdown);
        json.number("created_utc", clock)
            .number("score", random.between(-20, 900))
            .string("subreddit", subreddit)
            .string("permalink", QStringLiteral("/r/%1/comments/%2/generated_thread/%3/").arg(subreddit, link, id))
            .boolean("edited", random.chance(0.05))
            .null("distinguished")
            .boolean("stickied", false)
            .number("controversiality", 0)
            .null("author_flair_text")
            .close();
        line += '\n';
        ok = ok && out.write(line);
        ++stats.comments;
    };

    while (ok && (nextThread < threads || !open.empty())) {
        while (open.size() < live && nextThread < threads)
            startThread();
        const size_t pick = size_t(random.below(int(open.size())));
        writeComment(open[pick]);
        ++clock;
        if (open[pick].next == open[pick].shape.size()) {
            open[pick] = std::move(open.back());
            open.pop_back();
        }
    }
    if (!ok || !out.finish())
        return out.errorString().isEmpty() ? QStringLiteral("zstd could not compress") : out.errorString();
    stats.compressedBytes = out.size();
    return {};
}

} // namespace Scholia
