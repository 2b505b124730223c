// Scholia thread view: collapsed subtrees. Collapsing a comment hides the run of deeper
// comments after it (.hidden), so nesting never depends on the DOM. The state lives in
// the index's model, built or not: a chunk is drawn in it whenever it is (re)built, and
// the placeholders of chunks not built take their estimated heights from it.
'use strict';

(function (Scholia) {
    const index = Scholia.index;

    // The index of comment i's shallowest collapsed ancestor, -1 when none.
    function collapsedAncestor(i) {
        const depths = index.depths;
        let result = -1;
        let depth = i < index.ids.length ? depths[i] : 0;
        for (let a = i - 1; a >= 0 && depth > 0; --a) {
            if (depths[a] < depth) {
                depth = depths[a];
                if (index.isCollapsed(a))
                    result = a;
            }
        }
        return result;
    }

    // The depth of comment i's shallowest collapsed ancestor (Infinity: none).
    function collapsedAncestorDepth(i) {
        const a = collapsedAncestor(i);
        return a < 0 ? Infinity : index.depths[a];
    }

    // Shows or hides the built comments in [from, to) from their ancestors' collapse
    // state, walking the model through the comments not built. `from` must be a visible
    // comment (or the start of the page), or hideBelowAtStart the depth of its shallowest
    // collapsed ancestor.
    function refreshVisibility(from, to, hideBelowAtStart = Infinity) {
        const comments = index.comments;
        const depths = index.depths;
        const collapsed = index.collapsed;
        let hideBelow = hideBelowAtStart;
        for (let i = from; i < to; ++i) {
            if (depths[i] <= hideBelow)
                hideBelow = Infinity;
            const hidden = depths[i] > hideBelow;
            if (comments[i] !== undefined)
                comments[i].classList.toggle('hidden', hidden);
            if (!hidden && collapsed[i] === 1)
                hideBelow = depths[i];
        }
    }

    // The model first; the element, when built, follows it.
    function setCollapsedState(i, collapsed) {
        index.collapsed[i] = collapsed ? 1 : 0;
        if (index.isBuilt(i))
            index.comments[i].classList.toggle('collapsed', collapsed);
    }

    function setCollapsed(i, collapsed) {
        if (!index.hasReplies(i) || index.isCollapsed(i) === collapsed)
            return;
        setCollapsedState(i, collapsed);
        const end = index.subtreeEnd(i);
        if (!index.isHidden(i))
            refreshVisibility(i, end);
        Scholia.chunks.subtreeChanged(i, end);
    }

    function toggle(i) {
        setCollapsed(i, !index.isCollapsed(i));
        Scholia.bridge.scheduleSave();
    }

    // Collapsing or expanding many: set the model, then one pass over everything.
    function setManyCollapsed(shouldCollapse) {
        index.ensure();
        for (let i = 0; i < index.ids.length; ++i) {
            if (index.hasReplies(i))
                setCollapsedState(i, shouldCollapse(i));
        }
        refreshVisibility(0, index.ids.length);
        Scholia.chunks.subtreeChanged(0, index.ids.length);
        if (index.focused >= 0 && index.isHidden(index.focused))
            Scholia.navigation.focus(visibleAncestor(index.focused), true);
        Scholia.bridge.scheduleSave();
    }

    // Comment i if it is shown, else its nearest ancestor that is.
    function visibleAncestor(i) {
        const a = collapsedAncestor(i);
        return a < 0 ? i : a;
    }

    function collapseChildren(i) {
        const depths = index.depths;
        const end = index.subtreeEnd(i);
        for (let j = i + 1; j < end; ++j) {
            if (depths[j] === depths[i] + 1 && index.hasReplies(j))
                setCollapsedState(j, true);
        }
        if (!index.isHidden(i))
            refreshVisibility(i, end);
        Scholia.chunks.subtreeChanged(i, end);
        Scholia.bridge.scheduleSave();
    }

    // Opens the collapsed subtrees that hide comment i.
    function openAround(i) {
        for (let a = collapsedAncestor(i); a >= 0; a = collapsedAncestor(i))
            setCollapsed(a, false);
    }

    Object.assign(Scholia.collapse, {
        collapsedAncestor: collapsedAncestor,
        collapsedAncestorDepth: collapsedAncestorDepth,
        openAround: openAround,
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
            if (i >= 0)
                toggle(i);
        },
    });
})(window.Scholia);
