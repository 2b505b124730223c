// Scholia thread view: the window of built comments of a big thread. Every chunk has a
// box from the start: built, or an empty placeholder as tall as its comments are
// estimated to be, so the scroll bar spans the whole thread from the first frame. The
// chunks near the window are built, the far ones taken down again (their HTML, marks
// and all, kept as a string), so the page holds a bounded number of comments whatever
// the reader has scrolled through or jumped to. A jump builds only its target's chunk;
// the neighbours follow. Chromium's scroll anchoring keeps what the reader looks at
// still while a placeholder above takes its real height.
'use strict';

(function (Scholia) {
    const index = Scholia.index;
    const collapse = Scholia.collapse;

    // Chunks built at most, whatever happens: the bound on the page's comments.
    const maxBuiltChunks = 6;
    // Within this many window heights above and below the window a chunk is built, and
    // beyond the second it is taken down: between the two nothing changes, so scrolling
    // back and forth does not build and take down the same chunk again and again.
    const buildMargin = 2;
    const keepMargin = 5;

    // Height estimates: pixels per comment (header and spacing) and per line of text,
    // scaled by what the chunks built so far measured against their estimate.
    let scale = 1;
    let measuredHeight = 0;
    let measuredEstimate = 0;
    let windowed = false;
    let builtOrder = []; // built chunks, the most recently used last
    // Served chunks whose built HTML changed in a way the scheme handler does not know
    // (annotations added, changed or removed since the page was served): taken down,
    // they keep their HTML, and go on keeping it once built again from it; the others
    // are fetched again, so the page holds no more than its window of comments (and
    // the few chunks annotated meanwhile) whatever the reader went through.
    const changedChunks = new Set();
    const knownHeights = new Map(); // chunk -> its height when taken down, while it holds

    function isBuilt(k) {
        return index.chunkData[k] === null;
    }

    // The unscaled heights of the shown comments of every chunk, from the model, in one
    // pass over it (a per-chunk walk back to each chunk's collapsed ancestors would cost
    // a 200 000-comment flat thread seconds).
    function estimates() {
        const main = document.querySelector('main.comments');
        const width = (main && main.clientWidth) || 800;
        const charsPerLine = (depth) => Math.max(20, (width - 22 * Math.min(depth, 12)) / 7.5);
        const depths = index.depths;
        const lengths = index.lengths;
        const collapsed = index.collapsed;
        const starts = index.chunkStarts;
        const heights = new Float64Array(starts.length - 1);
        let hideBelow = Infinity;
        let k = 0;
        for (let i = 0; i < index.ids.length; ++i) {
            while (i >= starts[k + 1])
                ++k;
            if (depths[i] <= hideBelow)
                hideBelow = Infinity;
            if (depths[i] > hideBelow)
                continue;
            heights[k] += 40;
            if (collapsed[i] === 1)
                hideBelow = depths[i];
            else
                heights[k] += 22 * Math.ceil(lengths[i] / charsPerLine(depths[i]));
        }
        return heights;
    }

    // Every placeholder takes its estimated height (at once: one pass, then the writes).
    function sizePlaceholders() {
        const heights = estimates();
        for (let k = 1; k < heights.length; ++k) {
            if (isBuilt(k))
                continue;
            const known = knownHeights.get(k);
            index.chunkBoxes[k].textContent = ''; // the served page's estimate (an <svg>)
            index.chunkBoxes[k].style.height =
                (known !== undefined ? known : Math.round(heights[k] * scale)) + 'px';
        }
    }

    // The placeholders of every chunk not built, after the first chunk. Called once the
    // page is parsed; a served page came with them and calls it after its first frame.
    let setUpDone = false;
    function setUp() {
        if (setUpDone)
            return;
        setUpDone = true;
        if (!index.comments && !document.getElementById('later-model'))
            return; // a page with every comment built: nothing to window
        index.ensure();
        const count = index.chunkCount();
        windowed = count > 1;
        if (!windowed)
            return;
        let after = index.chunkBoxes[0];
        for (let k = 1; k < count && !index.chunksUrl; ++k) {
            const box = document.createElement('div');
            box.className = 'comments chunk unbuilt';
            box.dataset.chunk = String(k);
            after.after(box);
            after = box;
            index.chunkBoxes[k] = box;
        }
        index.chunkBoxes[0].dataset.chunk = '0';
        // The page's own comments, laid out already, scale the estimates from the start:
        // a first jump far down then lands among placeholders of about their real size.
        const first = estimates()[0];
        if (first > 0 && index.chunkBoxes[0].offsetHeight > 0) {
            measuredHeight = index.chunkBoxes[0].offsetHeight;
            measuredEstimate = first;
            scale = measuredHeight / measuredEstimate;
        }
        sizePlaceholders();
        // Chunk 0, and any a key pressed before a served page's set-up built.
        builtOrder = Array.from({length: count}, (_, k) => k).filter(isBuilt);
        window.addEventListener('scroll', scheduleSettle, {passive: true});
        window.addEventListener('resize', scheduleSettle);
    }

    // Builds chunk k from its HTML, in the state the model gives.
    function build(k) {
        const box = index.chunkBoxes[k];
        const data = index.chunkData[k];
        const html = index.chunkHtml(k);
        if (data instanceof Element)
            data.remove(); // its data block: read once, nothing kept twice
        const from = index.chunkStarts[k];
        const to = index.chunkStarts[k + 1];
        const estimated = estimates()[k];
        index.chunkData[k] = null;
        knownHeights.delete(k);
        box.classList.remove('unbuilt');
        box.innerHTML = html;
        const comments = index.comments;
        let i = from;
        for (let e = box.firstElementChild; e && i < to; e = e.nextElementSibling, ++i) {
            comments[i] = e;
            index.ofElement.set(e, i);
            e.classList.toggle('focused', i === index.focused);
            e.classList.remove('flash');
            if (index.hasReplies(i))
                e.classList.toggle('collapsed', index.isCollapsed(i));
        }
        collapse.refreshVisibility(from, to, collapse.collapsedAncestorDepth(from));
        box.style.height = '';
        Scholia.highlights.chunkBuilt();
        Scholia.reading.chunkBuilt(from, to);
        // Laid out once for real, then skippable at that size while off screen.
        const height = box.offsetHeight;
        box.style.containIntrinsicSize = 'auto ' + height + 'px';
        box.classList.add('later-comments');
        if (estimated > 0) {
            measuredHeight += height;
            measuredEstimate += estimated;
            scale = measuredHeight / measuredEstimate;
        }
        touch(k);
    }

    // Takes chunk k down: its HTML (with the marks and classes it has now) kept as a
    // string, a placeholder of the same height in its place.
    function takeDown(k) {
        const box = index.chunkBoxes[k];
        const height = box.offsetHeight;
        const from = index.chunkStarts[k];
        const to = index.chunkStarts[k + 1];
        Scholia.clearFindMarks(box);
        const comments = index.comments;
        for (let i = from; i < to; ++i) {
            const e = comments[i];
            if (e === undefined)
                continue;
            Scholia.reading.forget(e);
            index.ofElement.delete(e);
            comments[i] = undefined;
        }
        index.chunkData[k] = index.chunksUrl && !changedChunks.has(k) ? k : box.innerHTML;
        box.textContent = '';
        box.classList.remove('later-comments');
        box.classList.add('unbuilt');
        box.style.containIntrinsicSize = '';
        box.style.height = height + 'px';
        knownHeights.set(k, height);
        builtOrder = builtOrder.filter((c) => c !== k);
    }

    function touch(k) {
        builtOrder = builtOrder.filter((c) => c !== k);
        builtOrder.push(k);
    }

    // The built comment's HTML is about to change beyond what the page's model restores.
    function keepChanges(article) {
        const i = article ? index.ofElement.get(article) : undefined;
        if (i !== undefined)
            changedChunks.add(index.chunkOf(i));
    }

    // Comment i's element, building its chunk if need be.
    function ensureBuilt(i) {
        setUp(); // a served page sets it up after its first frame, or now if that is sooner
        index.ensure();
        if (i < 0 || i >= index.ids.length)
            return false;
        const k = index.chunkOf(i);
        if (!isBuilt(k))
            build(k);
        else if (windowed)
            touch(k);
        if (windowed) {
            trimTo(maxBuiltChunks, k);
            scheduleSettle();
        }
        return index.comments[i] !== undefined;
    }

    // Takes down the least recently used chunks beyond `most`, never chunk `keep`.
    function trimTo(most, keep) {
        while (builtOrder.length > most) {
            const victim = builtOrder.find((c) => c !== keep);
            if (victim === undefined)
                return;
            takeDown(victim);
        }
    }

    // The comment's element, building its chunk if need be.
    function articleOf(commentId) {
        const i = index.ofId(commentId);
        return i >= 0 && ensureBuilt(i) ? index.comments[i] : null;
    }

    // Collapse state changed in [from, to): the placeholders take their new heights.
    function subtreeChanged(from, to) {
        if (!windowed)
            return;
        const last = index.chunkOf(Math.max(from, to - 1));
        for (let k = index.chunkOf(from); k <= last; ++k)
            knownHeights.delete(k);
        sizePlaceholders();
        scheduleSettle();
    }

    // After a scroll, a jump or a resize: build the chunks near the window (nearest
    // first, one per task, so that input and painting go on in between) and take down
    // those far from it. The next task comes through a message port: Chromium gives a
    // page it thinks hidden no animation frames and one timer a second.
    const nextTask = new MessageChannel();
    nextTask.port1.onmessage = () => settle();
    let settleQueued = false;
    function scheduleSettle() {
        if (!windowed || settleQueued)
            return;
        settleQueued = true;
        nextTask.port2.postMessage(null);
    }

    // Builds the nearest chunk within buildMargin not built yet, after taking down those
    // beyond keepMargin and, when maxBuiltChunks are built, the farthest if it is farther
    // than that one (never the other way round: nothing is built to be taken down again).
    function settle() {
        settleQueued = false;
        if (document.documentElement.classList.contains('loading'))
            return;
        const viewport = window.innerHeight || 800;
        const boxes = index.chunkBoxes;
        let nearest = -1;
        let nearestDistance = Infinity;
        let farthest = -1;
        let farthestDistance = -1;
        const far = [];
        for (let k = 0; k < boxes.length; ++k) {
            const rect = boxes[k].getBoundingClientRect();
            const distance = rect.bottom < 0 ? -rect.bottom : Math.max(0, rect.top - viewport);
            if (isBuilt(k)) {
                if (distance > keepMargin * viewport)
                    far.push(k);
                else if (distance > farthestDistance) {
                    farthest = k;
                    farthestDistance = distance;
                }
            } else if (distance <= buildMargin * viewport && distance < nearestDistance) {
                nearest = k;
                nearestDistance = distance;
            }
        }
        far.forEach(takeDown);
        if (nearest < 0)
            return;
        if (builtOrder.length >= maxBuiltChunks) {
            if (farthestDistance <= nearestDistance)
                return;
            takeDown(farthest);
        }
        // A reader at the end (End, the scroll bar dragged down) stays there while the
        // last chunks take their real height; elsewhere scroll anchoring keeps the view.
        const page = document.documentElement;
        const atEnd = window.scrollY > 0 && window.scrollY + viewport >= page.scrollHeight - 4;
        build(nearest);
        if (atEnd)
            window.scrollTo(0, page.scrollHeight);
        scheduleSettle();
    }

    Object.assign(Scholia.chunks, {
        setUp: setUp,
        ensureBuilt: ensureBuilt,
        articleOf: articleOf,
        keepChanges: keepChanges,
        subtreeChanged: subtreeChanged,
        scheduleSettle: scheduleSettle,
        windowed: () => windowed,
        isBuilt: isBuilt,
        maxBuiltChunks: maxBuiltChunks,
    });
})(window.Scholia);
