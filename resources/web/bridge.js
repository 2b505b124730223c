// Scholia thread view: the link back to C++ (ThreadBridge, through QWebChannel). It
// carries the reader's state (collapsed subtrees, focused comment), saved a moment after
// it stops changing, and the requests to annotate. C++ checks every id it receives.
'use strict';

(function (Scholia) {
    const index = Scholia.index;
    let threadBridge = null; // once the channel is up (never in a saved file)
    let saveTimer = 0;
    const connectedCallbacks = []; // run once the channel is up

    function connect() {
        if (typeof QWebChannel === 'undefined' || !window.qt || !qt.webChannelTransport)
            return;
        new QWebChannel(qt.webChannelTransport, (channel) => {
            threadBridge = channel.objects.bridge || null;
            if (threadBridge)
                connectedCallbacks.splice(0).forEach((callback) => callback());
        });
    }

    // Calls back once the channel is up (at once when it is).
    function whenConnected(callback) {
        if (threadBridge)
            callback();
        else
            connectedCallbacks.push(callback);
    }

    function state() {
        index.ensure();
        const collapsed = [];
        for (let i = 0; i < index.ids.length; ++i) {
            if (index.hasReplies(i) && index.isCollapsed(i))
                collapsed.push(index.ids[i]);
        }
        const focused = index.focused >= 0 ? index.ids[index.focused] : '';
        return {collapsed: collapsed, focused: focused};
    }

    // The reader's state is written through the bridge a moment after it stops changing.
    function scheduleSave() {
        if (!threadBridge)
            return;
        clearTimeout(saveTimer);
        saveTimer = setTimeout(saveNow, 250);
    }

    // At once, for a page about to go (a reload).
    function saveNow() {
        if (!threadBridge)
            return;
        clearTimeout(saveTimer);
        const current = state();
        threadBridge.saveViewState(current.collapsed, current.focused);
    }

    // Comments the reader has read (reading.js batches them); C++ checks each id.
    function reportRead(ids) {
        if (threadBridge && ids.length > 0)
            threadBridge.markCommentsRead(ids);
    }

    function annotateSelection() {
        if (threadBridge)
            threadBridge.annotateSelection(Scholia.selectionAnchor());
    }

    function annotateFocused() {
        index.ensure();
        if (threadBridge && index.focused >= 0 && !index.isPlaceholder(index.focused))
            threadBridge.annotateComment(index.ids[index.focused]);
    }

    Object.assign(Scholia.bridge, {
        connect: connect,
        scheduleSave: scheduleSave,
        saveNow: saveNow,
        whenConnected: whenConnected,
        object: () => threadBridge, // null until connected
        reportRead: reportRead,
        connected: () => threadBridge !== null,
    });
    Object.assign(Scholia, {
        state: state,
        annotateSelection: annotateSelection,
        annotateFocused: annotateFocused,
    });
})(window.Scholia);
