// Scholia thread view: the index of comments every other part works on, built on the
// reader's first key or click (or C++'s first call, or a big page's start, once its
// first frame is shown).
//
// The comments are one flat sequence of <article class="comment" data-depth="N">; a
// subtree is the run of deeper comments after one. A big thread's page builds only its
// first comments; the rest wait, with a small model of them (#later-model: ids, depths,
// text lengths, which have replies, which are collapsed), either in inert JSON data
// blocks (script.later-chunk, written by DeferredCommentsWriter) or, in the app's own
// view, with Scholia's scheme handler, which serves chunk k at the model's url + k
// (the page then holds only empty boxes for them: ThreadHtmlRenderer). chunks.js keeps only a window of
// chunks built, so the index is the model of every comment: collapse state, navigation,
// reading state and the saved state never depend on what happens to be built.
'use strict';

(function (index) {
    Object.assign(index, {
        // Elements of the built comments by position, undefined where not built; null
        // until first use. Its length is the number of comments, built or not.
        comments: null,
        ids: null, // every comment's id, built or not
        depths: null,
        toggles: null, // 1: the comment has replies
        placeholders: null, // 1: a "more replies not saved" placeholder
        collapsed: null, // 1: collapsed, built or not (the one place this state lives)
        lengths: null, // each comment's text length, for the placeholders' estimated heights
        ofElement: null, // element -> index
        chunkStarts: null, // chunk k holds comments [chunkStarts[k], chunkStarts[k + 1])
        // Chunk k while it is not built: its data block (parsed when first built, so that
        // opening costs no parse of tens of MB), the number k when the scheme handler
        // serves it, or, once taken down with changes the handler does not know, its
        // HTML; else null.
        chunkData: [],
        chunksUrl: '', // where chunk k is served (followed by k); empty: data blocks
        chunkBoxes: [], // chunk k's box, built or placeholder
        firstLater: 0, // index of the first comment the page did not build
        chunkSize: 1, // comments per chunk after the first
        savedFocus: '', // the saved focus's id (the page may not have built it)
        focused: -1, // index of the focused comment
    });
    let indexById = null; // id -> index, on first use

    function laterModel() {
        const block = document.getElementById('later-model');
        if (!block)
            return {ids: [], depths: [], lengths: [], toggles: '', collapsed: '', focused: ''};
        const model = JSON.parse(block.textContent);
        block.remove(); // read once: nothing kept twice
        return model;
    }

    function ensure() {
        if (index.comments)
            return;
        const firstBox = document.querySelector('main.comments > .chunk');
        const built = Array.from(document.querySelectorAll(
            firstBox ? 'main.comments > .chunk > article.comment' : 'main.comments > article.comment'));
        const later = laterModel();
        const total = built.length + later.ids.length;
        const comments = index.comments = new Array(total);
        const ids = index.ids = new Array(total);
        const depths = index.depths = new Int32Array(total);
        const toggles = index.toggles = new Uint8Array(total);
        const placeholders = index.placeholders = new Uint8Array(total);
        const collapsed = index.collapsed = new Uint8Array(total);
        const lengths = index.lengths = new Int32Array(total);
        const ofElement = index.ofElement = new Map();
        for (let i = 0; i < built.length; ++i) {
            const article = built[i];
            comments[i] = article;
            ids[i] = article.dataset.id;
            depths[i] = parseInt(article.dataset.depth, 10) || 0;
            toggles[i] = article.querySelector(':scope > header > .toggle') !== null ? 1 : 0;
            placeholders[i] = article.classList.contains('more') ? 1 : 0;
            collapsed[i] = toggles[i] && article.classList.contains('collapsed') ? 1 : 0;
            const body = article.querySelector(':scope > .body');
            lengths[i] = body ? body.textContent.length : 0;
            ofElement.set(article, i);
            if (article.classList.contains('focused'))
                index.focused = i;
        }
        const at = built.length;
        for (let j = 0; j < later.ids.length; ++j) {
            ids[at + j] = String(later.ids[j]);
            depths[at + j] = later.depths[j] | 0;
            lengths[at + j] = later.lengths ? later.lengths[j] | 0 : 0;
            const kind = later.toggles.charCodeAt(j);
            toggles[at + j] = kind === 49 ? 1 : 0; // '1'
            placeholders[at + j] = kind === 50 ? 1 : 0; // '2'
            collapsed[at + j] = later.collapsed.charCodeAt(j) === 49 ? 1 : 0;
        }
        index.firstLater = at;
        index.chunkSize = Math.max(1, later.chunk | 0);
        index.savedFocus = later.focused || '';
        index.chunksUrl = later.url || '';
        // Chunk 0 is the page's own comments; each data block, or each empty box the
        // page came with, is one more.
        const laterChunks = index.chunksUrl
            ? Array.from(document.querySelectorAll('main.comments > .chunk.unbuilt'))
            : Array.from(document.querySelectorAll('script.later-chunk'));
        const starts = index.chunkStarts = new Int32Array(laterChunks.length + 2);
        starts[0] = 0;
        for (let k = 1; k <= laterChunks.length + 1; ++k)
            starts[k] = Math.min(total, at + (k - 1) * index.chunkSize);
        index.chunkData = [null];
        index.chunkBoxes = [firstBox];
        laterChunks.forEach((element, j) => {
            index.chunkData.push(index.chunksUrl ? j + 1 : element);
            index.chunkBoxes.push(index.chunksUrl ? element : null); // else chunks.js makes them
        });
    }

    // Chunk k's HTML from the scheme handler. Synchronous, as the callers (a key, a jump,
    // find) need the comments at once: it is Scholia's own process answering from its
    // library, a few milliseconds for a chunk. Nothing on failure: the handler refuses a
    // chunk once the thread has been saved again since the page (its URL names the save
    // the page was served from), and the page reloads itself with the thread as it is.
    function fetchChunk(k) {
        return fetchServed(index.chunksUrl + k);
    }

    // Find in Thread's matches over every comment, counted by the scheme handler from the
    // library (the page would otherwise hold every text: about 60 MB at 200 000 comments).
    // {comments, counts, total} in the page's order; null when the page was refused (it
    // reloads). `needle` is lowercased.
    function fetchFindMatches(needle) {
        const body = fetchServed(index.chunksUrl.replace(/chunk\/$/, 'find') + '?q='
                                 + encodeURIComponent(needle));
        if (body === null)
            return null;
        const result = {comments: [], counts: [], total: 0};
        for (const line of body.split('\n')) {
            const space = line.indexOf(' ');
            if (space < 0)
                continue;
            const position = Number(line.slice(0, space));
            const count = Number(line.slice(space + 1));
            if (position >= 0 && position < index.ids.length && count > 0) {
                result.comments.push(position);
                result.counts.push(count);
                result.total += count;
            }
        }
        return result;
    }

    function fetchServed(url) {
        const request = new XMLHttpRequest();
        let ok = false;
        try {
            request.open('GET', url, false);
            request.send();
            ok = request.status === 200 || request.status === 0;
        } catch (e) {
            ok = false;
        }
        if (!ok) {
            reloadWithNewSave();
            return null;
        }
        return request.responseText;
    }

    let reloading = false;
    function reloadWithNewSave() {
        if (reloading)
            return;
        reloading = true;
        // The reader's place goes through the bridge first (it is written a moment after
        // each change otherwise): the reloaded page starts there, as any reload does.
        Scholia.bridge.saveNow();
        setTimeout(() => location.reload(), 100);
    }

    // The index of the comment with this id, built or not; -1 when there is none.
    function ofId(id) {
        ensure();
        if (!indexById) {
            indexById = new Map();
            for (let i = index.ids.length - 1; i >= 0; --i) // the first of equal ids wins
                indexById.set(index.ids[i], i);
        }
        const i = indexById.get(String(id));
        return i === undefined ? -1 : i;
    }

    function subtreeEnd(i) {
        const depths = index.depths;
        let end = i + 1;
        while (end < index.ids.length && depths[end] > depths[i])
            ++end;
        return end;
    }

    // The chunk holding comment i.
    function chunkOf(i) {
        if (i < index.firstLater || index.chunkStarts.length <= 2)
            return 0;
        return Math.min(index.chunkStarts.length - 2,
                        1 + Math.floor((i - index.firstLater) / index.chunkSize));
    }

    // The HTML of chunk k, not built.
    function chunkHtml(k) {
        const data = index.chunkData[k];
        if (typeof data === 'string')
            return data;
        return typeof data === 'number' ? fetchChunk(k) || '' : JSON.parse(data.textContent);
    }

    // Whether comment i is hidden by a collapsed ancestor, from the model alone.
    function isHiddenInModel(i) {
        return Scholia.collapse.collapsedAncestor(i) >= 0;
    }

    Object.assign(index, {
        ensure: ensure,
        ofId: ofId,
        subtreeEnd: subtreeEnd,
        chunkOf: chunkOf,
        chunkHtml: chunkHtml,
        fetchFindMatches: fetchFindMatches,
        chunkCount: () => index.chunkStarts.length - 1,
        isBuilt: (i) => index.comments[i] !== undefined,
        isCollapsed: (i) => index.collapsed[i] === 1,
        // Built comments by their class; the others from the model.
        isHidden: (i) => (index.comments[i] !== undefined
                          ? index.comments[i].classList.contains('hidden') : isHiddenInModel(i)),
        isPlaceholder: (i) => index.placeholders[i] === 1,
        hasReplies: (i) => index.toggles[i] === 1,
        // The built comments' positions in [from, to), in order.
        builtIn: function* (from = 0, to = index.ids.length) {
            const comments = index.comments;
            for (let k = chunkOf(from); k < index.chunkStarts.length - 1; ++k) {
                const start = index.chunkStarts[k];
                if (start >= to)
                    return;
                if (index.chunkData[k] !== null)
                    continue;
                const end = Math.min(to, index.chunkStarts[k + 1]);
                for (let i = Math.max(from, start); i < end; ++i) {
                    if (comments[i] !== undefined)
                        yield i;
                }
            }
        },
    });
})(window.Scholia.index);
