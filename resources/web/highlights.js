// Scholia thread view: annotations drawn in the page, changed in place as C++ reports
// them (ThreadView): passages as <mark>s, whole comments as header badges; revealing
// one; and "only annotated", which keeps each annotated comment's ancestors as context.
// On load the page already has them (ThreadHtmlRenderer, HighlightInserter).
'use strict';

(function (Scholia) {
    const index = Scholia.index;
    const chunks = Scholia.chunks;
    let onlyAnnotated = false;

    // The comment's element, built, its chunk keeping what is about to change in it.
    function changing(commentId) {
        const article = chunks.articleOf(commentId);
        chunks.keepChanges(article);
        return article;
    }

    // Wraps [start, end) of a comment body's text in marks, one per text node touched.
    function addHighlight(a) {
        const article = changing(a.commentId);
        const body = article && article.querySelector(':scope > .body');
        if (!body)
            return false;
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        const pieces = [];
        let at = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.data.length;
            const from = Math.max(a.start - at, 0);
            const to = Math.min(a.end - at, length);
            if (from < to)
                pieces.push({node: node, from: from, to: to});
            at += length;
            if (at >= a.end)
                break;
        }
        for (const piece of pieces) {
            let node = piece.node;
            if (piece.to < node.data.length)
                node.splitText(piece.to);
            if (piece.from > 0)
                node = node.splitText(piece.from);
            const mark = document.createElement('mark');
            mark.className = 'hl hl-' + a.color;
            mark.dataset.annotation = String(a.id);
            if (a.title)
                mark.title = a.title;
            node.parentNode.insertBefore(mark, node);
            mark.appendChild(node);
        }
        article.classList.add('annotated');
        return pieces.length > 0;
    }

    function marksOf(id) {
        return Array.from(document.querySelectorAll('[data-annotation]'))
            .filter((m) => m.dataset.annotation.split(' ').includes(String(id)));
    }

    function updateHighlight(a) {
        if (a.commentId !== undefined)
            changing(a.commentId); // its marks must exist before they can change
        for (const mark of marksOf(a.id)) {
            const ids = mark.dataset.annotation.split(' ');
            if (ids[ids.length - 1] !== String(a.id) && mark.tagName === 'MARK')
                continue; // a newer overlapping annotation decides this mark's colour
            chunks.keepChanges(mark.closest('article.comment'));
            const keep = Array.from(mark.classList).filter((c) => !c.startsWith('hl-'));
            mark.className = keep.concat('hl-' + a.color).join(' ');
            if (a.title !== undefined)
                mark.title = a.title;
            if (mark.classList.contains('whole') && a.label)
                mark.textContent = a.label;
        }
    }

    function removeHighlight(id, commentId) {
        if (commentId !== undefined)
            changing(commentId); // a chunk not built yet still holds the marks
        for (const mark of marksOf(id)) {
            chunks.keepChanges(mark.closest('article.comment'));
            const ids = mark.dataset.annotation.split(' ').filter((x) => x !== String(id));
            if (ids.length > 0) {
                mark.dataset.annotation = ids.join(' ');
                continue;
            }
            const article = mark.closest('article.comment');
            const parent = mark.parentNode;
            if (mark.tagName === 'MARK') {
                while (mark.firstChild)
                    parent.insertBefore(mark.firstChild, mark);
            }
            parent.removeChild(mark);
            parent.normalize();
            if (article && !article.querySelector('[data-annotation]'))
                article.classList.remove('annotated');
        }
    }

    function addWholeComment(a) {
        const article = changing(a.commentId);
        const header = article && article.querySelector(':scope > header');
        if (!header)
            return false;
        const badge = document.createElement('span');
        badge.className = 'whole hl-' + a.color;
        badge.dataset.annotation = String(a.id);
        badge.textContent = a.label || '';
        if (a.title)
            badge.title = a.title;
        header.appendChild(badge);
        article.classList.add('annotated');
        return true;
    }

    function reveal(id, commentId) {
        index.ensure();
        Scholia.focusComment(commentId);
        const marks = marksOf(id);
        const target = marks.length > 0 ? marks[0] : chunks.articleOf(commentId);
        if (!target)
            return false;
        target.scrollIntoView({block: 'center'});
        for (const element of marks.length > 0 ? marks : [target]) {
            element.classList.remove('flash');
            void element.offsetWidth; // restart the animation
            element.classList.add('flash');
            setTimeout(() => element.classList.remove('flash'), 2600);
        }
        return true;
    }

    function showOnlyAnnotated(on) {
        index.ensure();
        onlyAnnotated = on;
        markContext();
        document.body.classList.toggle('only-annotated', on);
    }

    // Over the built comments: an annotated comment in a chunk not built marks its
    // ancestors once its chunk is built.
    function markContext() {
        const comments = index.comments;
        const depths = index.depths;
        for (const i of index.builtIn())
            comments[i].classList.remove('context');
        if (onlyAnnotated) {
            // Every ancestor of an annotated comment stays as context.
            let needDepth = Infinity;
            for (let i = comments.length - 1; i >= 0; --i) {
                const built = comments[i] !== undefined;
                if (depths[i] < needDepth && needDepth !== Infinity) {
                    if (built)
                        comments[i].classList.add('context');
                    needDepth = depths[i];
                }
                if (built && comments[i].classList.contains('annotated'))
                    needDepth = Math.min(needDepth, depths[i]);
                if (depths[i] === 0)
                    needDepth = Infinity;
            }
        }
    }

    // A chunk was just built: its comments may be context for "only annotated".
    function chunkBuilt() {
        if (onlyAnnotated)
            markContext();
    }

    Scholia.highlights.chunkBuilt = chunkBuilt;
    Object.assign(Scholia, {
        addHighlight: addHighlight,
        addWholeComment: addWholeComment,
        updateHighlight: updateHighlight,
        removeHighlight: removeHighlight,
        reveal: reveal,
        showOnlyAnnotated: showOnlyAnnotated,
    });
})(window.Scholia);
