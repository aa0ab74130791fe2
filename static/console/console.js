// credbot console: draws every <canvas data-chart="…"> whose attribute holds a Chart.js configuration as JSON.
// Loaded as a file (never inline): the console's Content-Security-Policy allows scripts from the service only.
(function drawCharts() {
  function draw() {
    if (typeof window.Chart !== 'function') return;
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      try {
        new window.Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
      } catch (error) {
        canvas.setAttribute('data-chart-error', String(error && error.message ? error.message : error));
      }
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw);
  else draw();
})();
