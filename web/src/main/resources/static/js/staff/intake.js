// While staff type what a caller says, the similar-problems panel follows (through htmx,
// which this page loads). Without JavaScript the "find similar problems" button does the
// same by sending the form.
(function () {
  'use strict';
  function wire() {
    var panel = document.getElementById('similar');
    var form = document.getElementById('intake-form');
    if (!panel || !form || !window.htmx) {
      return;
    }
    ['title', 'body'].forEach(function (id) {
      var field = document.getElementById(id);
      if (!field) {
        return;
      }
      field.setAttribute('hx-get', form.getAttribute('action') + '/similar');
      field.setAttribute('hx-trigger', 'input changed delay:600ms');
      field.setAttribute('hx-target', '#similar');
      field.setAttribute('hx-swap', 'outerHTML');
      field.setAttribute('hx-include', '#title, #body');
      window.htmx.process(field);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  }
  else {
    wire();
  }
})();
