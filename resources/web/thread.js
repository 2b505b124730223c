// Scholia thread view: collapse, keyboard navigation and the link back to C++.
// The comments are one flat sequence of <article class="comment" data-depth="N">; a
// subtree is the run of deeper comments after one. There is one listener per event
// type on the document and no per-comment setup, so a 10 000-comment page costs
// nothing here until the reader acts.
//
// A big thread's page builds only its first comments; the rest wait in inert JSON data
// blocks (script.later-chunk, written by DeferredCommentsWriter) with a small model of
// them (#later-model: ids, depths, which have replies, which are collapsed). Chunks
// become elements in order, when the reader comes near them: scrolling towards
// #later-marker, a key moving past the last built comment, a jump to a comment, find.
// Everything below works on the model for comments not built yet, so collapse state,
// navigation and the saved state cover the whole thread.
'use strict';

(function () {
    let comments = null; // elements of the built comments, in pre-order; built on first use
    let ids = null; // every comment's id, built or not
    let depths = null;
    let toggles = null; // 1: the comment has replies
    let laterCollapsed = null; // collapse state of comments not built yet
    let indexOf = null; // element -> index
    let indexById = null; // id -> index, on first use
    let chunks = []; // data blocks of comments not built yet, in order
    let nextChunk = 0;
    let firstLater = 0; // index of the first comment the page did not build
    let chunkSize = 1; // comments per chunk
    let onlyAnnotated = false;
    let focusedIndex = -1;
    let bridge = null;
    let saveTimer = 0;

    function laterModel() {
        const block = document.getElementById('later-model');
        return block ? JSON.parse(block.textContent)
                     : {ids: [], depths: [], toggles: '', collapsed: ''};
    }

    function ensureIndex() {
        if (comments)
            return;
        comments = Array.from(document.querySelectorAll('main.comments > article.comment'));
        const later = laterModel();
        const built = comments.length;
        const total = built + later.ids.length;
        ids = new Array(total);
        depths = new Int32Array(total);
        toggles = new Uint8Array(total);
        laterCollapsed = new Uint8Array(total);
        indexOf = new Map();
        for (let i = 0; i < built; ++i) {
            const article = comments[i];
            ids[i] = article.dataset.id;
            depths[i] = parseInt(article.dataset.depth, 10) || 0;
            toggles[i] = article.querySelector(':scope > header > .toggle') !== null ? 1 : 0;
            indexOf.set(article, i);
            if (article.classList.contains('focused'))
                focusedIndex = i;
        }
        for (let j = 0; j < later.ids.length; ++j) {
            ids[built + j] = String(later.ids[j]);
            depths[built + j] = later.depths[j] | 0;
            toggles[built + j] = later.toggles.charCodeAt(j) === 49 ? 1 : 0; // '1'
            laterCollapsed[built + j] = later.collapsed.charCodeAt(j) === 49 ? 1 : 0;
        }
        chunks = Array.from(document.querySelectorAll('script.later-chunk'));
        firstLater = built;
        chunkSize = Math.max(1, later.chunk | 0);
    }

    function indexOfId(id) {
        ensureIndex();
        if (!indexById) {
            indexById = new Map();
            for (let i = ids.length - 1; i >= 0; --i) // the first of equal ids wins
                indexById.set(ids[i], i);
        }
        const i = indexById.get(String(id));
        return i === undefined ? -1 : i;
    }

    function subtreeEnd(i) {
        let end = i + 1;
        while (end < ids.length && depths[end] > depths[i])
            ++end;
        return end;
    }

    const isBuilt = (i) => i < comments.length;
    const isCollapsed = (i) => (isBuilt(i) ? comments[i].classList.contains('collapsed') : laterCollapsed[i] === 1);
    const isHidden = (i) => comments[i].classList.contains('hidden'); // built comments only
    const isPlaceholder = (i) => comments[i].classList.contains('more');
    const hasReplies = (i) => toggles[i] === 1;

    // Turns the next chunk into elements, drawn in the collapse state the reader has
    // given the thread meanwhile. False when every comment is built.
    function buildNextChunk() {
        const box = appendNextChunk();
        if (box)
            makeSkippable([box]);
        return box !== null;
    }

    // Builds up to and including chunk `last`, laying the new boxes out once together.
    function buildThroughChunk(last) {
        const boxes = [];
        while (nextChunk <= last && nextChunk < chunks.length)
            boxes.push(appendNextChunk());
        makeSkippable(boxes);
    }

    // Each box laid out once for real, then skippable at that size (a placeholder's
    // height would move everything after it until the box is next on screen). All
    // heights are read before any is written: one layout for many boxes.
    function makeSkippable(boxes) {
        const heights = boxes.map((box) => box.offsetHeight);
        boxes.forEach((box, k) => {
            box.style.containIntrinsicSize = 'auto ' + heights[k] + 'px';
            box.classList.add('later-comments');
        });
    }

    // The next chunk's box, or null when every comment is built.
    function appendNextChunk() {
        ensureIndex();
        if (nextChunk >= chunks.length)
            return null;
        const block = chunks[nextChunk];
        chunks[nextChunk++] = null;
        const html = JSON.parse(block.textContent);
        block.remove();
        // Each chunk in a box of its own that Chromium can skip whole while off screen:
        // appending to one flat list would lay out every earlier comment again, each time.
        const box = document.createElement('div');
        box.className = 'comments';
        box.innerHTML = html;
        const from = comments.length;
        for (let e = box.firstElementChild; e; e = e.nextElementSibling) {
            indexOf.set(e, comments.length);
            comments.push(e);
        }
        document.querySelector('main.comments').appendChild(box);
        for (let i = from; i < comments.length; ++i) {
            comments[i].classList.remove('focused');
            if (hasReplies(i))
                comments[i].classList.toggle('collapsed', laterCollapsed[i] === 1);
        }
        refreshVisibility(from, comments.length, collapsedAncestorDepth(from));
        if (onlyAnnotated)
            markContext();
        if (nextChunk >= chunks.length) {
            const marker = document.getElementById('later-marker');
            if (marker)
                marker.remove();
        }
        return box;
    }

    // Builds the chunks up to comment i; whether it is built.
    function buildThrough(i) {
        ensureIndex();
        if (i >= comments.length)
            buildThroughChunk(Math.floor((i - firstLater) / chunkSize));
        while (i >= comments.length && buildNextChunk()) {
            // only if a chunk held fewer comments than the model says
        }
        return i < comments.length;
    }

    // The depth of comment i's shallowest collapsed ancestor (Infinity: none). Its
    // ancestors come before it, so they are built.
    function collapsedAncestorDepth(i) {
        let result = Infinity;
        let depth = i < ids.length ? depths[i] : 0;
        for (let a = i - 1; a >= 0 && depth > 0; --a) {
            if (depths[a] < depth) {
                depth = depths[a];
                if (isCollapsed(a))
                    result = depth;
            }
        }
        return result;
    }

    // Builds chunks while the reader is within a few screens of the unbuilt part, one
    // per task so that input and painting go on in between. The next task comes through
    // a message port: Chromium gives a page it thinks hidden no animation frames and
    // one timer a second, and the observer below reports only changes, so either would
    // stall the building with the marker still near.
    // A box just built is measured with its comments at their placeholder height, which
    // can put the marker further away than it turns out to be once drawn; while the
    // observer still sees it near, look again a moment later.
    const nextTask = new MessageChannel();
    nextTask.port1.onmessage = () => buildWhileNear();
    let markerNear = false;
    let recheck = 0;
    function buildWhileNear() {
        const marker = document.getElementById('later-marker');
        if (!marker || !markerNear)
            return;
        if (marker.getBoundingClientRect().top > window.innerHeight * 4) {
            clearTimeout(recheck);
            recheck = setTimeout(buildWhileNear, 200);
            return;
        }
        if (buildNextChunk())
            nextTask.port2.postMessage(null);
    }

    function watchLaterComments() {
        const marker = document.getElementById('later-marker');
        if (!marker || typeof IntersectionObserver === 'undefined')
            return;
        const observer = new IntersectionObserver((entries) => {
            markerNear = entries[entries.length - 1].isIntersecting;
            buildWhileNear();
        }, {rootMargin: '400% 0px'});
        observer.observe(marker);
    }

    // Shows or hides the built comments in [from, to) from their ancestors' collapse
    // state. `from` must be a visible comment (or the start of the page), or
    // hideBelowAtStart the depth of its shallowest collapsed ancestor.
    function refreshVisibility(from, to, hideBelowAtStart = Infinity) {
        let hideBelow = hideBelowAtStart;
        for (let i = from; i < to; ++i) {
            if (depths[i] <= hideBelow)
                hideBelow = Infinity;
            const hidden = depths[i] > hideBelow;
            comments[i].classList.toggle('hidden', hidden);
            if (!hidden && isCollapsed(i))
                hideBelow = depths[i];
        }
    }

    // Comment i is built; replies not built yet are drawn in this state when they are.
    function setCollapsed(i, collapsed) {
        if (!hasReplies(i) || isCollapsed(i) === collapsed)
            return;
        comments[i].classList.toggle('collapsed', collapsed);
        if (!isHidden(i))
            refreshVisibility(i, Math.min(subtreeEnd(i), comments.length));
    }

    function toggle(i) {
        setCollapsed(i, !isCollapsed(i));
        scheduleSave();
    }

    // Collapsing or expanding many: set the classes, then one pass over everything.
    function setManyCollapsed(shouldCollapse) {
        ensureIndex();
        for (let i = 0; i < ids.length; ++i) {
            if (!hasReplies(i))
                continue;
            if (isBuilt(i))
                comments[i].classList.toggle('collapsed', shouldCollapse(i));
            else
                laterCollapsed[i] = shouldCollapse(i) ? 1 : 0;
        }
        refreshVisibility(0, comments.length);
        if (focusedIndex >= 0 && isHidden(focusedIndex))
            focus(visibleAncestor(focusedIndex), true);
        scheduleSave();
    }

    function visibleAncestor(i) {
        let at = i;
        while (at > 0 && isHidden(at)) {
            const depth = depths[at];
            do {
                --at;
            } while (at > 0 && depths[at] >= depth);
        }
        return at;
    }

    function focus(i, scroll) {
        if (i < 0 || !buildThrough(i))
            return;
        if (focusedIndex >= 0 && focusedIndex < comments.length)
            comments[focusedIndex].classList.remove('focused');
        focusedIndex = i;
        comments[i].classList.add('focused');
        if (scroll)
            comments[i].scrollIntoView({block: 'nearest'});
        scheduleSave();
    }

    function findFrom(start, step, accept) {
        for (let i = start; i >= 0 && i < ids.length; i += step) {
            if (!buildThrough(i))
                return -1;
            if (isHidden(i))
                continue;
            if (!isPlaceholder(i) && accept(i))
                return i;
            if (step > 0 && isCollapsed(i))
                i = subtreeEnd(i) - 1; // its replies are hidden: no need to build them
        }
        return -1;
    }

    function move(kind) {
        ensureIndex();
        if (ids.length === 0)
            return;
        const at = focusedIndex;
        let target = -1;
        if (at < 0) {
            target = findFrom(0, 1, () => true);
        } else if (kind === 'next') {
            target = findFrom(at + 1, 1, () => true);
        } else if (kind === 'previous') {
            target = findFrom(at - 1, -1, () => true);
        } else if (kind === 'nextSibling') {
            target = findFrom(at + 1, 1, (i) => depths[i] === depths[at]);
        } else if (kind === 'previousSibling') {
            target = findFrom(at - 1, -1, (i) => depths[i] === depths[at]);
        } else if (kind === 'parent') {
            target = findFrom(at - 1, -1, (i) => depths[i] < depths[at]);
        } else if (kind === 'top') {
            target = findFrom(0, 1, () => true);
            window.scrollTo(0, 0);
        }
        if (target >= 0)
            focus(target, kind !== 'top');
    }

    function collapseChildren(i) {
        const end = subtreeEnd(i);
        for (let j = i + 1; j < end; ++j) {
            if (depths[j] !== depths[i] + 1 || !hasReplies(j))
                continue;
            if (isBuilt(j))
                comments[j].classList.add('collapsed');
            else
                laterCollapsed[j] = 1;
        }
        if (!isHidden(i))
            refreshVisibility(i, Math.min(end, comments.length));
        scheduleSave();
    }

    function toggleHelp(show) {
        const help = document.getElementById('shortcuts');
        if (help)
            help.hidden = show === undefined ? !help.hidden : !show;
    }

    function state() {
        ensureIndex();
        const collapsed = [];
        for (let i = 0; i < ids.length; ++i) {
            if (hasReplies(i) && isCollapsed(i))
                collapsed.push(ids[i]);
        }
        const focused = focusedIndex >= 0 ? ids[focusedIndex] : '';
        return {collapsed: collapsed, focused: focused};
    }

    // The reader's state is written through the bridge a moment after it stops changing.
    function scheduleSave() {
        if (!bridge)
            return;
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => {
            const current = state();
            bridge.saveViewState(current.collapsed, current.focused);
        }, 250);
    }

    // ---- Annotation: offsets are UTF-16 offsets into the comment body's textContent,
    // which is exactly the plain text the store keeps for the comment.

    function bodyOf(node) {
        const element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
        const body = element && element.closest('.comments > article.comment > .body');
        return body || null;
    }

    function textOffset(body, node, offset) {
        const range = document.createRange();
        range.setStart(body, 0);
        range.setEnd(node, offset);
        return range.toString().length;
    }

    // What is selected, as the store wants it, or {error} when it cannot be annotated.
    function selectionAnchor() {
        const selection = window.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed)
            return {error: 'empty'};
        const range = selection.getRangeAt(0);
        const startBody = bodyOf(range.startContainer);
        const endBody = bodyOf(range.endContainer);
        if (!startBody || !endBody)
            return {error: 'outside'};
        if (startBody !== endBody)
            return {error: 'cross'};
        const start = textOffset(startBody, range.startContainer, range.startOffset);
        const end = textOffset(startBody, range.endContainer, range.endOffset);
        if (end <= start)
            return {error: 'empty'};
        const rect = range.getBoundingClientRect();
        return {
            commentId: startBody.parentElement.dataset.id, start: start, end: end,
            exact: startBody.textContent.slice(start, end),
            x: rect.left, y: rect.bottom,
        };
    }

    // The comment's element, building the chunks up to it if need be.
    function articleOf(commentId) {
        const i = indexOfId(commentId);
        return i >= 0 && buildThrough(i) ? comments[i] : null;
    }

    // Wraps [start, end) of a comment body's text in marks, one per text node touched.
    function addHighlight(a) {
        const article = articleOf(a.commentId);
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
            articleOf(a.commentId); // its marks must exist before they can change
        for (const mark of marksOf(a.id)) {
            const ids = mark.dataset.annotation.split(' ');
            if (ids[ids.length - 1] !== String(a.id) && mark.tagName === 'MARK')
                continue; // a newer overlapping annotation decides this mark's colour
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
            articleOf(commentId); // a chunk not built yet still holds the marks
        for (const mark of marksOf(id)) {
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
        const article = articleOf(a.commentId);
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
        ensureIndex();
        window.Scholia.focusComment(commentId);
        const marks = marksOf(id);
        const target = marks.length > 0 ? marks[0] : articleOf(commentId);
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
        ensureIndex();
        clearSearchMarks();
        if (!window.Scholia.focusComment(commentId))
            return false;
        const article = articleOf(commentId);
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
        ensureIndex();
        const needle = text.toLocaleLowerCase();
        if (needle.length === 0)
            return 0;
        for (let c = chunks.length - 1; c >= nextChunk; --c) {
            if (chunkHasText(chunks[c], needle)) {
                buildThroughChunk(c);
                break;
            }
        }
        let count = 0;
        for (let i = 0; i < comments.length; ++i) {
            const body = comments[i].querySelector(':scope > .body');
            if (!body || !body.textContent.toLocaleLowerCase().includes(needle))
                continue;
            ++count;
            while (isHidden(i)) {
                const ancestor = visibleAncestor(i);
                if (!isCollapsed(ancestor))
                    break; // hidden by something other than a collapse
                setCollapsed(ancestor, false);
            }
        }
        return count;
    }

    function showOnlyAnnotated(on) {
        ensureIndex();
        onlyAnnotated = on;
        markContext();
        document.body.classList.toggle('only-annotated', on);
    }

    function markContext() {
        for (const c of comments)
            c.classList.remove('context');
        if (onlyAnnotated) {
            // Every ancestor of an annotated comment stays as context.
            let needDepth = Infinity;
            for (let i = comments.length - 1; i >= 0; --i) {
                if (depths[i] < needDepth && needDepth !== Infinity) {
                    comments[i].classList.add('context');
                    needDepth = depths[i];
                }
                if (comments[i].classList.contains('annotated'))
                    needDepth = Math.min(needDepth, depths[i]);
                if (depths[i] === 0)
                    needDepth = Infinity;
            }
        }
    }

    function toast(message) {
        let box = document.getElementById('toast');
        if (!box) {
            box = document.createElement('div');
            box.id = 'toast';
            box.setAttribute('role', 'status');
            document.body.appendChild(box);
        }
        box.textContent = message;
        box.hidden = false;
        clearTimeout(box.timer);
        box.timer = setTimeout(() => { box.hidden = true; }, 3500);
    }

    function annotateSelection() {
        if (bridge)
            bridge.annotateSelection(selectionAnchor());
    }

    function annotateFocused() {
        ensureIndex();
        if (bridge && focusedIndex >= 0 && !isPlaceholder(focusedIndex))
            bridge.annotateComment(ids[focusedIndex]);
    }

    function onKey(event) {
        if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented)
            return;
        const target = event.target;
        if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
            return;
        const help = document.getElementById('shortcuts');
        if (help && !help.hidden && (event.key === 'Escape' || event.key === '?')) {
            toggleHelp(false);
            event.preventDefault();
            return;
        }
        // Some input methods report Shift+c as "c" with shiftKey set; treat it as "C".
        const key = event.shiftKey && event.key.length === 1 ? event.key.toUpperCase() : event.key;
        const moves = {j: 'next', k: 'previous', J: 'nextSibling', K: 'previousSibling',
                       n: 'nextSibling', p: 'previousSibling', u: 'parent', t: 'top'};
        ensureIndex();
        if (moves[key]) {
            move(moves[key]);
        } else if (key === ' ' || key === 'Enter') {
            if (focusedIndex < 0)
                return;
            toggle(focusedIndex);
        } else if (key === 'C') {
            if (focusedIndex >= 0)
                collapseChildren(focusedIndex);
        } else if (key === '?') {
            toggleHelp();
        } else if (key === 'h') {
            annotateSelection();
        } else if (key === 'c') {
            annotateFocused();
        } else {
            return;
        }
        event.preventDefault();
    }

    function onClick(event) {
        const target = event.target;
        if (!(target instanceof Element))
            return;
        const article = target.closest('.comments > article.comment');
        if (!article)
            return;
        ensureIndex();
        const i = indexOf.get(article);
        if (i === undefined)
            return;
        if (target.closest('.toggle') || target.classList.contains('line')) {
            toggle(i);
            focus(i, false);
            event.preventDefault();
        } else if (!target.closest('a')) {
            focus(i, false);
        }
    }

    function connectBridge() {
        if (typeof QWebChannel === 'undefined' || !window.qt || !qt.webChannelTransport)
            return;
        new QWebChannel(qt.webChannelTransport, (channel) => {
            bridge = channel.objects.bridge || null;
        });
    }

    function start() {
        document.documentElement.classList.remove('loading');
        document.addEventListener('keydown', onKey);
        document.addEventListener('click', onClick);
        // A right-click picks the comment the context menu's "Annotate Comment" acts on.
        document.addEventListener('contextmenu', (event) => {
            const article = event.target instanceof Element && event.target.closest('.comments > article.comment');
            if (!article)
                return;
            ensureIndex();
            const i = indexOf.get(article);
            if (i !== undefined)
                focus(i, false);
        });
        const focused = document.querySelector('main.comments > article.comment.focused');
        if (focused)
            focused.scrollIntoView({block: 'center'});
        watchLaterComments();
        connectBridge();
    }

    window.Scholia = {
        expandAll: () => setManyCollapsed(() => false),
        collapseToTopLevel: () => setManyCollapsed((i) => depths[i] === 0),
        // Shows depths 0 .. n-1; comments at depth n and deeper are folded away.
        collapseBelowDepth: (n) => setManyCollapsed((i) => depths[i] === n - 1),
        toggle: (id) => {
            const i = indexOfId(id);
            if (i >= 0 && buildThrough(i))
                toggle(i);
        },
        focusComment: (id) => {
            const i = indexOfId(id);
            if (i < 0 || !buildThrough(i))
                return false;
            let ancestor = i;
            while (isHidden(ancestor)) { // open the collapsed subtrees around it
                ancestor = visibleAncestor(ancestor);
                setCollapsed(ancestor, false);
                ancestor = i;
            }
            focus(i, true);
            return true;
        },
        toggleHelp: toggleHelp,
        state: state,
        move: move,
        selectionAnchor: selectionAnchor,
        annotateSelection: annotateSelection,
        annotateFocused: annotateFocused,
        addHighlight: addHighlight,
        addWholeComment: addWholeComment,
        updateHighlight: updateHighlight,
        removeHighlight: removeHighlight,
        reveal: reveal,
        revealComment: revealComment,
        clearSearchMarks: clearSearchMarks,
        expandMatches: expandMatches,
        showOnlyAnnotated: showOnlyAnnotated,
        toast: toast,
    };

    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', start);
    else
        start();
})();
