#include "webannotationimporter.h"

#include "core/annotationedit.h"
#include "core/highlightpalette.h"
#include "core/reanchorer.h"
#include "core/tagname.h"
#include "store/annotationlinkstore.h"
#include "store/annotationstore.h"
#include "store/library.h"
#include "store/librarytransaction.h"
#include "store/threadnotesstore.h"
#include "store/threadstore.h"
#include "webannotationnames.h"
#include "webannotationreader.h"

#include <QFile>
#include <QFileInfo>

namespace Scholia {

WebAnnotationImporter::WebAnnotationImporter(Library &library) : m_library(library)
{
}

Result<WebAnnotationImportReport> WebAnnotationImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(tr("cannot read it: %1").arg(file.errorString())).inFile(path);
    return importData(file.readAll(), path);
}

Result<WebAnnotationImportReport> WebAnnotationImporter::importData(const QByteArray &json,
                                                                    const QString &name)
{
    const auto items = WebAnnotationReader::read(json, name);
    if (!items)
        return items.error();
    m_threads.clear();
    WebAnnotationImportReport report;
    report.file = name;
    auto transaction = m_library.transaction();
    if (!transaction)
        return transaction.error();
    // Annotations first, then the links that join them.
    for (const WebAnnotationItem &item : *items) {
        if (item.isLink())
            continue;
        if (auto done = importAnnotation(item, report); !done)
            return Error(done.error()).inFile(name);
    }
    for (const WebAnnotationItem &item : *items) {
        if (!item.isLink())
            continue;
        if (auto done = importLink(item, report); !done)
            return Error(done.error()).inFile(name);
    }
    if (auto committed = (*transaction)->commit(); !committed)
        return Error(committed.error()).inFile(name);
    return report;
}

Result<WebAnnotationImporter::Thread *> WebAnnotationImporter::thread(const QString &sourceKind,
                                                                      const QString &sourceId)
{
    const QString key = sourceKind + QLatin1Char('\n') + sourceId;
    if (const auto known = m_threads.find(key); known != m_threads.end())
        return known->second.get();
    const auto id = m_library.threads().findThread(sourceKind, sourceId);
    if (!id)
        return id.error();
    std::unique_ptr<Thread> &loaded = m_threads[key];
    if (!*id)
        return nullptr;
    auto document = m_library.threads().loadThread(**id);
    if (!document)
        return document.error();
    loaded = std::make_unique<Thread>();
    loaded->id = **id;
    loaded->document = std::move(document).value();
    for (const Comment &comment : loaded->document.comments) {
        if (comment.url.isValid())
            loaded->byUrl.insert(comment.url.toString(QUrl::FullyEncoded), &comment);
    }
    return loaded.get();
}

void WebAnnotationImporter::anchor(Annotation &a, const WebAnnotationItem &item,
                                   const Comment *comment, WebAnnotationImportReport &report)
{
    const bool passage = item.position || (item.quote && !item.quote->exact.isEmpty());
    if (passage) {
        a.position = item.position.value_or(TextPositionSelector{0, 0});
        a.quote = item.quote.value_or(TextQuoteSelector{});
    }
    if (!comment || comment->isPlaceholder() || !comment->inLatestSave) {
        a.anchorState = AnchorState::Orphaned;
        ++report.orphaned;
        return;
    }
    if (!passage) {
        a.anchorState = AnchorState::Anchored;
        ++report.anchored;
        return;
    }
    const QString &text = comment->bodyText;
    if (a.quote.exact.isEmpty() && a.position->end <= text.size()) // a position alone
        a.quote = TextQuoteSelector::fromText(text, a.position->start, a.position->end);
    const Reanchoring found = Reanchorer::reanchor(*a.position, a.quote, text);
    a.anchorState = found.state;
    if (found.state == AnchorState::Orphaned) {
        ++report.orphaned;
        return;
    }
    const bool moved = found.position != *a.position;
    a.position = found.position;
    a.quote = found.quote;
    if (found.state == AnchorState::Reanchored)
        ++report.flagged;
    else if (moved)
        ++report.moved;
    else
        ++report.anchored;
}

