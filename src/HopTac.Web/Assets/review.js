// The review queue's keyboard (/review): j/k or the arrows move, x or space selects, a accepts, r rejects, e opens
// the edit form (Escape closes it), Shift+A and Shift+R accept or reject the selection. Every decision is an ordinary
// form post, so the page works without this script; the script only says which row the decision is about.
(function () {
  'use strict';
  var table = document.getElementById('queue');
  if (!table) { return; }
  var rows = Array.prototype.slice.call(table.querySelectorAll('tr.item'));
  var bulk = document.getElementById('bulk');
  var at = document.getElementById('review-at');
  var current = Math.min(Math.max(parseInt(table.getAttribute('data-at'), 10) || 0, 0), rows.length - 1);

  function focus(index) {
    if (rows.length === 0) { return; }
    current = Math.min(Math.max(index, 0), rows.length - 1);
    rows.forEach(function (row, i) { row.classList.toggle('current', i === current); });
    rows[current].focus({ preventScroll: true });
    rows[current].scrollIntoView({ block: 'nearest' });
    at.value = String(current);
  }

  function toggle(row) {
    var box = row.querySelector('input.pick');
    box.checked = !box.checked;
    row.classList.toggle('picked', box.checked);
  }

  function submit(button) {
    at.value = String(current);
    bulk.requestSubmit(button);
  }

  function edit(row) {
    var form = row.querySelector('form.edit-form');
    form.hidden = false;
    var first = form.querySelector('select, input:not([type=hidden])');
    if (first) { first.focus(); }
  }

  rows.forEach(function (row, i) {
    row.addEventListener('click', function (e) {
      if (e.target.closest('a, button, input, select, form')) {
        if (e.target.matches('input.pick')) { row.classList.toggle('picked', e.target.checked); }
        current = i;
        at.value = String(i);
        return;
      }
      focus(i);
    });
    row.querySelector('button.edit').addEventListener('click', function () { current = i; edit(row); });
  });

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var typing = e.target.closest && e.target.closest('input:not(.pick), select, textarea');
    if (typing) {
      if (e.key === 'Escape') {
        var form = e.target.closest('form.edit-form');
        if (form) { form.hidden = true; focus(current); e.preventDefault(); }
      }
      return;
    }
    var row = rows[current];
    switch (e.key) {
      case 'j': case 'ArrowDown': focus(current + 1); break;
      case 'k': case 'ArrowUp': focus(current - 1); break;
      case 'x': case ' ': toggle(row); break;
      case 'a': submit(row.querySelector('button.accept')); break;
      case 'r': submit(row.querySelector('button.reject')); break;
      case 'e': edit(row); break;
      case 'A': submit(document.getElementById('bulk-accept')); break;
      case 'R': submit(document.getElementById('bulk-reject')); break;
      default: return;
    }
    e.preventDefault();
  });

  focus(current);
}());
