#include "mailmessage.h"

#include "gobjectptr.h"
#include "import/timeparser.h"
#include "mailbodyreader.h"

namespace Scholia {

namespace {

QString header(GMimeMessage *message, const char *name)
{
    return QString::fromUtf8(g_mime_object_get_header(GMIME_OBJECT(message), name)).trimmed();
}

QStringList messageIdsIn(const QString &text)
{
    QStringList ids;
    if (text.isEmpty())
        return ids;
    const QByteArray utf8 = text.toUtf8();
    GMimeReferences *references = g_mime_references_parse(nullptr, utf8.constData());
    if (!references)
        return ids;
    for (int i = 0; i < g_mime_references_length(references); ++i)
        ids << QString::fromUtf8(g_mime_references_get_message_id(references, i));
    g_mime_references_free(references);
    return ids;
}

QStringList referencesOf(GMimeMessage *message)
{
    QStringList references = messageIdsIn(header(message, "References"));
    // In-Reply-To names the direct parent; some clients send it without References,
    // others write a References list that stops short of it.
    const QStringList inReplyTo = messageIdsIn(header(message, "In-Reply-To"));
    if (!inReplyTo.isEmpty() && !references.contains(inReplyTo.front()))
        references << inReplyTo.front();
    return references;
}

QString mailboxAddress(InternetAddress *address)
{
    return INTERNET_ADDRESS_IS_MAILBOX(address)
               ? QString::fromUtf8(
                     internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))
               : QString();
}

QString authorOf(GMimeMessage *message)
{
    InternetAddressList *from = g_mime_message_get_from(message);
    if (!from || internet_address_list_length(from) == 0)
        return {};
    InternetAddress *address = internet_address_list_get_address(from, 0);
    const QString name = QString::fromUtf8(internet_address_get_name(address)).trimmed();
    return name.isEmpty() ? mailboxAddress(address) : name;
}

QDateTime dateOf(GMimeMessage *message)
{
    const QDateTime parsed = TimeParser::fromRfc2822(header(message, "Date"));
    if (parsed.isValid())
        return parsed;
    // GMime reads the many Date forms real mailers wrote that RFC 2822 does not allow.
    GDateTime *date = g_mime_message_get_date(message);
    return date ? QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC) : QDateTime();
}

// "Name <list.example.org>" or "<mailto:list@example.org>" → what is inside the brackets.
QString bracketed(const QString &value)
{
    const qsizetype open = value.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = value.indexOf(QLatin1Char('>'), open + 1);
    QString inside = open >= 0 && close > open ? value.mid(open + 1, close - open - 1) : value;
    if (inside.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        inside = inside.mid(7);
    const qsizetype query = inside.indexOf(QLatin1Char('?'));
    return (query >= 0 ? inside.left(query) : inside).trimmed();
}

// List-Post is the list's address itself, the most recognisable name for the "site".
QString listAddressOf(GMimeMessage *message)
{
    for (const char *name : {"List-Post", "List-Id"}) {
        const QString value = bracketed(header(message, name));
        if (!value.isEmpty() && value.compare(QLatin1String("NO"), Qt::CaseInsensitive) != 0)
            return value;
    }
    InternetAddressList *to = g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_TO);
    if (!to || internet_address_list_length(to) == 0)
        return {};
    return mailboxAddress(internet_address_list_get_address(to, 0));
}

QByteArray allHeaders(GMimeMessage *message)
{
    const GCharPtr headers{g_mime_object_get_headers(GMIME_OBJECT(message), nullptr)};
    return QByteArray(headers ? headers.get() : "");
}

} // namespace

MailMessage MailMessage::read(_GMimeMessage *message)
{
    MailMessage mail;
    mail.messageId = QString::fromUtf8(g_mime_message_get_message_id(message)).trimmed();
    mail.references = referencesOf(message);
    mail.subject = QString::fromUtf8(g_mime_message_get_subject(message)).simplified();
    mail.author = authorOf(message);
    mail.date = dateOf(message);
    mail.listAddress = listAddressOf(message);
    const QString archivedAt =
        HtmlSanitizer::safeLinkTarget(bracketed(header(message, "Archived-At")));
    if (!archivedAt.isEmpty())
        mail.archivedAt = QUrl(archivedAt);
    mail.body = MailBodyReader::read(message, mail.warnings);
    mail.fingerprint = allHeaders(message) + mail.body.text.toUtf8();
    return mail;
}

} // namespace Scholia
