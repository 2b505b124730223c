#include "mboxwriter.h"

#include "threadshape.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <utility>

namespace Scholia {

namespace {

const char *const weekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// English names spelled out: QDateTime's own formats may follow the locale.
QString rfc2822(qint64 seconds)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return QStringLiteral("%1, %2 %3 %4 %5 +0000")
        .arg(QLatin1String(weekdays[t.date().dayOfWeek() - 1]))
        .arg(t.date().day())
        .arg(QLatin1String(months[t.date().month() - 1]))
        .arg(t.date().year())
        .arg(t.time().toString(QStringLiteral("HH:mm:ss")));
}

// The mbox separator's date, as asctime() writes it.
QString asctime(qint64 seconds)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(QLatin1String(weekdays[t.date().dayOfWeek() - 1]),
             QLatin1String(months[t.date().month() - 1]))
        .arg(t.date().day(), 2)
        .arg(t.time().toString(QStringLiteral("HH:mm:ss")))
        .arg(t.date().year());
}

QString address(const QString &author)
{
    return author + QStringLiteral("@scholia-bench.example");
}

// Greedy wrap at 72 columns, each line starting with prefix ("> " in quotes).
void appendWrapped(QStringList &lines, const QString &text, const QString &prefix)
{
    QString line = prefix;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (line.size() > prefix.size() && line.size() + 1 + word.size() > 72) {
            lines << line;
            line = prefix;
        }
        if (line.size() > prefix.size())
            line += QLatin1Char(' ');
        line += word;
    }
    lines << line;
}

} // namespace

QString MboxWriter::plainText(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\(([^)\\s]+)\\)"));
    QStringList lines;
    for (const QString &block : markdown.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty())
            lines << QString();
        if (block.startsWith(QLatin1String("    "))) { // code: kept as it is
            lines << block.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            continue;
        }
        QString text = block;
        text.replace(link, QStringLiteral("\\1 <\\2>"));
        if (text.startsWith(QLatin1String("> "))) {
            appendWrapped(lines, text.mid(2), QStringLiteral("> "));
            continue;
        }
        // List items stay one per line; a paragraph is one long line until wrapped.
        for (const QString &item : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            appendWrapped(lines, item, QString());
    }
    // mboxrd: a body line that would read as a separator is quoted with '>'.
    static const QRegularExpression fromLine(QStringLiteral("^(>*From )"));
    for (QString &line : lines)
        line.replace(fromLine, QStringLiteral(">\\1"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString MboxWriter::messageId(int index) const
{
    return index < 0
               ? QStringLiteral("t%1.post@scholia-bench.example").arg(m_threadNumber)
               : QStringLiteral("t%1.c%2@scholia-bench.example").arg(m_threadNumber).arg(index);
}

QByteArray MboxWriter::write(int threadNumber, const std::vector<GeneratedComment> &comments)
{
    m_threadNumber = threadNumber;
    m_out.clear();
    m_out.reserve(qsizetype(comments.size()) * 1500 + 4096);
    m_subject = QStringLiteral("A generated thread of %1 messages: how do you read them all?")
                    .arg(comments.size() + 1);
    writeMessage(QStringLiteral("bench_op"), ThreadShape::postTime, messageId(-1), {});

    // A reply's References: the post, then every ancestor, its parent last. Built from the
    // parent's, since the shape adds a comment after the one it answers.
    std::vector<QStringList> references(comments.size());
    for (int i = 0; i < int(comments.size()); ++i) {
        const GeneratedComment &c = comments[size_t(i)];
        QStringList &refs = references[size_t(i)];
        refs = c.parent < 0 ? QStringList{messageId(-1)} : references[size_t(c.parent)];
        if (c.parent >= 0)
            refs << messageId(c.parent);
        writeMessage(c.author, c.created, messageId(i), refs);
    }
    return std::exchange(m_out, {});
}

void MboxWriter::writeMessage(const QString &author, qint64 created, const QString &id,
                              const QStringList &references)
{
    const QString body = plainText(m_bodies.write().markdown);
    QString headers =
        QStringLiteral("From %1 %2\n").arg(address(author), asctime(created)) +
        QStringLiteral("From: %1 <%2>\n").arg(author, address(author)) +
        QStringLiteral("To: Bench discussion <bench@lists.scholia-bench.example>\n") +
        QStringLiteral("List-Id: Bench discussion <bench.lists.scholia-bench.example>\n") +
        QStringLiteral("Subject: %1%2\n")
            .arg(references.isEmpty() ? QString() : QStringLiteral("Re: "), m_subject) +
        QStringLiteral("Date: %1\n").arg(rfc2822(created)) +
        QStringLiteral("Message-ID: <%1>\n").arg(id);
    if (!references.isEmpty()) {
        headers += QStringLiteral("In-Reply-To: <%1>\n").arg(references.back());
        // Folded one id per line, as mail clients do.
        headers +=
            QStringLiteral("References: <%1>\n").arg(references.join(QStringLiteral(">\n <")));
    }
    headers += QStringLiteral("MIME-Version: 1.0\n"
                              "Content-Type: text/plain; charset=UTF-8\n"
                              "Content-Transfer-Encoding: 8bit\n\n");
    m_out += headers.toUtf8();
    m_out += body.toUtf8();
    m_out += '\n'; // the blank line before the next separator
}

} // namespace Scholia
