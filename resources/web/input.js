// Scholia thread view: the reader's keys and clicks. One listener per event type on the
// document, none per comment: a 10 000-comment page costs nothing here until the
// reader acts.
'use strict';

(function (Scholia) {
    const index = Scholia.index;
    const collapse = Scholia.collapse;
    const navigation = Scholia.navigation;

    const moves = {j: 'next', k: 'previous', J: 'nextSibling', K: 'previousSibling',
                   n: 'nextSibling', p: 'previousSibling', u: 'parent', t: 'top'};

    function onKey(event) {
        if (Scholia.caret.onKey(event)) { // F7, v and, in caret mode, its keys
            event.preventDefault();
            return;
        }
        if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented)
            return;
        const target = event.target;
        if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
            return;
        const help = document.getElementById('shortcuts');
        if (help && !help.hidden && (event.key === 'Escape' || event.key === '?')) {
            Scholia.toggleHelp(false);
            event.preventDefault();
            return;
        }
        // Some input methods report Shift+c as "c" with shiftKey set; treat it as "C".
        const key = event.shiftKey && event.key.length === 1 ? event.key.toUpperCase() : event.key;
        index.ensure();
        if (moves[key]) {
            Scholia.move(moves[key]);
        } else if (key === ' ' || key === 'Enter') {
            if (index.focused < 0)
                return;
            collapse.toggle(index.focused);
        } else if (key === 'C') {
            if (index.focused >= 0)
                collapse.collapseChildren(index.focused);
        } else if (key === '?') {
            Scholia.toggleHelp();
        } else if (key === 'h') {
            Scholia.annotateSelection();
        } else if (key === 'c') {
            Scholia.annotateFocused();
        } else {
            return;
        }
        event.preventDefault();
    }

    // The index of the comment an event happened in, or undefined.
    function commentAt(target) {
        const article = target instanceof Element && target.closest('.comments > article.comment');
        if (!article)
            return undefined;
        index.ensure();
        return index.ofElement.get(article);
    }

    function onClick(event) {
        const target = event.target;
        const i = commentAt(target);
        if (i === undefined)
            return;
        if (target.closest('.toggle') || target.classList.contains('line')) {
            collapse.toggle(i);
            navigation.focus(i, false);
            event.preventDefault();
        } else if (!target.closest('a')) {
            navigation.focus(i, false);
        }
    }

    // A right-click picks the comment the context menu's "Annotate Comment" acts on.
    function onContextMenu(event) {
        const i = commentAt(event.target);
        if (i !== undefined)
            navigation.focus(i, false);
    }

    Scholia.input.listen = function () {
        document.addEventListener('keydown', onKey);
        document.addEventListener('click', onClick);
        document.addEventListener('contextmenu', onContextMenu);
    };
})(window.Scholia);
