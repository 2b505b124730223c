#include "mboximporter.h"

#include "core/commenttree.h"
#include "gobjectptr.h"
#include "import/importsource.h"
#include "mailmessage.h"
#include "mailthreader.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <mutex>

namespace Scholia {

namespace {

const QByteArray separator = QByteArrayLiteral("From ");

void initializeGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct ParsedMessage
{
    MailMessage mail;
    qint64 offset = 0; // of its "From " line
};

Result<std::vector<ParsedMessage>> readMessages(const QByteArray &data)
{
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(data.constData(), size_t(data.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MBOX);
    std::vector<ParsedMessage> messages;
    while (!g_mime_parser_eos(parser.get())) {
        GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
        if (!message)
            break;
        messages.push_back({MailMessage::read(message.get()),
                            qint64(g_mime_parser_get_mbox_marker_offset(parser.get()))});
    }
    if (messages.empty())
        return Error::of(QStringLiteral("no mail message could be read after the \"From \" line"))
            .atByte(0);
    return messages;
}

// Every message needs an id that is unique in the file and the same on every import.
void assignIds(std::vector<ParsedMessage> &messages)
{
    QSet<QString> seen;
    for (ParsedMessage &message : messages) {
        MailMessage &mail = message.mail;
        if (mail.messageId.isEmpty()) {
            const QByteArray hash =
                QCryptographicHash::hash(mail.fingerprint, QCryptographicHash::Sha1);
            mail.messageId = QStringLiteral("scholia-%1@generated")
                                 .arg(QString::fromLatin1(hash.toHex().left(24)));
            mail.warnings
                << QStringLiteral(
                       "the message at byte %1 has no Message-ID; made up \"%2\" from its content")
                       .arg(message.offset)
                       .arg(mail.messageId);
        }
        if (seen.contains(mail.messageId)) {
            const QString original = mail.messageId;
            for (int n = 2; seen.contains(mail.messageId); ++n)
                mail.messageId = original + QStringLiteral("#%1").arg(n);
            mail.warnings << QStringLiteral(
                                 "the message at byte %1 repeats Message-ID \"%2\"; kept as \"%3\"")
                                 .arg(message.offset)
                                 .arg(original, mail.messageId);
        }
        seen.insert(mail.messageId);
        mail.fingerprint.clear(); // only needed for the id; a large archive holds many
        if (!mail.date.isValid())
            mail.warnings
                << QStringLiteral("the message \"%1\" has no readable Date").arg(mail.messageId);
        if (mail.author.isEmpty())
            mail.warnings
                << QStringLiteral("the message \"%1\" has no From address").arg(mail.messageId);
    }
}

Comment commentOf(const MailMessage &mail)
{
    Comment comment;
    comment.sourceId = mail.messageId;
    comment.author = mail.author;
    comment.created = mail.date;
    comment.bodyHtml = mail.body.html;
    comment.bodyText = mail.body.text;
    comment.url = mail.archivedAt;
    return comment;
}

ThreadDocument documentOf(const MailMessage &root)
{
    ThreadDocument doc;
    doc.sourceKind = QStringLiteral("mbox");
    doc.sourceId = root.messageId;
    doc.url = root.archivedAt;
    doc.site = root.listAddress;
    doc.title = root.subject.isEmpty() ? QStringLiteral("(no subject)") : root.subject;
    doc.author = root.author;
    doc.created = root.date;
    doc.bodyHtml = root.body.html;
    doc.bodyText = root.body.text;
    doc.warnings = root.warnings;
    return doc;
}

// Messages that replies in the thread name in In-Reply-To or References but that the
// archive does not hold: the thread lacks them, whether they are lost or in another
// month's archive. Comments are named by Message-ID too, so a merge can fill them in.
void readGaps(const QStringList &absent, ThreadDocument &doc)
{
    if (absent.isEmpty())
        return;
    doc.gaps.missingComments = int(absent.size());
    doc.gaps.missingIds = absent;
    doc.warnings << doc.gaps.importWarning(
        doc.sourceKind, QStringLiteral("%1 Message-ID(s) in In-Reply-To or References with no "
                                       "message in the archive")
                            .arg(absent.size()));
}

Result<std::vector<ThreadDocument>> threadsOf(std::vector<ParsedMessage> &messages)
{
    std::vector<MailThreadLinks> links;
    links.reserve(messages.size());
    for (const ParsedMessage &message : messages)
        links.push_back({message.mail.messageId, message.mail.references});
    const MailThreads threading = MailThreader::thread(links);

    // Threads in the order of their roots in the file; replies in file order, which
    // CommentTree::arrange keeps among siblings.
    std::vector<ThreadDocument> threads;
    std::vector<std::vector<LinkedComment>> replies;
    QHash<int, size_t> threadOfRoot;
    for (size_t i = 0; i < messages.size(); ++i) {
        if (threading.root[i] != int(i))
            continue;
        threadOfRoot.insert(int(i), threads.size());
        threads.push_back(documentOf(messages[i].mail));
        replies.emplace_back();
        readGaps(threading.absent[i], threads.back());
    }
    // A reply may come before its root when the file is out of order, hence two passes.
    for (size_t i = 0; i < messages.size(); ++i) {
        const int root = threading.root[i];
        if (root == int(i))
            continue;
        const size_t thread = threadOfRoot.value(root);
        const int parent = threading.parent[i];
        const QString parentId =
            parent == root ? QString() : messages[size_t(parent)].mail.messageId;
        threads[thread].warnings << messages[i].mail.warnings;
        replies[thread].push_back({commentOf(messages[i].mail), parentId});
    }
    for (size_t t = 0; t < threads.size(); ++t) {
        auto arranged = CommentTree::arrange(std::move(replies[t]));
        if (!arranged)
            return arranged.error();
        threads[t].comments = std::move(arranged.value());
    }
    return threads;
}

} // namespace

QString MboxImporter::formatName() const
{
    return QStringLiteral("mbox");
}

int MboxImporter::detect(const ImportSource &source) const
{
    const QByteArrayView head = source.head();
    if (!head.startsWith(separator))
        return 0;
    int confidence = 60;
    const QByteArray lower = head.toByteArray().toLower();
    for (const char *field : {"\nmessage-id:", "\nfrom:", "\ndate:", "\nsubject:"}) {
        if (lower.contains(field))
            confidence += 10;
    }
    return qMin(confidence, 100);
}

Result<std::vector<ThreadDocument>> MboxImporter::parse(const ImportSource &source) const
{
    const auto inContext = errorContext(source);
    if (!source.data.startsWith(separator))
        return inContext(
            Error::of(QStringLiteral("not an mbox: the file does not start with a \"From \" line"))
                .atByte(0));
    initializeGMime();
    auto messages = readMessages(source.data);
    if (!messages)
        return inContext(messages.error());
    assignIds(*messages);
    auto threads = threadsOf(*messages);
    if (!threads)
        return inContext(threads.error());
    return threads;
}

} // namespace Scholia
