// Scholia thread view: collapse, keyboard navigation and the link back to C++.
// The comments are one flat sequence of <article class="comment" data-depth="N">; a
// subtree is the run of deeper comments after one. There is one listener per event
// type on the document and no per-comment setup, so a 10 000-comment page costs
// nothing here until the reader acts.
'use strict';

(function () {
    let comments = null; // article elements in pre-order, built on first use
    let depths = null;
    let indexOf = null; // element -> index
    let focusedIndex = -1;
    let bridge = null;
    let saveTimer = 0;

    function ensureIndex() {
        if (comments)
            return;
        comments = Array.from(document.querySelectorAll('main.comments > article.comment'));
        depths = new Int32Array(comments.length);
        indexOf = new Map();
        for (let i = 0; i < comments.length; ++i) {
            depths[i] = parseInt(comments[i].dataset.depth, 10) || 0;
            indexOf.set(comments[i], i);
            if (comments[i].classList.contains('focused'))
                focusedIndex = i;
        }
    }

    function subtreeEnd(i) {
        let end = i + 1;
        while (end < comments.length && depths[end] > depths[i])
            ++end;
        return end;
    }

    const isCollapsed = (i) => comments[i].classList.contains('collapsed');
    const isHidden = (i) => comments[i].classList.contains('hidden');
    const isPlaceholder = (i) => comments[i].classList.contains('more');
    const hasReplies = (i) => comments[i].querySelector(':scope > header > .toggle') !== null;

    // Shows or hides the comments in [from, to) from their ancestors' collapse state.
    // `from` must be a visible comment (or the start of the page).
    function refreshVisibility(from, to) {
        let hideBelow = Infinity;
        for (let i = from; i < to; ++i) {
            if (depths[i] <= hideBelow)
                hideBelow = Infinity;
            const hidden = depths[i] > hideBelow;
            comments[i].classList.toggle('hidden', hidden);
            if (!hidden && isCollapsed(i))
                hideBelow = depths[i];
        }
    }

    function setCollapsed(i, collapsed) {
        if (!hasReplies(i) || isCollapsed(i) === collapsed)
            return;
        comments[i].classList.toggle('collapsed', collapsed);
        if (!isHidden(i))
            refreshVisibility(i, subtreeEnd(i));
    }

    function toggle(i) {
        setCollapsed(i, !isCollapsed(i));
        scheduleSave();
    }

    // Collapsing or expanding many: set the classes, then one pass over everything.
    function setManyCollapsed(shouldCollapse) {
        ensureIndex();
        for (let i = 0; i < comments.length; ++i) {
            if (hasReplies(i))
                comments[i].classList.toggle('collapsed', shouldCollapse(i));
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
        if (i < 0 || i >= comments.length)
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
        for (let i = start; i >= 0 && i < comments.length; i += step) {
            if (!isHidden(i) && !isPlaceholder(i) && accept(i))
                return i;
        }
        return -1;
    }

    function move(kind) {
        ensureIndex();
        if (comments.length === 0)
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
            if (depths[j] === depths[i] + 1 && hasReplies(j))
                comments[j].classList.add('collapsed');
        }
        if (!isHidden(i))
            refreshVisibility(i, end);
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
        for (let i = 0; i < comments.length; ++i) {
            if (isCollapsed(i))
                collapsed.push(comments[i].dataset.id);
        }
        const focused = focusedIndex >= 0 ? comments[focusedIndex].dataset.id : '';
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
        } else {
            return;
        }
        event.preventDefault();
    }

    function onClick(event) {
        const target = event.target;
        if (!(target instanceof Element))
            return;
        const article = target.closest('main.comments > article.comment');
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
        document.addEventListener('keydown', onKey);
        document.addEventListener('click', onClick);
        const focused = document.querySelector('main.comments > article.comment.focused');
        if (focused)
            focused.scrollIntoView({block: 'center'});
        connectBridge();
    }

    window.Scholia = {
        expandAll: () => setManyCollapsed(() => false),
        collapseToTopLevel: () => setManyCollapsed((i) => depths[i] === 0),
        // Shows depths 0 .. n-1; comments at depth n and deeper are folded away.
        collapseBelowDepth: (n) => setManyCollapsed((i) => depths[i] === n - 1),
        toggle: (id) => { ensureIndex(); const i = comments.findIndex((c) => c.dataset.id === id); if (i >= 0) toggle(i); },
        focusComment: (id) => {
            ensureIndex();
            const i = comments.findIndex((c) => c.dataset.id === id);
            if (i < 0)
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
    };

    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', start);
    else
        start();
})();
