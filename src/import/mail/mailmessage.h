#pragma once

#include "html/htmlsanitizer.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

struct _GMimeMessage;

namespace Scholia {

// What Scholia keeps of one message of an mbox, read out of GMime's parse.
struct MailMessage
{
    QString messageId;      // without angle brackets; empty when the message has none
    QStringList references; // References, then In-Reply-To when it adds a parent
    QString subject;        // encoded words decoded
    QString author;         // the From display name, else its address
    QDateTime date;         // UTC; invalid when missing or unreadable
    QString listAddress;    // List-Post address, else List-Id, else the first To address
    QUrl archivedAt;        // RFC 5064 Archived-At, when present
    SanitizedHtml body;
    QByteArray fingerprint; // headers and body, to make up a stable id when there is none
    QStringList warnings;

    static MailMessage read(_GMimeMessage *message);
};

} // namespace Scholia
