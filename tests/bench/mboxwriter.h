#pragma once

#include "commentbodywriter.h"
#include "generatedcomment.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Scholia {

class BenchRandom;

// Writes a generated thread as a mailing-list archive (mboxrd): the post is the first
// message, each comment a reply whose In-Reply-To and References name its ancestors,
// bodies as plain text wrapped at 72 columns the way mail clients send them (quotes as
// "> " lines, indented code, links as <URL>), UTF-8 8bit.
class MboxWriter
{
public:
    explicit MboxWriter(BenchRandom &random) : m_bodies(random) {}

    QByteArray write(int threadNumber, const std::vector<GeneratedComment> &comments);

    // The plain text a mail client sends for a body written as Markdown.
    static QString plainText(const QString &markdown);

private:
    void writeMessage(const QString &author, qint64 created, const QString &messageId,
                      const QStringList &references);
    QString messageId(int index) const; // -1: the post

    CommentBodyWriter m_bodies;
    QByteArray m_out;
    QString m_subject;
    int m_threadNumber = 0;
};

} // namespace Scholia