Result<void> WebAnnotationImporter::importAnnotation(const WebAnnotationItem &item,
                                                     WebAnnotationImportReport &report)
{
    // The scope (or a source that is an urn) names site, thread and comment.
    auto place = WebAnnotationNames::placeOf(item.scope);
    if (!place)
        place = WebAnnotationNames::placeOf(item.source);
    if (!place || item.uuid.isNull()) {
        ++report.skipped;
        return {};
    }
    const auto found = thread(place->sourceKind, place->threadSourceId);
    if (!found)
        return found.error();
    Thread *target = *found;
    if (!target) {
        ++report.skipped;
        ++report.missingThreads[place->sourceKind + QLatin1Char(' ') + place->threadSourceId];
        return {};
    }
    if (place->commentSourceId.isEmpty() &&
        (item.source == item.scope ||
         item.source == target->document.url.toString(QUrl::FullyEncoded)))
        return importNotes(item, target->id, report);

    const auto existing = m_library.annotations().annotationByUuid(item.uuid);
    if (!existing)
        return existing.error();
    const QString color = WebAnnotationNames::colorOfClass(item.styleClass);
    if (*existing) {
        if (!item.modified.isValid() || item.modified <= (*existing)->updated) {
            ++report.unchanged;
            return {};
        }
        AnnotationEdit edit{HighlightPalette::contains(color) ? std::optional(color) : std::nullopt,
                            item.note, item.tags, item.modified};
        const auto updated = m_library.annotations().update((*existing)->id, edit);
        if (!updated)
            return updated.error();
        ++report.updated;
        return {};
    }

    Annotation a;
    a.uuid = item.uuid;
    a.threadId = target->id;
    // The comment by its site id, or (a file that names only the thread) by its address.
    a.commentSourceId = place->commentSourceId;
    const Comment *c = a.commentSourceId.isEmpty()
                           ? target->byUrl.value(item.source)
                           : target->document.findComment(a.commentSourceId);
    if (c)
        a.commentSourceId = c->sourceId;
    if (a.commentSourceId.isEmpty()) { // nothing says which comment
        ++report.skipped;
        return {};
    }
    a.color = HighlightPalette::contains(color) ? color : QString();
    a.note = item.note;
    for (const QString &tag : item.tags)
        if (TagName::normalize(tag))
            a.tags << tag;
    a.created = item.created.isValid() ? item.created : QDateTime::currentDateTimeUtc();
    a.updated = item.modified.isValid() ? item.modified : a.created;
    anchor(a, item, c, report);
    const auto adopted = m_library.annotations().adopt(a);
    if (!adopted)
        return adopted.error();
    return {};
}

Result<void> WebAnnotationImporter::importNotes(const WebAnnotationItem &item, qint64 threadId,
                                                WebAnnotationImportReport &report)
{
    const auto current = m_library.notes().load(threadId);
    const auto updated = m_library.notes().updated(threadId);
    if (!current || !updated)
        return current ? updated.error() : current.error();
    const QString mine = current->trimmed();
    const QString theirs = item.note.trimmed();
    const bool newer = !updated->isValid() || !item.modified.isValid() || item.modified > *updated;
    QString merged;
    if (theirs.isEmpty() || mine.contains(theirs) || (!newer && !mine.isEmpty()))
        merged = *current; // nothing new, or older: what the library has stands
    else if (mine.isEmpty() || theirs.contains(mine))
        merged = item.note;
    else // both changed: keep the library's and add the file's after it
        merged = *current + QStringLiteral("\n\n---\n\n") + item.note;
    if (merged == *current) {
        ++report.notesUnchanged;
        return {};
    }
    if (auto saved = m_library.notes().save(threadId, merged); !saved)
        return saved.error();
    ++(mine.isEmpty() ? report.notesImported : report.notesUpdated);
    return {};
}

Result<void> WebAnnotationImporter::importLink(const WebAnnotationItem &item,
                                               WebAnnotationImportReport &report)
{
    const auto type = AnnotationLinkTypes::fromKey(item.linkType);
    if (item.uuid.isNull() || !type) {
        ++report.linksSkipped;
        return {};
    }
    const auto existing = m_library.links().linkByUuid(item.uuid);
    if (!existing)
        return existing.error();
    if (*existing) {
        if (!item.modified.isValid() || item.modified <= (*existing)->updated) {
            ++report.linksUnchanged;
            return {};
        }
        const auto changed = m_library.links().update(
            (*existing)->id, AnnotationLinkEdit{type, item.note, item.modified});
        if (!changed)
            return changed.error();
        ++report.linksUpdated;
        return {};
    }
    const auto from = m_library.annotations().annotationByUuid(item.linkFrom);
    const auto to = m_library.annotations().annotationByUuid(item.linkTo);
    if (!from || !to)
        return from ? to.error() : from.error();
    if (!*from || !*to) {
        ++report.linksSkipped;
        return {};
    }
    // The same two annotations linked the same way under another uuid: already there.
    const auto known = m_library.links().linksOf((*from)->id);
    if (!known)
        return known.error();
    for (const AnnotationLink &link : *known) {
        const bool sameEnds = (link.from == (*from)->id && link.to == (*to)->id) ||
                              (*type == AnnotationLinkType::SamePoint && link.to == (*from)->id &&
                               link.from == (*to)->id);
        if (sameEnds && link.type == *type) {
            ++report.linksUnchanged;
            return {};
        }
    }
    AnnotationLink draft;
    draft.uuid = item.uuid;
    draft.from = (*from)->id;
    draft.to = (*to)->id;
    draft.type = *type;
    draft.note = item.note;
    draft.created = item.created;
    draft.updated = item.modified.isValid() ? item.modified : item.created;
    if (const auto created = m_library.links().create(draft); !created)
        return created.error();
    ++report.linksImported;
    return {};
}

} // namespace Scholia
