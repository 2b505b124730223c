// Scholia thread view: the reader's selection as an annotation wants it. Offsets are
// UTF-16 offsets into the comment body's textContent, which is exactly the plain text
// the store keeps for the comment.
'use strict';

(function (Scholia) {
    function bodyOf(node) {
        const element = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
        const body = element && element.closest('.comments > article.comment > .body');
        return body || null;
    }

    function textOffset(body, node, offset) {
        const range = document.createRange();
        range.setStart(body, 0);
        range.setEnd(node, offset);
        return range.toString().length;
    }

    // What is selected, as the store wants it, or {error} when it cannot be annotated.
    function selectionAnchor() {
        const selection = window.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed)
            return {error: 'empty'};
        const range = selection.getRangeAt(0);
        const startBody = bodyOf(range.startContainer);
        const endBody = bodyOf(range.endContainer);
        if (!startBody || !endBody)
            return {error: 'outside'};
        if (startBody !== endBody)
            return {error: 'cross'};
        const start = textOffset(startBody, range.startContainer, range.startOffset);
        const end = textOffset(startBody, range.endContainer, range.endOffset);
        if (end <= start)
            return {error: 'empty'};
        const rect = range.getBoundingClientRect();
        return {
            commentId: startBody.parentElement.dataset.id, start: start, end: end,
            exact: startBody.textContent.slice(start, end),
            x: rect.left, y: rect.bottom, top: rect.top, right: rect.right,
        };
    }

    Scholia.selectionAnchor = selectionAnchor;
})(window.Scholia);
