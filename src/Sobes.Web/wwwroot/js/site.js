// The theme toggle, and a "working" state for the import form. Everything else is plain HTML.
(function () {
  var root = document.documentElement;

  function currentTheme() {
    var set = root.getAttribute('data-theme');
    if (set) { return set; }
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  var toggle = document.getElementById('theme-toggle');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('sobes-theme', next); } catch (e) { /* storage blocked */ }
    });
  }

  var form = document.getElementById('import-form');
  if (form) {
    form.addEventListener('submit', function () {
      var button = document.getElementById('import-button');
      if (button) {
        button.disabled = true;
        button.textContent = form.getAttribute('data-working') || '…';
        button.classList.add('working');
      }
    });
  }
})();
