// Checks a corporate number (法人番号) as it is typed: 13 digits, the first a check digit
// over the other twelve. Only a hint: the server checks it again whatever this says. The
// words come from the page (data-* attributes), so they follow the page's language.
(function () {
  'use strict';

  function normalise(value) {
    return value
      .replace(/[０-９]/g, function (digit) { return String.fromCharCode(digit.charCodeAt(0) - 0xFEE0); })
      .replace(/[\s\-‐－ー−]/g, '');
  }

  // 9 minus the sum of the twelve digits weighted 1, 2, 1, 2… from the right, modulo 9.
  function checkDigit(twelve) {
    var sum = 0;
    for (var fromRight = 0; fromRight < 12; fromRight++) {
      var digit = twelve.charCodeAt(11 - fromRight) - 48;
      sum += digit * (fromRight % 2 === 0 ? 1 : 2);
    }
    return 9 - (sum % 9);
  }

  function verdict(value) {
    var number = normalise(value);
    if (number === '') {
      return null;
    }
    if (!/^[0-9]{13}$/.test(number)) {
      return 'length';
    }
    return Number(number.charAt(0)) === checkDigit(number.substring(1)) ? 'ok' : 'checkDigit';
  }

  function attach(input) {
    var live = document.getElementById(input.id + '-live');
    if (!live) {
      return;
    }
    var words = { ok: live.dataset.ok, length: live.dataset.length, checkDigit: live.dataset.checkDigit };
    function show(result) {
      live.textContent = result ? words[result] : '';
      live.className = 'field__live' + (result ? ' field__live--' + (result === 'ok' ? 'good' : 'stop') : '');
    }
    // While typing, speak up only once the number is long enough to judge.
    input.addEventListener('input', function () {
      var result = verdict(input.value);
      show(result === 'length' && normalise(input.value).length < 13 ? null : result);
    });
    input.addEventListener('blur', function () {
      show(verdict(input.value));
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[data-corporate-number]'), attach);
}());
