// Scholia thread view, loaded last: sets the page going once it is parsed. Shows the
// comment list (hidden while the page arrived) with a placeholder for every chunk not
// built, listens, scrolls to the saved focus (building its chunk alone when it lies
// further down) and connects to C++. A page whose chunks the scheme handler serves came
// with its placeholders: it shows its first frame before indexing every comment.
'use strict';

(function (Scholia) {
    function start() {
        document.documentElement.classList.remove('loading');
        const model = document.getElementById('later-model');
        const served = model && model.classList.contains('served');
        if (!served)
            Scholia.chunks.setUp();
        Scholia.input.listen();
        Scholia.reading.start();
        Scholia.bridge.connect();
        if (!served) {
            afterFirstFrame();
            return;
        }
        // After the frame, or soon in any case: a page Chromium thinks hidden gets no
        // animation frames. Anything that builds a chunk before sets the window up first.
        let done = false;
        const once = () => {
            if (!done) {
                done = true;
                afterFirstFrame();
            }
        };
        requestAnimationFrame(() => setTimeout(once, 0));
        setTimeout(once, 100);
    }

    function afterFirstFrame() {
        // Nothing has used the index yet: no key, no jump from C++ (a search hit opened
        // with the page) that the saved focus would undo.
        const untouched = !Scholia.index.comments;
        Scholia.chunks.setUp();
        if (untouched)
            restoreSavedFocus();
        Scholia.chunks.scheduleSettle();
    }

    function restoreSavedFocus() {
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
    }

    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', start);
    else
        start();
})(window.Scholia);
