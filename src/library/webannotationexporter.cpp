#include "webannotationexporter.h"

#include "core/highlightpalette.h"
#include "core/threaddocument.h"
#include "store/annotationlinkstore.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/threadnotesstore.h"
#include "store/threadstore.h"
#include "webannotationnames.h"

#include <QJsonDocument>
#include <QUuid>

namespace Scholia {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString httpUrl(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyEncoded);
    return text.startsWith(QLatin1String("https://")) || text.startsWith(QLatin1String("http://"))
               ? text
               : QString();
}

QJsonObject textualBody(const QString &value, const QString &purpose,
                        const QString &format = QStringLiteral("text/plain"))
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("value"), value},
            {QStringLiteral("format"), format},
            {QStringLiteral("purpose"), purpose}};
}

} // namespace

WebAnnotationExporter::WebAnnotationExporter(Library &library) : m_library(library)
{
}

QJsonObject WebAnnotationExporter::annotationItem(const ThreadDocument &thread,
                                                  const Annotation &a) const
{
    const Comment *comment = thread.findComment(a.commentSourceId);
    // The comment's own address names it for anyone; the scope names it for a library,
    // which finds the thread by site and id even where the address is unknown or the
    // comment is gone.
    const QString urn =
        WebAnnotationNames::commentUrn(thread.sourceKind, thread.sourceId, a.commentSourceId);
    const QString url = comment ? httpUrl(comment->url) : QString();
    QJsonObject target{
        {QStringLiteral("type"), QStringLiteral("SpecificResource")},
        {QStringLiteral("source"), url.isEmpty() ? urn : url},
        {QStringLiteral("scope"), urn},
        {QStringLiteral("styleClass"), WebAnnotationNames::colorClass(a.color)},
    };
    if (a.position)
        target.insert(
            QStringLiteral("selector"),
            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                   {QStringLiteral("exact"), a.quote.exact},
                                   {QStringLiteral("prefix"), a.quote.prefix},
                                   {QStringLiteral("suffix"), a.quote.suffix}},
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                   {QStringLiteral("start"), qint64(a.position->start)},
                                   {QStringLiteral("end"), qint64(a.position->end)}}});
    QJsonArray bodies;
    if (!a.note.isEmpty())
        bodies.append(textualBody(a.note, QStringLiteral("commenting")));
    for (const QString &tag : a.tags)
        bodies.append(textualBody(tag, QStringLiteral("tagging")));
    const QString motivation = !a.note.isEmpty()   ? QStringLiteral("commenting")
                               : !a.tags.isEmpty() ? QStringLiteral("tagging")
                                                   : QStringLiteral("highlighting");
    QJsonObject item{
        {QStringLiteral("id"), WebAnnotationNames::uuidUrn(a.uuid)},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"), motivation},
        {QStringLiteral("created"), isoTime(a.created)},
        {QStringLiteral("modified"), isoTime(a.updated)},
        {QStringLiteral("target"), target},
        {QStringLiteral("stylesheet"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("CssStylesheet")},
                     {QStringLiteral("value"), QStringLiteral(".%1 { background-color: %2; }")
                                                   .arg(WebAnnotationNames::colorClass(a.color),
                                                        HighlightPalette::hex(a.color))}}},
    };
    if (!bodies.isEmpty())
        item.insert(QStringLiteral("body"), bodies);
    return item;
}

QJsonObject WebAnnotationExporter::notesItem(const ThreadDocument &thread, const QString &markdown,
                                             const QDateTime &updated) const
{
    const QString urn = WebAnnotationNames::threadUrn(thread.sourceKind, thread.sourceId);
    const QString url = httpUrl(thread.url);
    // Notes have no uuid of their own: one made from the thread's name is the same in
    // every library.
    static const QUuid notesNamespace = QUuid::fromString(u"4f3c7c2e-7a5e-4c1e-9d3b-5c1f0e6a9b21");
    QJsonObject item{
        {QStringLiteral("id"),
         WebAnnotationNames::uuidUrn(QUuid::createUuidV5(notesNamespace, urn))},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"), QStringLiteral("commenting")},
        {QStringLiteral("body"),
         textualBody(markdown, QStringLiteral("commenting"), QStringLiteral("text/markdown"))},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("source"), url.isEmpty() ? urn : url},
                     {QStringLiteral("scope"), urn}}},
    };
    if (updated.isValid())
        item.insert(QStringLiteral("modified"), isoTime(updated));
    return item;
}

