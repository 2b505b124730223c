// The argument map pane: every claim (an SVG group "ann-<id>") takes the focus with Tab,
// the arrow keys move between claims in reading order, Enter or a click goes to the
// passage (scholia://map/jump/ann-<id>, which ArgumentMapPage turns into a request).
'use strict';
document.addEventListener('DOMContentLoaded', function () {
    var nodes = Array.prototype.slice.call(document.querySelectorAll('#map g.node'));
    var place = function (node) {
        var box = node.getBoundingClientRect();
        return {top: Math.round(box.top / 8), left: box.left};
    };
    nodes.sort(function (a, b) {
        var pa = place(a), pb = place(b);
        return pa.top !== pb.top ? pa.top - pb.top : pa.left - pb.left;
    });
    var jump = function (node) {
        if (/^ann-[0-9]+$/.test(node.id))
            window.location.href = 'scholia://map/jump/' + node.id;
    };
    nodes.forEach(function (node, index) {
        node.setAttribute('tabindex', '0');
        node.setAttribute('role', 'button');
        var words = Array.prototype.map.call(node.querySelectorAll('text'), function (t) {
            return t.textContent;
        });
        node.setAttribute('aria-label', words.join(' '));
        node.addEventListener('click', function () { jump(node); });
        node.addEventListener('keydown', function (event) {
            var step = 0;
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                jump(node);
            } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
                step = 1;
            } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
                step = -1;
            }
            if (step !== 0) {
                event.preventDefault();
                nodes[(index + step + nodes.length) % nodes.length].focus();
            }
        });
    });
});
