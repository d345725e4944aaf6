// The interview's countdown: counts down from data-seconds and marks the time as up; the server keeps the real time.
(function () {
  var clock = document.getElementById('countdown');
  var total = clock ? parseInt(clock.getAttribute('data-seconds'), 10) || 0 : 0;
  var started = Date.now();

  function show(seconds) {
    var s = Math.abs(seconds);
    var text = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    clock.textContent = seconds < 0 ? '−' + text + ' · ' + clock.getAttribute('data-over') : text;
  }

  function tick() {
    var left = total - Math.floor((Date.now() - started) / 1000);
    show(left);
    clock.classList.toggle('low', left <= 10 && left >= 0);
    clock.classList.toggle('over', left < 0);
  }

  if (clock) {
    tick();
    window.setInterval(tick, 250);
  }

  var grade = document.getElementById('grade-form');
  document.addEventListener('keydown', function (event) {
    var name = event.target && event.target.tagName;
    if (!grade || name === 'TEXTAREA' || name === 'INPUT') { return; }
    var button = event.key >= '1' && event.key <= '4' ? grade.querySelector('[data-key="' + event.key + '"]') : null;
    if (button) { event.preventDefault(); button.click(); }
  });
  document.getElementById('interview').setAttribute('data-keys', 'on');
})();
