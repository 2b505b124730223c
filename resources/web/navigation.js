// Scholia thread view: the focused comment and moving it (j/k next/previous, J/K and
// n/p same depth, u parent, t top). Moves look for their target in the model (what
// collapses hide is skipped there) and build only the target's chunk.
'use strict';

(function (Scholia) {
    const index = Scholia.index;
    const chunks = Scholia.chunks;
    const collapse = Scholia.collapse;

    function focus(i, scroll) {
        if (i < 0 || !chunks.ensureBuilt(i))
            return;
        const comments = index.comments;
        if (index.focused >= 0 && index.isBuilt(index.focused))
            comments[index.focused].classList.remove('focused');
        index.focused = i;
        comments[i].classList.add('focused');
        if (scroll)
            comments[i].scrollIntoView({block: 'nearest'});
        Scholia.bridge.scheduleSave();
    }

    // The first shown comment from `start` on, by `step`, that `accept`s; -1 when none.
    // Over the model: nothing is built on the way.
    function findFrom(start, step, accept) {
        const total = index.ids.length;
        const depths = index.depths;
        if (step > 0) {
            let hideBelow = start < total ? collapse.collapsedAncestorDepth(start) : Infinity;
            for (let i = start; i < total; ++i) {
                if (depths[i] <= hideBelow)
                    hideBelow = Infinity;
                if (depths[i] > hideBelow)
                    continue;
                if (!index.isPlaceholder(i) && accept(i))
                    return i;
                if (index.isCollapsed(i))
                    i = index.subtreeEnd(i) - 1; // its replies are hidden
            }
            return -1;
        }
        // Backwards, what is shown comes from one pass forwards up to start.
        const last = Math.min(start, total - 1);
        const shown = new Uint8Array(last + 1);
        let hideBelow = Infinity;
        for (let i = 0; i <= last; ++i) {
            if (depths[i] <= hideBelow)
                hideBelow = Infinity;
            shown[i] = depths[i] > hideBelow ? 0 : 1;
            if (shown[i] && index.isCollapsed(i))
                hideBelow = depths[i];
        }
        for (let i = last; i >= 0; --i) {
            if (shown[i] && !index.isPlaceholder(i) && accept(i))
                return i;
        }
        return -1;
    }

    function move(kind) {
        index.ensure();
        if (index.ids.length === 0)
            return;
        const depths = index.depths;
        const at = index.focused;
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

    // Focuses the comment, opening the collapsed subtrees around it; whether it exists.
    function focusComment(id) {
        const i = index.ofId(id);
        if (i < 0)
            return false;
        collapse.openAround(i);
        focus(i, true);
        return index.focused === i;
    }

    Scholia.navigation.focus = focus;
    Object.assign(Scholia, {
        move: move,
        focusComment: focusComment,
    });
})(window.Scholia);
