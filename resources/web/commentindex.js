// Scholia thread view: the index of comments every other part works on, built on the
// reader's first key or click (or C++'s first call), never comment by comment at load.
//
// The comments are one flat sequence of <article class="comment" data-depth="N">; a
// subtree is the run of deeper comments after one. A big thread's page builds only its
// first comments; the rest wait in inert JSON data blocks (script.later-chunk, written
// by DeferredCommentsWriter) with a small model of them (#later-model: ids, depths,
// which have replies, which are collapsed). The index covers both, so collapse state,
// navigation and the saved state cover the whole thread.
'use strict';

(function (index) {
    Object.assign(index, {
        comments: null, // elements of the built comments, in pre-order; null until first use
        ids: null, // every comment's id, built or not
        depths: null,
        toggles: null, // 1: the comment has replies
        laterCollapsed: null, // collapse state of comments not built yet
        ofElement: null, // element -> index
        chunks: [], // data blocks of comments not built yet, in order (null once built)
        nextChunk: 0,
        firstLater: 0, // index of the first comment the page did not build
        chunkSize: 1, // comments per chunk
        focused: -1, // index of the focused comment
    });
    let indexById = null; // id -> index, on first use

    function laterModel() {
        const block = document.getElementById('later-model');
        return block ? JSON.parse(block.textContent)
                     : {ids: [], depths: [], toggles: '', collapsed: ''};
    }

    function ensure() {
        if (index.comments)
            return;
        const comments = Array.from(document.querySelectorAll('main.comments > article.comment'));
        index.comments = comments;
        const later = laterModel();
        const built = comments.length;
        const total = built + later.ids.length;
        const ids = index.ids = new Array(total);
        const depths = index.depths = new Int32Array(total);
        const toggles = index.toggles = new Uint8Array(total);
        const laterCollapsed = index.laterCollapsed = new Uint8Array(total);
        const ofElement = index.ofElement = new Map();
        for (let i = 0; i < built; ++i) {
            const article = comments[i];
            ids[i] = article.dataset.id;
            depths[i] = parseInt(article.dataset.depth, 10) || 0;
            toggles[i] = article.querySelector(':scope > header > .toggle') !== null ? 1 : 0;
            ofElement.set(article, i);
            if (article.classList.contains('focused'))
                index.focused = i;
        }
        for (let j = 0; j < later.ids.length; ++j) {
            ids[built + j] = String(later.ids[j]);
            depths[built + j] = later.depths[j] | 0;
            toggles[built + j] = later.toggles.charCodeAt(j) === 49 ? 1 : 0; // '1'
            laterCollapsed[built + j] = later.collapsed.charCodeAt(j) === 49 ? 1 : 0;
        }
        index.chunks = Array.from(document.querySelectorAll('script.later-chunk'));
        index.firstLater = built;
        index.chunkSize = Math.max(1, later.chunk | 0);
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

    const isBuilt = (i) => i < index.comments.length;

    Object.assign(index, {
        ensure: ensure,
        ofId: ofId,
        subtreeEnd: subtreeEnd,
        isBuilt: isBuilt,
        isCollapsed: (i) => (isBuilt(i) ? index.comments[i].classList.contains('collapsed')
                                        : index.laterCollapsed[i] === 1),
        isHidden: (i) => index.comments[i].classList.contains('hidden'), // built comments only
        isPlaceholder: (i) => index.comments[i].classList.contains('more'),
        hasReplies: (i) => index.toggles[i] === 1,
    });
})(window.Scholia.index);
