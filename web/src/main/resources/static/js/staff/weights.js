// Keeps the criteria's total up to date while weights are typed; the server checks it
// again (it must be 100%) whatever this shows.
(function () {
  'use strict';
  var total = document.getElementById('weight-total');
  if (!total) {
    return;
  }
  function update() {
    var sum = 0;
    document.querySelectorAll('input.weight').forEach(function (input) {
      var value = parseInt(input.value.replace(/[^0-9]/g, ''), 10);
      sum += isNaN(value) ? 0 : value;
    });
    total.textContent = sum + '%';
  }
  document.addEventListener('input', function (event) {
    if (event.target.classList && event.target.classList.contains('weight')) {
      update();
    }
  });
})();
