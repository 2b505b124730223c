#pragma once

#include <QByteArray>
#include <QString>

namespace Scholia {

// Appends one JSON object the way Reddit writes it: `{"key": value, …}` with ", " and
// ": " between, non-ASCII as \u escapes (surrogate pairs for emoji), as Python's
// json.dumps does by default.
class JsonObjectWriter
{
public:
    explicit JsonObjectWriter(QByteArray &out) : m_out(out) { m_out += '{'; }

    JsonObjectWriter &string(const char *name, const QString &value)
    {
        key(name);
        appendString(value);
        return *this;
    }
    JsonObjectWriter &raw(const char *name, const QByteArray &json)
    {
        key(name);
        m_out += json;
        return *this;
    }
    JsonObjectWriter &number(const char *name, qint64 value)
    {
        return raw(name, QByteArray::number(value));
    }
    // Reddit's timestamps are floats: 1700000000.0.
    JsonObjectWriter &time(const char *name, qint64 seconds)
    {
        return raw(name, QByteArray::number(seconds) + ".0");
    }
    JsonObjectWriter &boolean(const char *name, bool value)
    {
        return raw(name, value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    }
    JsonObjectWriter &null(const char *name) { return raw(name, QByteArrayLiteral("null")); }
    // Starts a member whose value the caller appends itself (then closes the object too).
    void key(const char *name)
    {
        if (!m_empty)
            m_out += ", ";
        m_empty = false;
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    void close() { m_out += '}'; }

private:
    void appendString(const QString &value)
    {
        static const char hex[] = "0123456789abcdef";
        m_out += '"';
        for (const QChar c : value) {
            const char16_t u = c.unicode();
            if (u == u'"' || u == u'\\') {
                m_out += '\\';
                m_out += char(u);
            } else if (u == u'\n') {
                m_out += "\\n";
            } else if (u >= 0x20 && u < 0x7f) {
                m_out += char(u);
            } else {
                m_out += "\\u";
                for (int shift = 12; shift >= 0; shift -= 4)
                    m_out += hex[(u >> shift) & 0xf];
            }
        }
        m_out += '"';
    }

    QByteArray &m_out;
    bool m_empty = true;
};

} // namespace Scholia
