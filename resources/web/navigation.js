// Scholia thread view: the focused comment and moving it (j/k next/previous, J/K and
// n/p same depth, u parent, t top). Moves skip what collapses hide and build the
// chunks they reach, never those inside a collapsed subtree.
'use strict';

(function (Scholia) {
    const index = Scholia.index;
    const chunks = Scholia.chunks;
    const collapse = Scholia.collapse;

    function focus(i, scroll) {
        if (i < 0 || !chunks.buildThrough(i))
            return;
        const comments = index.comments;
        if (index.focused >= 0 && index.focused < comments.length)
            comments[index.focused].classList.remove('focused');
        index.focused = i;
        comments[i].classList.add('focused');
        if (scroll)
            comments[i].scrollIntoView({block: 'nearest'});
        Scholia.bridge.scheduleSave();
    }

    // The first shown comment from `start` on, by `step`, that `accept`s; -1 when none.
    function findFrom(start, step, accept) {
        for (let i = start; i >= 0 && i < index.ids.length; i += step) {
            if (!chunks.buildThrough(i))
                return -1;
            if (index.isHidden(i))
                continue;
            if (!index.isPlaceholder(i) && accept(i))
                return i;
            if (step > 0 && index.isCollapsed(i))
                i = index.subtreeEnd(i) - 1; // its replies are hidden: no need to build them
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
        if (i < 0 || !chunks.buildThrough(i))
            return false;
        let ancestor = i;
        while (index.isHidden(ancestor)) { // open the collapsed subtrees around it
            ancestor = collapse.visibleAncestor(ancestor);
            collapse.setCollapsed(ancestor, false);
            ancestor = i;
        }
        focus(i, true);
        return true;
    }

    Scholia.navigation.focus = focus;
    Object.assign(Scholia, {
        move: move,
        focusComment: focusComment,
    });
})(window.Scholia);
