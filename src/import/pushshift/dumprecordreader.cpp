#include "dumprecordreader.h"

#include <string_view>

namespace Scholia {

namespace {

using Element = JsonDocument::Element;
using Json = JsonDocument;

Error wrongType(std::string_view key, Element value, const char *expected)
{
    return Error::of(QStringLiteral("\"%1\" is %2, not %3")
                         .arg(QLatin1StringView(key), Json::typeName(value), QLatin1StringView(expected)));
}

// The member as text: absent or null is empty, another type is an Error.
Result<QString> text(Element object, std::string_view key)
{
    const auto value = Json::member(object, key);
    if (!value || Json::isNull(*value))
        return QString();
    if (!Json::isString(*value))
        return wrongType(key, *value, "a string");
    return Json::string(object, key);
}

// Unix seconds, as a number or (old dumps) a string of digits; absent or null is none.
Result<std::optional<qint64>> seconds(Element object, std::string_view key)
{
    const auto value = Json::member(object, key);
    if (!value || Json::isNull(*value))
        return std::optional<qint64>();
    if (Json::isNumber(*value))
        return Json::integer(object, key);
    if (Json::isString(*value)) {
        bool ok = false;
        const qint64 number = Json::string(object, key).trimmed().toLongLong(&ok);
        if (ok)
            return std::optional<qint64>(number);
        return Error::of(QStringLiteral("\"%1\" is a string that is not a number of seconds")
                             .arg(QLatin1StringView(key)));
    }
    return wrongType(key, *value, "a number of seconds");
}

// "t3_abc" → "abc" when the prefix is `kind`; the id unchanged when it has no prefix.
QString withoutPrefix(const QString &fullname)
{
    return fullname.size() > 3 && fullname.at(2) == QLatin1Char('_') && fullname.startsWith(QLatin1Char('t'))
               ? fullname.mid(3)
               : fullname;
}

void readEdit(Element object, DumpRecord &record)
{
    const auto edited = Json::member(object, "edited");
    if (!edited)
        return;
    bool flag = false;
    if (Json::isNumber(*edited)) {
        record.wasEdited = true;
        record.edited = Json::integer(object, "edited");
    } else if (!edited->get_bool().get(flag)) {
        record.wasEdited = flag;
    }
}

// Collects the first type error of several text members, so that each is read in one line.
class TextFields
{
public:
    explicit TextFields(Element object) : m_object(object) {}
    void read(std::string_view key, QString &into)
    {
        if (m_error)
            return;
        auto value = text(m_object, key);
        if (value)
            into = std::move(value.value());
        else
            m_error = value.error();
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    Element m_object;
    std::optional<Error> m_error;
};

Result<void> readComment(Element object, DumpRecord &record)
{
    TextFields fields(object);
    QString linkId;
    QString parentId;
    fields.read("link_id", linkId);
    fields.read("parent_id", parentId);
    fields.read("body", record.markdown);
    if (fields.error())
        return *fields.error();
    if (!linkId.startsWith(QLatin1String("t3_")) || linkId.size() < 4)
        return Error::of(linkId.isEmpty() ? QStringLiteral("the comment has no \"link_id\"")
                                          : QStringLiteral("\"link_id\" is \"%1\", not a submission's "
                                                           "fullname (t3_…)")
                                                .arg(linkId.left(40)));
    record.threadId = linkId.mid(3);
    // A reply to the submission names it ("t3_…"), or in some old lines nothing at all.
    if (parentId.startsWith(QLatin1String("t1_")))
        record.parentId = parentId.mid(3);
    else if (!parentId.isEmpty() && !parentId.startsWith(QLatin1String("t3_")))
        record.parentId = withoutPrefix(parentId);
    return {};
}

Result<void> readSubmission(Element object, DumpRecord &record)
{
    TextFields fields(object);
    fields.read("title", record.title);
    fields.read("selftext", record.markdown);
    fields.read("url", record.linkUrl);
    if (fields.error())
        return *fields.error();
    record.threadId = record.id;
    record.commentCount = Json::integer(object, "num_comments");
    return {};
}

} // namespace

Result<DumpRecord> DumpRecordReader::read(const QByteArray &line)
{
    auto root = m_json.parseObject(line, QStringLiteral("a comment or submission object"));
    if (!root)
        return root.error();
    const Element object = *root;
    DumpRecord record;
    const auto id = Json::member(object, "id");
    if (!id || Json::isNull(*id))
        return Error::of(QStringLiteral("the object has no \"id\""));
    if (!Json::isString(*id))
        return wrongType("id", *id, "a string");
    record.id = withoutPrefix(Json::string(object, "id"));
    if (record.id.isEmpty())
        return Error::of(QStringLiteral("\"id\" is empty"));

    const bool comment = Json::member(object, "link_id").has_value();
    if (!comment && !Json::member(object, "title"))
        return Error::of(QStringLiteral("neither a comment (no \"link_id\") nor a submission (no \"title\")"));
    record.kind = comment ? DumpRecord::Kind::Comment : DumpRecord::Kind::Submission;
    if (auto kindFields = comment ? readComment(object, record) : readSubmission(object, record); !kindFields)
        return kindFields.error();

    TextFields fields(object);
    fields.read("author", record.author);
    fields.read("permalink", record.permalink);
    fields.read("subreddit", record.subreddit);
    fields.read("distinguished", record.distinguished);
    if (fields.error())
        return *fields.error();
    auto created = seconds(object, "created_utc");
    if (!created)
        return created.error();
    record.created = *created;
    record.score = Json::integer(object, "score");
    readEdit(object, record);
    if (const auto stickied = Json::member(object, "stickied"); stickied && stickied->is_bool())
        record.stickied = stickied->get_bool().value_unsafe();
    return record;
}

} // namespace Scholia
