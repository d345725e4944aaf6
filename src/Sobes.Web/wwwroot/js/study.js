// Keys of the study page: space reveals, 1–4 grade (or pick an option before answering), Enter accepts the
// suggested grade, u undoes the last answer, k records a key-less quiz's answer as its key, f flags the card as wrong.
// Keys are read by their place on the keyboard (event.code), so they work with any layout: with the Russian layout
// on, the U key types "г" and still undoes. The forms work without it.
(function () {
  var study = document.getElementById('study');
  if (!study) { return; }

  function click(selector) {
    var target = study.querySelector(selector);
    if (target) { target.click(); return true; }
    return false;
  }

  function typing(target) {
    var name = target && target.tagName;
    return name === 'INPUT' || name === 'TEXTAREA' || name === 'SELECT' || (target && target.isContentEditable);
  }

  // The key pressed, named by its QWERTY place: ' ', '1'–'9', 'Enter' or a lower-case letter; the typed character
  // only where the browser gives no code.
  function keyOf(event) {
    var code = event.code || '';
    var m;
    if (code === 'Space') { return ' '; }
    if (code === 'Enter' || code === 'NumpadEnter') { return 'Enter'; }
    if ((m = /^(?:Digit|Numpad)([0-9])$/.exec(code))) { return m[1]; }
    if ((m = /^Key([A-Z])$/.exec(code))) { return m[1].toLowerCase(); }
    var key = event.key;
    if (key === 'Spacebar') { return ' '; }
    return key && key.length === 1 ? key.toLowerCase() : key;
  }

  // One answer per key press: after a form is sent, further keys wait for the next page.
  var sent = false;
  study.addEventListener('submit', function () { sent = true; });

  document.addEventListener('keydown', function (event) {
    if (sent || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var key = keyOf(event);
    var phase = study.getAttribute('data-phase');
    var handled = false;
    if (key === ' ') {
      handled = click('#reveal');
    } else if (key >= '1' && key <= '9') {
      handled = phase === 'question'
        ? click('#answer-form [data-key="' + key + '"]')
        : click('#grade-form [data-key="' + key + '"]');
    } else if (key === 'Enter') {
      handled = click('#grade-form .suggested');
    } else if (key === 'u') {
      handled = click('#undo');
    } else if (key === 'k') {
      handled = click('#record-key');
    } else if (key === 'f') {
      handled = click('#flag');
    }

    if (handled) { event.preventDefault(); }
  });
  study.setAttribute('data-keys', 'on');
})();
