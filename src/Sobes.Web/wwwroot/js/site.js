// The theme toggle, and a "working" state for slow forms. Everything else is plain HTML.
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

  // A link to a step of a folded worked solution unfolds it first.
  document.querySelectorAll('a.step-ref').forEach(function (link) {
    link.addEventListener('click', function () {
      var solution = document.getElementById('solution');
      if (solution) { solution.open = true; }
    });
  });

  // Forms whose work takes a while (an import, scoring a case) show that they are working.
  [['import-form', 'import-button'], ['upload-form', 'upload-button']].forEach(function (ids) {
    var form = document.getElementById(ids[0]);
    if (!form) { return; }
    form.addEventListener('submit', function () {
      var button = document.getElementById(ids[1]);
      if (button) {
        button.disabled = true;
        button.textContent = form.getAttribute('data-working') || '…';
        button.classList.add('working');
      }
    });
  });
})();
