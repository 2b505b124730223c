// Scholia thread view: what the page shows over the thread: the list of keyboard
// shortcuts (#shortcuts, written by ThreadHtmlRenderer) and a short-lived message.
'use strict';

(function (Scholia) {
    // Shows the list, hides it, or (no argument) switches.
    function toggleHelp(show) {
        const help = document.getElementById('shortcuts');
        if (help)
            help.hidden = show === undefined ? !help.hidden : !show;
    }

    function toast(message) {
        let box = document.getElementById('toast');
        if (!box) {
            box = document.createElement('div');
            box.id = 'toast';
            box.setAttribute('role', 'status');
            document.body.appendChild(box);
        }
        box.textContent = message;
        box.hidden = false;
        clearTimeout(box.timer);
        box.timer = setTimeout(() => { box.hidden = true; }, 3500);
    }

    Object.assign(Scholia, {
        toggleHelp: toggleHelp,
        toast: toast,
    });
})(window.Scholia);
