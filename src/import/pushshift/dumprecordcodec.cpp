#include "dumprecordcodec.h"

#include <QtEndian>

#include <cstring>

namespace Scholia {

namespace {

// Which optional numbers and flags a record has, in one byte ahead of them.
enum Flags : quint8 {
    hasCreated = 1 << 0,
    hasScore = 1 << 1,
    hasCommentCount = 1 << 2,
    hasEdited = 1 << 3,
    wasEdited = 1 << 4,
    stickied = 1 << 5,
    isSubmission = 1 << 6,
};

template <typename Number>
void appendNumber(QByteArray &out, Number value)
{
    const Number little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendNumber(out, quint32(utf8.size()));
    out.append(utf8);
}

class Reader
{
public:
    explicit Reader(QByteArrayView bytes) : m_bytes(bytes) {}

    template <typename Number>
    bool number(Number &value)
    {
        if (m_bytes.size() - m_at < qsizetype(sizeof value))
            return false;
        std::memcpy(&value, m_bytes.data() + m_at, sizeof value);
        value = qFromLittleEndian(value);
        m_at += qsizetype(sizeof value);
        return true;
    }
    bool text(QString &into)
    {
        quint32 size = 0;
        if (!number(size) || m_bytes.size() - m_at < qsizetype(size))
            return false;
        into = QString::fromUtf8(m_bytes.sliced(m_at, qsizetype(size)));
        m_at += qsizetype(size);
        return true;
    }
    bool optional(bool present, std::optional<qint64> &into)
    {
        if (!present)
            return true;
        qint64 value = 0;
        if (!number(value))
            return false;
        into = value;
        return true;
    }
    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    QByteArrayView m_bytes;
    qsizetype m_at = 0;
};

} // namespace

void DumpRecordCodec::append(const DumpRecord &record, QByteArray &out)
{
    const quint8 flags = (record.created ? hasCreated : 0) | (record.score ? hasScore : 0)
                         | (record.commentCount ? hasCommentCount : 0) | (record.edited ? hasEdited : 0)
                         | (record.wasEdited ? wasEdited : 0) | (record.stickied ? stickied : 0)
                         | (record.isComment() ? 0 : isSubmission);
    out.append(char(flags));
    for (const QString *text : {&record.id, &record.threadId, &record.parentId, &record.author, &record.markdown,
                                &record.title, &record.linkUrl, &record.permalink, &record.subreddit,
                                &record.distinguished})
        appendText(out, *text);
    for (const std::optional<qint64> *number : {&record.created, &record.score, &record.commentCount, &record.edited})
        if (*number)
            appendNumber(out, **number);
}

bool DumpRecordCodec::read(QByteArrayView bytes, DumpRecord &record)
{
    Reader in(bytes);
    quint8 flags = 0;
    if (!in.number(flags))
        return false;
    record.kind = (flags & isSubmission) ? DumpRecord::Kind::Submission : DumpRecord::Kind::Comment;
    record.wasEdited = flags & wasEdited;
    record.stickied = flags & stickied;
    for (QString *text : {&record.id, &record.threadId, &record.parentId, &record.author, &record.markdown,
                          &record.title, &record.linkUrl, &record.permalink, &record.subreddit, &record.distinguished})
        if (!in.text(*text))
            return false;
    return in.optional(flags & hasCreated, record.created) && in.optional(flags & hasScore, record.score)
           && in.optional(flags & hasCommentCount, record.commentCount)
           && in.optional(flags & hasEdited, record.edited) && in.atEnd();
}

} // namespace Scholia
