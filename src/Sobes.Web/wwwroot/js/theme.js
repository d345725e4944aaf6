// Runs before the page paints: applies the theme the user chose on an earlier visit.
(function () {
  var saved = null;
  try { saved = localStorage.getItem('sobes-theme'); } catch (e) { /* storage blocked */ }
  if (saved === 'light' || saved === 'dark') {
    document.documentElement.setAttribute('data-theme', saved);
  }
})();
