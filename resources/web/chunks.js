// Scholia thread view: building the comments a big thread's page left as data. Chunks
// become elements in order, when the reader comes near them: scrolling towards
// #later-marker, a key moving past the last built comment, a jump to a comment, find.
// Each is drawn in the collapse state the reader has given the thread meanwhile.
'use strict';

(function (Scholia) {
    const index = Scholia.index;
    const collapse = Scholia.collapse;

    // Turns the next chunk into elements. False when every comment is built.
    function buildNextChunk() {
        const box = appendNextChunk();
        if (box)
            makeSkippable([box]);
        return box !== null;
    }

    // Builds up to and including chunk `last`, laying the new boxes out once together.
    function buildThroughChunk(last) {
        const boxes = [];
        while (index.nextChunk <= last && index.nextChunk < index.chunks.length)
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
        index.ensure();
        const chunks = index.chunks;
        if (index.nextChunk >= chunks.length)
            return null;
        const block = chunks[index.nextChunk];
        chunks[index.nextChunk++] = null;
        const html = JSON.parse(block.textContent);
        block.remove();
        // Each chunk in a box of its own that Chromium can skip whole while off screen:
        // appending to one flat list would lay out every earlier comment again, each time.
        const box = document.createElement('div');
        box.className = 'comments';
        box.innerHTML = html;
        const comments = index.comments;
        const from = comments.length;
        for (let e = box.firstElementChild; e; e = e.nextElementSibling) {
            index.ofElement.set(e, comments.length);
            comments.push(e);
        }
        document.querySelector('main.comments').appendChild(box);
        for (let i = from; i < comments.length; ++i) {
            comments[i].classList.remove('focused');
            if (index.hasReplies(i))
                comments[i].classList.toggle('collapsed', index.laterCollapsed[i] === 1);
        }
        collapse.refreshVisibility(from, comments.length, collapse.collapsedAncestorDepth(from));
        Scholia.highlights.chunkBuilt();
        Scholia.reading.chunkBuilt(from, comments.length);
        if (index.nextChunk >= chunks.length) {
            const marker = document.getElementById('later-marker');
            if (marker)
                marker.remove();
        }
        return box;
    }

    // Builds the chunks up to comment i; whether it is built.
    function buildThrough(i) {
        index.ensure();
        if (i >= index.comments.length)
            buildThroughChunk(Math.floor((i - index.firstLater) / index.chunkSize));
        while (i >= index.comments.length && buildNextChunk()) {
            // only if a chunk held fewer comments than the model says
        }
        return i < index.comments.length;
    }

    // The comment's element, building the chunks up to it if need be.
    function articleOf(commentId) {
        const i = index.ofId(commentId);
        return i >= 0 && buildThrough(i) ? index.comments[i] : null;
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

    Object.assign(Scholia.chunks, {
        buildThroughChunk: buildThroughChunk,
        buildThrough: buildThrough,
        articleOf: articleOf,
        watchLaterComments: watchLaterComments,
    });
})(window.Scholia);
