// Draws every chart on the page from the figure JSON beside it. Without JavaScript, or if plotly.js
// fails to load, each chart's title, summary and table remain, and nothing else changes.
(function () {
  'use strict';
  if (!window.Plotly) return;

  document.querySelectorAll('.chart-plot[data-figure]').forEach(function (plot) {
    var data = document.getElementById(plot.getAttribute('data-figure'));
    if (!data) return;
    var figure = JSON.parse(data.textContent);
    plot.hidden = false;
    Plotly.newPlot(plot, figure.data, figure.layout, figure.config).then(function () {
      // The drawing now shows the numbers, so the table folds away; its summary opens it again.
      var details = plot.parentElement.querySelector('details.chart-data');
      if (details) details.open = false;
    });
  });
})();
