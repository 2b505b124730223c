// Scholia thread view, loaded last: sets the page going once it is parsed. Shows the
// comment list (hidden while the page arrived) with a placeholder for every chunk not
// built, listens, scrolls to the saved focus (building its chunk alone when it lies
// further down) and connects to C++.
'use strict';

(function (Scholia) {
    function start() {
        document.documentElement.classList.remove('loading');
        Scholia.chunks.setUp();
        Scholia.input.listen();
        Scholia.reading.start();
        const focused = document.querySelector('main.comments article.comment.focused');
        if (focused) {
            focused.scrollIntoView({block: 'center'});
        } else if (Scholia.chunks.windowed() && Scholia.index.savedFocus) {
            const i = Scholia.index.ofId(Scholia.index.savedFocus);
            if (i >= 0) {
                Scholia.navigation.focus(i, false);
                if (Scholia.index.isBuilt(i))
                    Scholia.index.comments[i].scrollIntoView({block: 'center'});
            }
        }
        Scholia.chunks.scheduleSettle();
        Scholia.bridge.connect();
    }

    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', start);
    else
        start();
})(window.Scholia);
