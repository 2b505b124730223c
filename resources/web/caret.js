// Scholia thread view: caret mode, so that every highlight can be made from the
// keyboard. F7 (or v) puts a caret at the start of the focused comment's body; keys move
// it by character, word, sentence and line, Shift (or v, once in the mode) extends the
// selection, which never leaves that body; h annotates it exactly as a mouse selection
// is annotated; Esc leaves. Chromium paints no caret in text that is not editable (and
// making the body editable would let a keystroke change it), so the page draws its own.
'use strict';

(function (Scholia) {
    const index = Scholia.index;

    // key -> [direction, granularity] for Selection.modify.
    const plainMoves = {
        ArrowLeft: ['backward', 'character'], ArrowRight: ['forward', 'character'],
        ArrowUp: ['backward', 'line'], ArrowDown: ['forward', 'line'],
        Home: ['backward', 'lineboundary'], End: ['forward', 'lineboundary'],
        w: ['forward', 'word'], b: ['backward', 'word'],
        '(': ['backward', 'sentence'], ')': ['forward', 'sentence'],
    };
    const controlMoves = {
        ArrowLeft: ['backward', 'word'], ArrowRight: ['forward', 'word'],
        ArrowUp: ['backward', 'paragraph'], ArrowDown: ['forward', 'paragraph'],
    };
    // Shift turns these letters into capitals: W and B extend by word.
    const extendingLetters = {W: 'w', B: 'b'};

    let body = null; // the comment body the caret is in; null outside caret mode
    let extending = false; // after v in the mode: every move extends the selection
    let mark = null; // the drawn caret, inside the comment's <article>

    function textNodes(root) {
        const nodes = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.data.length > 0)
                nodes.push(node);
        }
        return nodes;
    }

    // The body's first or last place a caret can be, in its text.
    function edge(atEnd) {
        const nodes = textNodes(body);
        if (nodes.length === 0)
            return [body, atEnd ? body.childNodes.length : 0];
        const node = atEnd ? nodes[nodes.length - 1] : nodes[0];
        return [node, atEnd ? node.data.length : 0];
    }

    // The point itself when it is inside the body, else the body's nearer edge.
    function clampPoint(node, offset) {
        const range = document.createRange();
        range.selectNodeContents(body);
        let where;
        try {
            where = range.comparePoint(node, offset);
        } catch (e) {
            where = -1; // in another document or a doctype: nowhere near the body
        }
        return where === 0 ? [node, offset] : edge(where > 0);
    }

    // Selection.modify follows lines and words into whatever comes next on the page: the
    // next comment's header, the previous one's text. The selection is put back inside.
    function clampSelection() {
        const selection = window.getSelection();
        if (selection.rangeCount === 0) {
            const [node, offset] = edge(false);
            selection.collapse(node, offset);
            return;
        }
        const anchor = clampPoint(selection.anchorNode, selection.anchorOffset);
        const focus = clampPoint(selection.focusNode, selection.focusOffset);
        if (anchor[0] !== selection.anchorNode || anchor[1] !== selection.anchorOffset ||
            focus[0] !== selection.focusNode || focus[1] !== selection.focusOffset)
            selection.setBaseAndExtent(anchor[0], anchor[1], focus[0], focus[1]);
    }

    // Where the caret is to be drawn: the box of the selection's moving end, in the
    // viewport's coordinates. A point between elements has no box of its own; the text
    // beside it gives one.
    function focusBox() {
        const selection = window.getSelection();
        if (selection.rangeCount === 0)
            return null;
        const range = document.createRange();
        range.setStart(selection.focusNode, selection.focusOffset);
        const rects = range.getClientRects();
        if (rects.length > 0)
            return {left: rects[0].left, top: rects[0].top, height: rects[0].height};
        const nodes = textNodes(body);
        for (const node of nodes) {
            if (range.comparePoint(node, 0) >= 0) { // the first text at or after the caret
                range.setStart(node, 0);
                const after = range.getClientRects();
                if (after.length > 0)
                    return {left: after[0].left, top: after[0].top, height: after[0].height};
                break;
            }
        }
        const bodyBox = body.getBoundingClientRect();
        return {left: bodyBox.left, top: bodyBox.top, height: 16};
    }

    function draw() {
        const article = body.parentElement;
        const box = focusBox();
        if (!box)
            return;
        if (!mark || mark.parentElement !== article) {
            if (mark)
                mark.remove();
            mark = document.createElement('span');
            mark.className = 'caret-mark';
            mark.setAttribute('aria-hidden', 'true');
            article.appendChild(mark);
        }
        // The article is the caret's containing block (.comment is position: relative),
        // so the caret stays put when anything above the comment changes height.
        const origin = article.getBoundingClientRect();
        mark.style.left = (box.left - origin.left - article.clientLeft) + 'px';
        mark.style.top = (box.top - origin.top - article.clientTop) + 'px';
        mark.style.height = box.height + 'px';
        mark.scrollIntoView({block: 'nearest'});
    }

    // The focused comment's body, opened if its comment is collapsed; null when the
    // focused comment has no text to select (a "more replies" placeholder).
    function focusedBody() {
        index.ensure();
        if (index.focused < 0)
            Scholia.move('next');
        const i = index.focused;
        if (i < 0 || index.isPlaceholder(i))
            return null;
        if (index.isCollapsed(i))
            Scholia.collapse.toggle(i);
        if (!Scholia.chunks.ensureBuilt(i)) // its chunk may have been taken down meanwhile
            return null;
        const found = index.comments[i].querySelector(':scope > .body');
        return found && textNodes(found).length > 0 ? found : null;
    }

    function enter() {
        const found = focusedBody();
        if (!found)
            return false;
        body = found;
        extending = false;
        body.classList.add('caret-mode');
        body.scrollIntoView({block: 'nearest'}); // as much of the text as fits, then the caret
        const [node, offset] = edge(false);
        window.getSelection().collapse(node, offset);
        document.addEventListener('mousedown', onMouseDown, true);
        window.addEventListener('resize', draw);
        draw();
        return true;
    }

    // Leaves caret mode; the selection goes with it unless the mouse is taking over.
    function leave(keepSelection) {
        if (!body)
            return;
        body.classList.remove('caret-mode', 'caret-extending');
        body = null;
        extending = false;
        if (mark)
            mark.remove();
        mark = null;
        document.removeEventListener('mousedown', onMouseDown, true);
        window.removeEventListener('resize', draw);
        if (!keepSelection)
            window.getSelection().removeAllRanges();
    }

    function onMouseDown() {
        leave(true);
    }

    function toggle() {
        if (body)
            leave(false);
        else
            enter();
    }

    function move(direction, granularity, extend) {
        const selection = window.getSelection();
        clampSelection();
        selection.modify(extend || extending ? 'extend' : 'move', direction, granularity);
        clampSelection();
        draw();
    }

    // The move a key asks for, as [direction, granularity, extend], or null.
    function moveFor(event) {
        if (event.altKey || event.metaKey)
            return null;
        // Some input methods report Shift+w as "w" with shiftKey set (input.js does the same).
        const key = event.shiftKey && event.key.length === 1 ? event.key.toUpperCase() : event.key;
        if (event.ctrlKey) {
            const found = controlMoves[key];
            return found ? [found[0], found[1], event.shiftKey] : null;
        }
        if (extendingLetters[key])
            return plainMoves[extendingLetters[key]].concat(true);
        const found = plainMoves[key];
        // ( and ) need Shift on most layouts: there Shift cannot also mean "extend".
        return found ? [found[0], found[1], event.shiftKey && key.length > 1] : null;
    }

    // The page's key listener asks here first; true when the key was caret mode's.
    function onKey(event) {
        if (event.defaultPrevented)
            return false;
        const target = event.target;
        if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
            return false;
        const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
        if (!body) {
            if (!plain || (event.key !== 'F7' && event.key !== 'v'))
                return false;
            enter();
            return true;
        }
        if (!body.isConnected || body.getClientRects().length === 0) {
            leave(false); // the comment was collapsed or rebuilt meanwhile
            return false;
        }
        const wanted = moveFor(event);
        if (wanted) {
            move(wanted[0], wanted[1], wanted[2]);
            return true;
        }
        if (!plain)
            return false; // Ctrl+C copies the selection, as anywhere
        if (event.key === 'Escape' || event.key === 'F7') {
            leave(false);
        } else if (event.key === 'v') {
            extending = !extending;
            body.classList.toggle('caret-extending', extending);
        } else if (event.key === 'h') {
            // The mouse's path: the page reports the selection, C++ checks and stores it.
            clampSelection();
            const selected = !window.getSelection().isCollapsed;
            Scholia.annotateSelection();
            if (selected)
                leave(false);
        } else if ((event.key.length === 1 && event.key !== '?') || event.key === 'Enter') {
            // Any other key of the page (j, k, c, Space…) leaves the mode and acts as usual.
            leave(false);
            return false;
        } else {
            return false; // Shift or Ctrl pressed alone, Tab, the help…: the mode stays
        }
        return true;
    }

    Object.assign(Scholia.caret, {
        onKey: onKey,
        isActive: () => body !== null,
    });
    Scholia.toggleCaretMode = toggle;
})(window.Scholia);
