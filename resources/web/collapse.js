// Scholia thread view: collapsed subtrees. Collapsing a comment hides the run of deeper
// comments after it (.hidden), so nesting never depends on the DOM; comments not built
// yet keep their state in the index and are drawn in it when they are built.
'use strict';

(function (Scholia) {
    const index = Scholia.index;

    // The depth of comment i's shallowest collapsed ancestor (Infinity: none). Its
    // ancestors come before it, so they are built.
    function collapsedAncestorDepth(i) {
        const depths = index.depths;
        let result = Infinity;
        let depth = i < index.ids.length ? depths[i] : 0;
        for (let a = i - 1; a >= 0 && depth > 0; --a) {
            if (depths[a] < depth) {
                depth = depths[a];
                if (index.isCollapsed(a))
                    result = depth;
            }
        }
        return result;
    }

    // Shows or hides the built comments in [from, to) from their ancestors' collapse
    // state. `from` must be a visible comment (or the start of the page), or
    // hideBelowAtStart the depth of its shallowest collapsed ancestor.
    function refreshVisibility(from, to, hideBelowAtStart = Infinity) {
        const comments = index.comments;
        const depths = index.depths;
        let hideBelow = hideBelowAtStart;
        for (let i = from; i < to; ++i) {
            if (depths[i] <= hideBelow)
                hideBelow = Infinity;
            const hidden = depths[i] > hideBelow;
            comments[i].classList.toggle('hidden', hidden);
            if (!hidden && index.isCollapsed(i))
                hideBelow = depths[i];
        }
    }

    // Comment i is built; replies not built yet are drawn in this state when they are.
    function setCollapsed(i, collapsed) {
        if (!index.hasReplies(i) || index.isCollapsed(i) === collapsed)
            return;
        index.comments[i].classList.toggle('collapsed', collapsed);
        if (!index.isHidden(i))
            refreshVisibility(i, Math.min(index.subtreeEnd(i), index.comments.length));
    }

    function toggle(i) {
        setCollapsed(i, !index.isCollapsed(i));
        Scholia.bridge.scheduleSave();
    }

    // Collapsing or expanding many: set the classes, then one pass over everything.
    function setManyCollapsed(shouldCollapse) {
        index.ensure();
        for (let i = 0; i < index.ids.length; ++i) {
            if (!index.hasReplies(i))
                continue;
            if (index.isBuilt(i))
                index.comments[i].classList.toggle('collapsed', shouldCollapse(i));
            else
                index.laterCollapsed[i] = shouldCollapse(i) ? 1 : 0;
        }
        refreshVisibility(0, index.comments.length);
        if (index.focused >= 0 && index.isHidden(index.focused))
            Scholia.navigation.focus(visibleAncestor(index.focused), true);
        Scholia.bridge.scheduleSave();
    }

    // Comment i if it is shown, else its nearest ancestor that is (both built).
    function visibleAncestor(i) {
        const depths = index.depths;
        let at = i;
        while (at > 0 && index.isHidden(at)) {
            const depth = depths[at];
            do {
                --at;
            } while (at > 0 && depths[at] >= depth);
        }
        return at;
    }

    function collapseChildren(i) {
        const depths = index.depths;
        const end = index.subtreeEnd(i);
        for (let j = i + 1; j < end; ++j) {
            if (depths[j] !== depths[i] + 1 || !index.hasReplies(j))
                continue;
            if (index.isBuilt(j))
                index.comments[j].classList.add('collapsed');
            else
                index.laterCollapsed[j] = 1;
        }
        if (!index.isHidden(i))
            refreshVisibility(i, Math.min(end, index.comments.length));
        Scholia.bridge.scheduleSave();
    }

    Object.assign(Scholia.collapse, {
        collapsedAncestorDepth: collapsedAncestorDepth,
        refreshVisibility: refreshVisibility,
        setCollapsed: setCollapsed,
        toggle: toggle,
        visibleAncestor: visibleAncestor,
        collapseChildren: collapseChildren,
    });

    Object.assign(Scholia, {
        expandAll: () => setManyCollapsed(() => false),
        collapseToTopLevel: () => setManyCollapsed((i) => index.depths[i] === 0),
        // Shows depths 0 .. n-1; comments at depth n and deeper are folded away.
        collapseBelowDepth: (n) => setManyCollapsed((i) => index.depths[i] === n - 1),
        toggle: (id) => {
            const i = index.ofId(id);
            if (i >= 0 && Scholia.chunks.buildThrough(i))
                toggle(i);
        },
    });
})(window.Scholia);
