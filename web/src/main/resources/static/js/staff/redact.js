// Selecting words in the original fills the "words to mask" field, and where they are,
// so a moderator can mask by selecting. Without JavaScript they type or paste the words.
(function () {
  'use strict';
  var phrase = document.getElementById('phrase');
  var where = document.getElementById('where');
  if (!phrase) {
    return;
  }
  [['original-title', 'TITLE'], ['original-body', 'BODY']].forEach(function (pair) {
    var text = document.getElementById(pair[0]);
    if (!text) {
      return;
    }
    var take = function () {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || !text.contains(selection.anchorNode)
          || !text.contains(selection.focusNode)) {
        return;
      }
      var words = selection.toString().trim();
      if (words === '' || words.length > 200) {
        return;
      }
      phrase.value = words;
      if (where) {
        where.value = pair[1];
      }
    };
    text.addEventListener('mouseup', take);
    text.addEventListener('keyup', take);
  });
})();
