#include "mailbodyreader.h"

#include "gobjectptr.h"
#include "mailtextrenderer.h"

#include <QStringDecoder>

namespace Scholia {

namespace {

struct Candidates
{
    GMimeObject *plain = nullptr;
    GMimeObject *html = nullptr;
};

void collectTextPart(GMimeObject * /*parent*/, GMimeObject *part, gpointer userData)
{
    auto *candidates = static_cast<Candidates *>(userData);
    if (!GMIME_IS_TEXT_PART(part) || g_mime_part_is_attachment(GMIME_PART(part)))
        return;
    GMimeContentType *type = g_mime_object_get_content_type(part);
    if (!candidates->plain && g_mime_content_type_is_type(type, "text", "plain"))
        candidates->plain = part;
    else if (!candidates->html && g_mime_content_type_is_type(type, "text", "html"))
        candidates->html = part;
}

// Unlabelled 8-bit text is most often UTF-8 today and Latin-1 in older archives.
QString fromUnlabelledBytes(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

// The part's content with transfer encoding undone, for when charset conversion failed.
QByteArray decodedBytes(GMimeObject *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(part));
    if (!content)
        return {};
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

QString textOf(GMimeObject *part, QStringList &warnings)
{
    // GMime converts from the declared charset to UTF-8; without one it passes bytes on.
    if (const GCharPtr text{g_mime_text_part_get_text(GMIME_TEXT_PART(part))})
        return fromUnlabelledBytes(QByteArray(text.get()));
    const char *charset = g_mime_text_part_get_charset(GMIME_TEXT_PART(part));
    warnings << QStringLiteral("could not convert a body from charset \"%1\"; read it as Latin-1")
                    .arg(QString::fromUtf8(charset ? charset : "unknown"));
    return QString::fromLatin1(decodedBytes(part));
}

MailTextRenderer::Format formatOf(GMimeObject *part)
{
    GMimeContentType *type = g_mime_object_get_content_type(part);
    const char *format = g_mime_content_type_get_parameter(type, "format");
    if (!format || g_ascii_strcasecmp(format, "flowed") != 0)
        return MailTextRenderer::Format::Fixed;
    const char *delSp = g_mime_content_type_get_parameter(type, "delsp");
    return delSp && g_ascii_strcasecmp(delSp, "yes") == 0 ? MailTextRenderer::Format::FlowedDelSp
                                                          : MailTextRenderer::Format::Flowed;
}

} // namespace

SanitizedHtml MailBodyReader::read(_GMimeMessage *message, QStringList &warnings)
{
    Candidates candidates;
    g_mime_message_foreach(message, collectTextPart, &candidates);
    if (candidates.plain)
        return MailTextRenderer::render(textOf(candidates.plain, warnings),
                                        formatOf(candidates.plain));
    if (candidates.html)
        return HtmlSanitizer::sanitize(textOf(candidates.html, warnings));
    warnings << QStringLiteral("the message has no text part to show");
    return {};
}

} // namespace Scholia
