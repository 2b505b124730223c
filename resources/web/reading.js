// Scholia thread view: what the reader has read and what is new. The page's model
// (#reading-model, ReadingModelBlock) lists the new and unread comments by position
// among all comments, built or not, so the keys reach those in chunks not built yet:
// . and , next/previous new comment, > and < next/previous unread one. A comment
// becomes read when at least half of it (or, for one taller than that, half the
// window) has been on screen for a moment, or when j/k moves on from it; the page
// drops its marks in place and reports the ids through the bridge in batches.
'use strict';

(function (Scholia) {
    const index = Scholia.index;

    // On screen this long counts as read: the reader's choice (Preferences), which the
    // window puts on <html>; 0 leaves reading to j/k and Mark Thread Read.
    function dwellMs() {
        const chosen = Number(document.documentElement.getAttribute('data-read-after'));
        return Number.isFinite(chosen) && document.documentElement.hasAttribute('data-read-after')
            ? chosen : 1500;
    }
    const reportMs = 300; // reads are sent together, a moment after the last one

    // fresh: sorted positions of the comments new when the page was drawn (the keys and
    // Only New keep to them for the visit, read or not); unread: positions still unread;
    // messages: what the keys say when they find nothing, in the reader's language.
    let model = null;
    let observer = null;
    const dwellTimers = new Map(); // element -> timer
    let pending = []; // ids read and not yet reported
    let reportTimer = 0;
    let onlyNew = false;
    let freshSet = null; // model.fresh as a set, for chunks being built

    // The model alone: the comment index is built on first use, never at load.
    function ensure() {
        if (model)
            return model;
        const block = document.getElementById('reading-model');
        const data = block ? JSON.parse(block.textContent) : {fresh: [], unread: [], messages: {}};
        if (block)
            block.remove(); // read once, as the chunks' blocks are: nothing kept twice
        model = {fresh: Int32Array.from(data.fresh), unread: new Set(data.unread),
                 messages: data.messages || {}};
        return model;
    }

    // --- Marks in the page -------------------------------------------------------------

    function markRead(i) {
        ensure();
        index.ensure();
        if (!model.unread.delete(i))
            return;
        if (index.isBuilt(i))
            dropMarks(index.comments[i]);
        pending.push(index.ids[i]);
        clearTimeout(reportTimer);
        reportTimer = setTimeout(report, reportMs);
    }

    function dropMarks(article) {
        article.classList.remove('unread', 'new');
        stopDwell(article);
        if (observer)
            observer.unobserve(article);
    }

    function report() {
        clearTimeout(reportTimer);
        if (pending.length === 0)
            return;
        const ids = pending;
        pending = [];
        Scholia.bridge.reportRead(ids);
    }

    // --- Dwelling ------------------------------------------------------------------------

    function onScreenEnough(entry) {
        if (!entry.isIntersecting)
            return false;
        const viewport = entry.rootBounds ? entry.rootBounds.height : window.innerHeight;
        return entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= viewport / 2;
    }

    function stopDwell(article) {
        const timer = dwellTimers.get(article);
        if (timer !== undefined) {
            clearTimeout(timer);
            dwellTimers.delete(article);
        }
    }

    function onIntersection(entries) {
        for (const entry of entries) {
            const article = entry.target;
            if (!onScreenEnough(entry)) {
                stopDwell(article);
                continue;
            }
            const delay = dwellMs();
            if (dwellTimers.has(article) || delay <= 0)
                continue;
            dwellTimers.set(article, setTimeout(() => {
                dwellTimers.delete(article);
                // A comment hidden meanwhile (collapsed, Only New) was not read.
                if (article.isConnected && article.getClientRects().length > 0) {
                    index.ensure();
                    const i = index.ofElement.get(article);
                    if (i !== undefined)
                        markRead(i);
                }
            }, delay));
        }
    }

    function ensureObserver() {
        if (!observer && typeof IntersectionObserver !== 'undefined') {
            const thresholds = [];
            for (let t = 0; t <= 20; ++t)
                thresholds.push(t / 20);
            observer = new IntersectionObserver(onIntersection, {threshold: thresholds});
        }
        return observer;
    }

    // Watches the unread comments among the built ones in [from, to).
    function watch(from, to) {
        if (!ensureObserver())
            return;
        for (const i of index.builtIn(from, to)) {
            if (model.unread.has(i))
                observer.observe(index.comments[i]);
        }
    }

    // A comment's element is going (its chunk taken down): nothing watches it any more.
    function forget(article) {
        stopDwell(article);
        if (observer)
            observer.unobserve(article);
    }

    // --- Moving to new and unread comments ----------------------------------------------

    // The first position after (step 1) or before (step -1) `from` that `accept`s.
    function nextOf(positions, from, step) {
        if (step > 0) {
            for (const p of positions) {
                if (p > from)
                    return p;
            }
        } else {
            for (let k = positions.length - 1; k >= 0; --k) {
                if (positions[k] < from)
                    return positions[k];
            }
        }
        return -1;
    }

    function unreadPositions() {
        return Array.from(model.unread).sort((a, b) => a - b);
    }

    // From the focused comment, or from the top when none is.
    function jump(kind, step) {
        ensure();
        index.ensure();
        const positions = kind === 'new' ? model.fresh : unreadPositions();
        const from = index.focused >= 0 ? index.focused : (step > 0 ? -1 : index.ids.length);
        const target = nextOf(positions, from, step);
        if (target < 0) {
            const message = model.messages[kind + (step > 0 ? 'After' : 'Before')];
            if (message)
                Scholia.toast(message);
            return false;
        }
        // Opens the collapsed subtrees around it and scrolls it into view, like j/k.
        return Scholia.focusComment(index.ids[target]);
    }

    // --- Only New -------------------------------------------------------------------------

    // Marks the built comments that were new "new-shown" and their ancestors "new-path",
    // from the model (a new comment in a chunk not built yet still needs its built
    // ancestors). Classes of their own: "new" goes once a comment is read, and a comment
    // must not vanish from Only New while the reader reads it.
    function markNewPaths() {
        ensure();
        index.ensure();
        const comments = index.comments;
        for (const i of index.builtIn())
            comments[i].classList.remove('new-path', 'new-shown');
        if (!onlyNew)
            return;
        const depths = index.depths;
        const fresh = new Set(model.fresh);
        // Backwards: a comment is on a path when a later, deeper comment of its subtree is new.
        let needDepth = Infinity;
        for (let i = index.ids.length - 1; i >= 0; --i) {
            const built = comments[i] !== undefined;
            if (needDepth !== Infinity && depths[i] < needDepth) {
                if (built)
                    comments[i].classList.add('new-path');
                needDepth = depths[i];
            }
            if (fresh.has(i)) {
                if (built)
                    comments[i].classList.add('new-shown');
                needDepth = Math.min(needDepth, depths[i]);
            }
            if (depths[i] === 0)
                needDepth = Infinity;
        }
    }

    function showOnlyNew(on) {
        ensure();
        index.ensure();
        onlyNew = on;
        if (on && model.fresh.length === 0 && model.messages.noneNew)
            Scholia.toast(model.messages.noneNew);
        markNewPaths();
        document.body.classList.toggle('only-new', on);
    }

    // --- What other parts call ------------------------------------------------------------

    // A chunk was just (re)built: its comments take their marks from the model (read
    // since the page was drawn, or the whole state set anew by setReadingState), and the
    // unread ones are watched.
    function chunkBuilt(from, to) {
        ensure();
        index.ensure();
        if (!freshSet)
            freshSet = new Set(model.fresh);
        for (const i of index.builtIn(from, to)) {
            const unread = model.unread.has(i);
            index.comments[i].classList.toggle('unread', unread);
            index.comments[i].classList.toggle('new', unread && freshSet.has(i));
        }
        watch(from, to);
        if (onlyNew)
            markNewPaths();
    }

    // j/k moved the focus on: the comment left behind has been read.
    function focusLeft(i) {
        if (i >= 0)
            markRead(i);
    }

    // C++ after the thread was marked read or unread (or that was undone): the whole
    // state anew, as ids.
    function setReadingState(state) {
        ensure();
        index.ensure();
        const unread = new Set(state.unread);
        const fresh = new Set(state.fresh);
        model.unread = new Set();
        const freshPositions = [];
        for (let i = 0; i < index.ids.length; ++i) {
            const id = index.ids[i];
            if (unread.has(id))
                model.unread.add(i);
            if (fresh.has(id))
                freshPositions.push(i);
            if (index.isBuilt(i)) {
                const article = index.comments[i];
                article.classList.toggle('unread', unread.has(id));
                article.classList.toggle('new', fresh.has(id));
                if (!unread.has(id))
                    dropMarks(article);
            }
        }
        model.fresh = Int32Array.from(freshPositions);
        freshSet = null;
        watch(0, index.ids.length);
        if (onlyNew)
            markNewPaths();
    }

    // --- Keys -----------------------------------------------------------------------------

    const jumps = {'.': ['new', 1], ',': ['new', -1], '>': ['unread', 1], '<': ['unread', -1]};
    let focusBeforeMove = -1;

    function isForThePage(event) {
        if (event.ctrlKey || event.altKey || event.metaKey)
            return false;
        const target = event.target;
        if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
            return false;
        const help = document.getElementById('shortcuts');
        return !help || help.hidden;
    }

    // Before input.js moves the focus (capture, on the document): where it was.
    function beforeKey(event) {
        focusBeforeMove = -1;
        if ((event.key === 'j' || event.key === 'k') && !event.shiftKey && isForThePage(event)) {
            index.ensure();
            focusBeforeMove = index.focused;
        }
    }

    // After every other listener (bubbling, on the window): j/k moved on from a comment,
    // or one of this file's keys that nothing else took.
    function afterKey(event) {
        if (focusBeforeMove >= 0 && index.focused !== focusBeforeMove)
            focusLeft(focusBeforeMove);
        focusBeforeMove = -1;
        if (event.key === 'e' && !event.defaultPrevented && isForThePage(event)) {
            if (toggleVersions())
                event.preventDefault();
            return;
        }
        const jumpTo = jumps[event.key];
        if (!jumpTo || event.defaultPrevented || !isForThePage(event))
            return;
        jump(jumpTo[0], jumpTo[1]);
        event.preventDefault();
    }

    // e: the focused comment's earlier texts shown or hidden, as a click on its
    // "Edited since…" line does, so an edit can be read without the mouse. Whether the
    // focused comment has any.
    function toggleVersions() {
        index.ensure();
        const article = index.focused >= 0 ? index.comments[index.focused] : null;
        const versions = article && article.querySelector('details.versions');
        if (!versions)
            return false;
        versions.open = !versions.open;
        if (versions.open)
            versions.scrollIntoView({block: 'nearest'});
        return true;
    }

    function start() {
        ensure(); // and its data block gone
        // The page's own comments, by their marks: no index at load.
        if (ensureObserver()) {
            for (const article of document.querySelectorAll('main.comments article.comment.unread'))
                observer.observe(article);
        }
        document.addEventListener('keydown', beforeKey, true);
        window.addEventListener('keydown', afterKey);
        // Reads not yet sent go before the page does.
        window.addEventListener('pagehide', report);
        document.addEventListener('visibilitychange', () => {
            if (document.visibilityState === 'hidden')
                report();
        });
    }

    Object.assign(Scholia.reading, {
        start: start,
        chunkBuilt: chunkBuilt,
        forget: forget,
        focusLeft: focusLeft,
        jump: jump,
        flush: report,
    });
    Object.assign(Scholia, {
        showOnlyNew: showOnlyNew,
        setReadingState: setReadingState,
        nextNew: () => jump('new', 1),
        previousNew: () => jump('new', -1),
        nextUnread: () => jump('unread', 1),
        previousUnread: () => jump('unread', -1),
        // For tests and C++: the ids still unread, in thread order.
        unreadIds: () => { ensure(); index.ensure(); return unreadPositions().map((i) => index.ids[i]); },
    });
})(window.Scholia);