Result<QJsonObject> WebAnnotationExporter::linkItem(const AnnotationLink &link) const
{
    const auto from = m_library.annotations().annotation(link.from);
    if (!from)
        return from.error();
    const auto to = m_library.annotations().annotation(link.to);
    if (!to)
        return to.error();
    QJsonArray bodies{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("SpecificResource")},
                    {QStringLiteral("source"), WebAnnotationNames::uuidUrn(to->uuid)},
                    {QStringLiteral("purpose"), QStringLiteral("linking")}},
        textualBody(AnnotationLinkTypes::key(link.type), QStringLiteral("classifying")),
    };
    if (!link.note.isEmpty())
        bodies.append(textualBody(link.note, QStringLiteral("commenting")));
    return QJsonObject{
        {QStringLiteral("id"), WebAnnotationNames::uuidUrn(link.uuid)},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"), QStringLiteral("linking")},
        {QStringLiteral("created"), isoTime(link.created)},
        {QStringLiteral("modified"), isoTime(link.updated)},
        {QStringLiteral("target"), WebAnnotationNames::uuidUrn(from->uuid)},
        {QStringLiteral("body"), bodies},
    };
}

Result<void> WebAnnotationExporter::addThread(qint64 threadId)
{
    const auto thread = m_library.threads().loadThread(threadId);
    if (!thread)
        return thread.error();
    m_title = thread->title;
    const auto annotations = m_library.annotations().listForThread(threadId);
    if (!annotations)
        return annotations.error();
    for (const Annotation &a : *annotations)
        m_items.append(annotationItem(*thread, a));
    m_counts.annotations += int(annotations->size());
    const auto notes = m_library.notes().load(threadId);
    const auto updated = m_library.notes().updated(threadId);
    if (!notes || !updated)
        return notes ? updated.error() : notes.error();
    if (!notes->trimmed().isEmpty()) {
        m_items.append(notesItem(*thread, *notes, *updated));
        ++m_counts.threadNotes;
    }
    const auto links = m_library.links().linksForThread(threadId);
    if (!links)
        return links.error();
    for (const AnnotationLink &link : *links) {
        if (!m_linkIds.contains(link.id)) {
            m_linkIds.insert(link.id);
            m_links.push_back(link);
        }
    }
    return {};
}

QByteArray WebAnnotationExporter::collection(const QString &label) const
{
    const QDateTime generated =
        m_generatedAt.isValid() ? m_generatedAt : QDateTime::currentDateTimeUtc();
    const QJsonObject page{
        {QStringLiteral("id"), WebAnnotationNames::uuidUrn(QUuid::createUuid())},
        {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
        {QStringLiteral("startIndex"), 0},
        {QStringLiteral("items"), m_items},
    };
    const QJsonObject root{
        {QStringLiteral("@context"), QLatin1String(context)},
        {QStringLiteral("id"), WebAnnotationNames::uuidUrn(QUuid::createUuid())},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), label},
        {QStringLiteral("total"), m_items.size()},
        {QStringLiteral("generated"), isoTime(generated)},
        {QStringLiteral("generator"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Software")},
                     {QStringLiteral("name"), QStringLiteral("Scholia")}}},
        {QStringLiteral("first"), page},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void WebAnnotationExporter::reset()
{
    m_items = {};
    m_links.clear();
    m_linkIds.clear();
    m_counts = {};
    m_title.clear();
}

Result<QByteArray> WebAnnotationExporter::finish(const QString &label)
{
    // Links after the annotations they join, so that a reader can resolve them in order.
    for (const AnnotationLink &link : m_links) {
        auto item = linkItem(link);
        if (!item)
            return item.error();
        m_items.append(*item);
    }
    m_counts.links = int(m_links.size());
    return collection(label);
}

Result<QByteArray> WebAnnotationExporter::exportThread(qint64 threadId)
{
    reset();
    if (const auto added = addThread(threadId); !added)
        return added.error();
    return finish(tr("Scholia annotations: %1").arg(m_title));
}

Result<QByteArray> WebAnnotationExporter::exportLibrary()
{
    reset();
    const auto threads = m_library.threads().listThreads();
    if (!threads)
        return threads.error();
    for (const ThreadSummary &summary : *threads) {
        if (const auto added = addThread(summary.id); !added)
            return added.error();
    }
    return finish(tr("Scholia annotations: the whole library"));
}

} // namespace Scholia
