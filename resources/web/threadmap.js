// Scholia thread view: what the thread map beside the page (ThreadMapStrip) needs from
// it. Reports which comments are on screen, a moment after scrolling, resizing or a
// collapse changes that, and jumps to the comment the reader picked on the map.
'use strict';

(function (Scholia) {
    const index = Scholia.index;
    const chunks = Scholia.chunks;
    const collapse = Scholia.collapse;
    const reportDelay = 80; // ms: a scroll reports a few times a second, not every frame
    let timer = 0;
    let reported = '';

    // The index of the comment drawn at height y of the window, looking down (step > 0)
    // or up from there past the gaps between comments; -1 when there is none.
    function commentNear(y, step) {
        const main = document.querySelector('main.comments');
        if (!main)
            return -1;
        const box = main.getBoundingClientRect();
        // The right edge: comments are indented by depth on the left, never on the right.
        const x = Math.max(box.left, Math.min(box.right - 4, window.innerWidth - 4));
        for (let at = y; at >= 0 && at < window.innerHeight; at += step) {
            for (const element of document.elementsFromPoint(x, at)) {
                const article = element.closest('.comments > article.comment');
                if (article && index.ofElement.has(article))
                    return index.ofElement.get(article);
                if (element.classList.contains('unbuilt')) // a chunk's placeholder: estimated
                    return placeholderComment(element, at);
            }
        }
        return -1;
    }

    // The comment about at height y of a chunk's placeholder, by its share of the height.
    function placeholderComment(box, y) {
        const k = Number(box.dataset.chunk);
        const from = index.chunkStarts[k];
        const to = index.chunkStarts[k + 1];
        const rect = box.getBoundingClientRect();
        const share = rect.height > 0 ? Math.min(1, Math.max(0, (y - rect.top) / rect.height)) : 0;
        return Math.min(to - 1, from + Math.floor(share * (to - from)));
    }

    function visibleRange() {
        index.ensure();
        const first = commentNear(0, 8);
        const last = first < 0 ? -1 : commentNear(window.innerHeight - 1, -8);
        return last < first ? {first: first, last: first} : {first: first, last: last};
    }

    function report() {
        timer = 0;
        const bridge = Scholia.bridge.object();
        if (!bridge || document.documentElement.classList.contains('loading'))
            return;
        const range = visibleRange();
        const key = range.first + ':' + range.last;
        if (key === reported)
            return;
        reported = key;
        bridge.reportViewport(range.first, range.last);
    }

    // At most one report per reportDelay, and always one after the last change.
    function scheduleReport() {
        if (!timer)
            timer = setTimeout(report, reportDelay);
    }

    // The indices of the comments holding Find in Thread's text (find.js counts them).
    function reportFindHits(hits) {
        const bridge = Scholia.bridge.object();
        if (bridge)
            bridge.reportFindHits(hits);
    }

    // Goes to comment i. reveal: as a search hit is shown (collapsed subtrees around
    // it opened, focused, centred, flashed); else only scrolled to, or to the comment
    // that hides it, changing nothing (a drag on the map passes many comments).
    function jumpTo(i, reveal) {
        index.ensure();
        if (i < 0 || i >= index.ids.length)
            return false;
        if (reveal) {
            if (!Scholia.focusComment(index.ids[i]))
                return false;
            const article = index.comments[i];
            article.scrollIntoView({block: 'center'});
            article.classList.remove('flash');
            void article.offsetWidth; // restart the animation
            article.classList.add('flash');
            setTimeout(() => article.classList.remove('flash'), 2600);
        } else {
            const shown = index.isHidden(i) ? collapse.visibleAncestor(i) : i;
            if (!chunks.ensureBuilt(shown))
                return false;
            index.comments[shown].scrollIntoView({block: 'center'});
        }
        scheduleReport();
        return true;
    }

    function listen() {
        window.addEventListener('scroll', scheduleReport, {passive: true});
        window.addEventListener('resize', scheduleReport);
        // Collapsing and expanding change what is on screen without a scroll.
        document.addEventListener('click', scheduleReport);
        document.addEventListener('keyup', scheduleReport);
        Scholia.bridge.whenConnected(scheduleReport);
    }

    Object.assign(Scholia.threadMap, {
        jumpTo: jumpTo,
        reportNow: report,
        scheduleReport: scheduleReport,
        reportFindHits: reportFindHits,
    });

    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', listen);
    else
        listen();
})(window.Scholia);
