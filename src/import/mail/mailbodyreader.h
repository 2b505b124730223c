#pragma once

#include "html/htmlsanitizer.h"

#include <QStringList>

struct _GMimeMessage;

namespace Scholia {

// The readable body of one mail message: the first text/plain part that is not an
// attachment (multipart/alternative: plain text preferred), else the first text/html
// part, sanitized. Transfer encodings and charsets are undone by GMime.
class MailBodyReader
{
public:
    static SanitizedHtml read(_GMimeMessage *message, QStringList &warnings);
};

} // namespace Scholia
