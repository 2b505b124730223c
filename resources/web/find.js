// Scholia thread view: what Find in Thread (FindBar) and search results (ThreadView::
// revealComment) need from the page: opening what hides the matches, building the
// chunk that holds them, and marking a search's terms in the comment it opens. On a
// windowed page (a big thread) Find is done here over every comment, built or not
// (findInThread): the browser's own find would see only the built window.
'use strict';

(function (Scholia) {
    const index = Scholia.index;
    const chunks = Scholia.chunks;
    const collapse = Scholia.collapse;

    // Search hits are wrapped in their own marks, never mixed with highlight marks:
    // wrapping splits text nodes but leaves the text (and so every offset) unchanged.
    function clearMarks(selector, root = document) {
        for (const mark of root.querySelectorAll(selector)) {
            const parent = mark.parentNode;
            parent.replaceChild(document.createTextNode(mark.textContent), mark);
            parent.normalize();
        }
    }

    const clearSearchMarks = () => clearMarks('mark.search-hit');

    function escapeRegExp(text) {
        return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }

    // Wraps every match of the pattern (flag g) in the body's text in a mark of the class;
    // the marks, in order.
    function wrapMatches(body, pattern, className) {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        const nodes = [];
        while (walker.nextNode())
            nodes.push(walker.currentNode);
        const marks = [];
        for (const node of nodes) {
            const matches = [...node.data.matchAll(pattern)].filter((m) => m[0].length > 0);
            let rest = node;
            let consumed = 0;
            for (const m of matches) {
                const hit = rest.splitText(m.index - consumed);
                rest = hit.splitText(m[0].length);
                consumed = m.index + m[0].length;
                const mark = document.createElement('mark');
                mark.className = className;
                hit.parentNode.replaceChild(mark, hit);
                mark.appendChild(hit);
                marks.push(mark);
            }
        }
        return marks;
    }

    // Marks where a term starts a word, as the full-text index matched it.
    function markTerms(body, terms) {
        const wanted = terms.filter((t) => t.trim().length > 0).map((t) => escapeRegExp(t.trim()));
        if (!body || wanted.length === 0)
            return [];
        const pattern = new RegExp('(?<![\\p{L}\\p{N}])(?:' + wanted.join('|') + ')', 'giu');
        return wrapMatches(body, pattern, 'search-hit');
    }

    // Opens the comment (expanding what hides it), scrolls to it and marks the terms.
    function revealComment(commentId, terms) {
        index.ensure();
        clearSearchMarks();
        if (!Scholia.focusComment(commentId))
            return false;
        const article = chunks.articleOf(commentId);
        const marks = markTerms(article && article.querySelector(':scope > .body'), terms || []);
        const target = marks.length > 0 ? marks[0] : article;
        target.scrollIntoView({block: 'center'});
        article.classList.remove('flash');
        void article.offsetWidth; // restart the animation
        article.classList.add('flash');
        setTimeout(() => article.classList.remove('flash'), 2600);
        return true;
    }

    // Find in thread on a page whose comments are all built: the browser's own find
    // sees no collapsed subtree, so those holding the text are opened. Returns how many
    // comments match.
    function expandMatches(text) {
        index.ensure();
        const needle = text.toLocaleLowerCase();
        if (needle.length === 0 || chunks.windowed())
            return 0;
        const comments = index.comments;
        const hits = [];
        for (let i = 0; i < comments.length; ++i) {
            const body = comments[i].querySelector(':scope > .body');
            if (!body || !body.textContent.toLocaleLowerCase().includes(needle))
                continue;
            hits.push(i);
            collapse.openAround(i);
        }
        Scholia.threadMap.reportFindHits(hits);
        return hits.length;
    }

    // --- Find over a windowed page ----------------------------------------------------

    let found = null; // {needle, comments: [index], counts: [matches in each], total, active}

    // The character references the sanitizer writes (and Chromium, serializing a chunk
    // taken down), read back; tags matched with their quoted attributes, which may hold '>'.
    const references = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'",
                        '&nbsp;': '\u00a0'};
    const tag = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
    const bodyStart = '<div class="body">';

    // Every comment body's text in chunk k, lowercase, in order. A chunk not built is read
    // from its HTML as text, without parsing it: each comment ends its <article> with its
    // body, and the body's HTML without its tags, references read back, is its
    // textContent. Nothing is kept: a 200 000-comment thread's text is tens of MB.
    function chunkTexts(k) {
        const texts = [];
        if (chunks.isBuilt(k)) {
            for (const article of index.chunkBoxes[k].querySelectorAll(':scope > article.comment')) {
                const body = article.querySelector(':scope > .body');
                texts.push(body ? body.textContent.toLocaleLowerCase() : '');
            }
            return texts;
        }
        const pieces = index.chunkHtml(k).split('</article>');
        const count = index.chunkStarts[k + 1] - index.chunkStarts[k];
        for (let j = 0; j < count; ++j) {
            const piece = pieces[j] || '';
            const at = piece.lastIndexOf(bodyStart);
            texts.push(at < 0 ? '' : piece.slice(at + bodyStart.length).replace(tag, '')
                .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (r) => references[r]).toLocaleLowerCase());
        }
        return texts;
    }

    function countIn(text, needle) {
        let count = 0;
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length))
            ++count;
        return count;
    }

    function search(needle) {
        const result = {needle: needle, comments: [], counts: [], total: 0, active: -1};
        // A page whose chunks the scheme handler serves asks it for the matches (hundreds
        // of chunk requests, or every text, would take seconds at 200 000 comments).
        if (index.chunksUrl) {
            const matches = index.fetchFindMatches(needle);
            if (matches)
                Object.assign(result, matches);
            return result;
        }
        for (let k = 0; k < index.chunkCount(); ++k) {
            const texts = chunkTexts(k);
            const from = index.chunkStarts[k];
            for (let j = 0; j < texts.length; ++j) {
                const count = countIn(texts[j], needle);
                if (count > 0) {
                    result.comments.push(from + j);
                    result.counts.push(count);
                    result.total += count;
                }
            }
        }
        return result;
    }

    // Marks the text in comment i's body; the n-th mark is the current one.
    function markFound(i, needle, n) {
        clearMarks('mark.find-hit');
        const article = chunks.ensureBuilt(i) ? index.comments[i] : null;
        const body = article && article.querySelector(':scope > .body');
        if (!body)
            return article;
        const marks = wrapMatches(body, new RegExp(escapeRegExp(needle), 'giu'), 'find-hit');
        const current = marks[Math.min(n, marks.length - 1)];
        if (current)
            current.classList.add('current');
        return current || article;
    }

    // Find in Thread on a windowed page: the next (or, backward, previous) match over
    // every comment, built or not; its chunk built, the subtrees hiding it opened, it
    // marked and scrolled to. {matches, active} (active from 1), or null on a page with
    // every comment built, where the browser's own find does it.
    function findInThread(text, backward) {
        index.ensure();
        if (!chunks.windowed())
            return null;
        const needle = text.toLocaleLowerCase();
        if (needle.length === 0) {
            clearFind();
            return {matches: 0, active: 0};
        }
        if (!found || found.needle !== needle) {
            found = search(needle);
            Scholia.threadMap.reportFindHits(found.comments);
        } else if (found.total > 0) {
            found.active = (found.active + (backward ? found.total - 1 : 1)) % found.total;
        }
        if (found.total === 0) {
            clearMarks('mark.find-hit');
            return {matches: 0, active: 0};
        }
        if (found.active < 0)
            found.active = backward ? found.total - 1 : 0;
        let n = found.active;
        let c = 0;
        while (n >= found.counts[c])
            n -= found.counts[c++];
        const i = found.comments[c];
        collapse.openAround(i);
        const target = markFound(i, needle, n);
        if (target)
            target.scrollIntoView({block: 'center'});
        return {matches: found.total, active: found.active + 1};
    }

    // The find bar closed: its marks and its matches go.
    function clearFind() {
        clearMarks('mark.find-hit');
        found = null;
    }

    Object.assign(Scholia, {
        revealComment: revealComment,
        clearSearchMarks: clearSearchMarks,
        expandMatches: expandMatches,
        findInThread: findInThread,
        clearFind: clearFind,
        // A chunk taken down keeps no find or search marks in its HTML.
        clearFindMarks: (root) => clearMarks('mark.find-hit, mark.search-hit', root),
    });
})(window.Scholia);
