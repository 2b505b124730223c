// Scholia thread view, loaded last: sets the page going once it is parsed. Shows the
// comment list (hidden while the page arrived), listens, scrolls to the saved focus,
// watches for comments still to build and connects to C++.
'use strict';

(function (Scholia) {
    function start() {
        document.documentElement.classList.remove('loading');
        Scholia.input.listen();
        Scholia.reading.start();
        const focused = document.querySelector('main.comments > article.comment.focused');
        if (focused)
            focused.scrollIntoView({block: 'center'});
        Scholia.chunks.watchLaterComments();
        Scholia.bridge.connect();
    }

    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', start);
    else
        start();
})(window.Scholia);
