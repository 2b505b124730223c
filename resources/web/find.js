// Scholia thread view: what Find in Thread (FindBar) and search results (ThreadView::
// revealComment) need from the page: opening what hides the matches, building the
// chunks that hold them, and marking a search's terms in the comment it opens.
'use strict';

(function (Scholia) {
    const index = Scholia.index;
    const chunks = Scholia.chunks;
    const collapse = Scholia.collapse;

    // Search hits are wrapped in their own marks, never mixed with highlight marks:
    // wrapping splits text nodes but leaves the text (and so every offset) unchanged.
    function clearSearchMarks() {
        for (const mark of document.querySelectorAll('mark.search-hit')) {
            const parent = mark.parentNode;
            parent.replaceChild(document.createTextNode(mark.textContent), mark);
            parent.normalize();
        }
    }

    function escapeRegExp(text) {
        return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }

    // Marks where a term starts a word, as the full-text index matched it.
    function markTerms(body, terms) {
        const wanted = terms.filter((t) => t.trim().length > 0).map((t) => escapeRegExp(t.trim()));
        if (!body || wanted.length === 0)
            return [];
        const pattern = new RegExp('(?<![\\p{L}\\p{N}])(?:' + wanted.join('|') + ')', 'giu');
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
                mark.className = 'search-hit';
                hit.parentNode.replaceChild(mark, hit);
                mark.appendChild(hit);
                marks.push(mark);
            }
        }
        return marks;
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

    // Whether a chunk not built yet holds the text, read from an inert template.
    function chunkHasText(block, needle) {
        const template = document.createElement('template');
        template.innerHTML = JSON.parse(block.textContent);
        for (const body of template.content.querySelectorAll(':scope > article.comment > .body')) {
            if (body.textContent.toLocaleLowerCase().includes(needle))
                return true;
        }
        return false;
    }

    // Find in thread: the browser's own find sees neither collapsed subtrees nor
    // comments not built yet, so the chunks up to the last one holding the text are
    // built and the collapsed subtrees holding it opened. Returns how many comments match.
    function expandMatches(text) {
        index.ensure();
        const needle = text.toLocaleLowerCase();
        if (needle.length === 0)
            return 0;
        for (let c = index.chunks.length - 1; c >= index.nextChunk; --c) {
            if (chunkHasText(index.chunks[c], needle)) {
                chunks.buildThroughChunk(c);
                break;
            }
        }
        const comments = index.comments;
        const hits = [];
        for (let i = 0; i < comments.length; ++i) {
            const body = comments[i].querySelector(':scope > .body');
            if (!body || !body.textContent.toLocaleLowerCase().includes(needle))
                continue;
            hits.push(i);
            while (index.isHidden(i)) {
                const ancestor = collapse.visibleAncestor(i);
                if (!index.isCollapsed(ancestor))
                    break; // hidden by something other than a collapse
                collapse.setCollapsed(ancestor, false);
            }
        }
        Scholia.threadMap.reportFindHits(hits);
        return hits.length;
    }

    Object.assign(Scholia, {
        revealComment: revealComment,
        clearSearchMarks: clearSearchMarks,
        expandMatches: expandMatches,
    });
})(window.Scholia);
