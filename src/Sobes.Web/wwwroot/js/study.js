// Keys of the study page: space reveals, 1–4 grade (or pick an option before answering), Enter accepts the
// suggested grade, u undoes the last answer, k records a key-less quiz's answer as its key, f flags the card as wrong.
// The forms work without it.
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

  // One answer per key press: after a form is sent, further keys wait for the next page.
  var sent = false;
  study.addEventListener('submit', function () { sent = true; });

  document.addEventListener('keydown', function (event) {
    if (sent || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var key = event.key;
    var phase = study.getAttribute('data-phase');
    var handled = false;
    if (key === ' ' || key === 'Spacebar') {
      handled = click('#reveal');
    } else if (key >= '1' && key <= '9') {
      handled = phase === 'question'
        ? click('#answer-form [data-key="' + key + '"]')
        : click('#grade-form [data-key="' + key + '"]');
    } else if (key === 'Enter') {
      handled = click('#grade-form .suggested');
    } else if (key === 'u' || key === 'U') {
      handled = click('#undo');
    } else if (key === 'k' || key === 'K') {
      handled = click('#record-key');
    } else if (key === 'f' || key === 'F') {
      handled = click('#flag');
    }

    if (handled) { event.preventDefault(); }
  });
  study.setAttribute('data-keys', 'on');
})();
