// Choosing a ready reason writes it into the reason box, where it can still be edited.
// Without JavaScript the chosen reason is sent as it is (the server reads the choice).
(function () {
  'use strict';
  var form = document.getElementById('reject-form');
  if (!form) {
    return;
  }
  var box = document.getElementById('reason');
  var last = '';
  form.addEventListener('change', function (event) {
    var choice = event.target;
    if (choice.name !== 'preset' || !box) {
      return;
    }
    // Only replace text that is empty or still the previous ready reason.
    if (box.value.trim() === '' || box.value === last) {
      box.value = choice.getAttribute('data-reason') || '';
      last = box.value;
    }
  });
})();
