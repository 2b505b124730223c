#include "dumprecord.h"

namespace Scholia {

namespace {

void writeOptional(QDataStream &out, const std::optional<qint64> &value)
{
    out << value.has_value() << value.value_or(0);
}

void readOptional(QDataStream &in, std::optional<qint64> &value)
{
    bool has = false;
    qint64 number = 0;
    in >> has >> number;
    value = has ? std::optional<qint64>(number) : std::nullopt;
}

} // namespace

QDataStream &operator<<(QDataStream &out, const DumpRecord &record)
{
    out << quint8(record.kind) << record.id << record.threadId << record.parentId << record.author
        << record.markdown << record.title << record.linkUrl << record.permalink << record.subreddit;
    writeOptional(out, record.created);
    writeOptional(out, record.score);
    writeOptional(out, record.commentCount);
    out << record.wasEdited;
    writeOptional(out, record.edited);
    out << record.stickied << record.distinguished;
    return out;
}

QDataStream &operator>>(QDataStream &in, DumpRecord &record)
{
    quint8 kind = 0;
    in >> kind >> record.id >> record.threadId >> record.parentId >> record.author >> record.markdown
        >> record.title >> record.linkUrl >> record.permalink >> record.subreddit;
    record.kind = kind == quint8(DumpRecord::Kind::Submission) ? DumpRecord::Kind::Submission
                                                                : DumpRecord::Kind::Comment;
    readOptional(in, record.created);
    readOptional(in, record.score);
    readOptional(in, record.commentCount);
    in >> record.wasEdited;
    readOptional(in, record.edited);
    in >> record.stickied >> record.distinguished;
    return in;
}

} // namespace Scholia
