// Scholia thread view: the one global the view's scripts share, Scholia, and its parts.
// The page loads the scripts in the order ThreadScripts::fileNames gives (this one
// first, start.js last); each file fills in its part and adds what C++ calls.
'use strict';

// Functions directly on Scholia are what C++ calls (ThreadView, FindBar, the tests).
// The objects are the parts through which the files reach each other: all exist from
// the start, so a file may refer to a part that a later file fills in.
window.Scholia = {
    index: {}, // commentindex.js: every comment, built or not, indexed on first use
    chunks: {}, // chunks.js: building the comments a big thread's page left as data
    collapse: {}, // collapse.js: collapsed subtrees and what they hide
    navigation: {}, // navigation.js: the focused comment, j/k/J/K/n/p/u/t
    bridge: {}, // bridge.js: the link back to C++ and the reading state it saves
    highlights: {}, // highlights.js: annotations drawn in the page
    caret: {}, // caret.js: caret mode, selecting a comment's text from the keyboard
    reading: {}, // reading.js: read and new comments, their keys, Only New
    input: {}, // input.js: the document's one key, click and context-menu listener each
    threadMap: {}, // threadmap.js: what the map beside the page is told, and its jumps
};
