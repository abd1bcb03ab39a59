// The posting form with JavaScript: similar problems appear while typing (htmx fills the
// panel). Without JavaScript the panel stays hidden and the check page shows the same list.
(function () {
  'use strict';
  var live = document.getElementById('similar-live');
  if (live && window.htmx) {
    live.hidden = false;
  }
})();
