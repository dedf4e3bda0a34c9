// Draws each chart on the page from the figure JSON beside it, when it is about to scroll into view, so that
// no chart holds up the first paint; before printing, every chart not yet drawn is drawn. Without JavaScript,
// or if plotly.js fails to load, each chart's title, summary and table remain, and nothing else changes.
(function () {
  'use strict';
  if (!window.Plotly) return;

  var waiting = Array.prototype.slice.call(document.querySelectorAll('.chart-plot[data-figure]'));

  // Drawing a chart shows its drawing above its table and then folds the table away. Whatever has keyboard
  // focus is kept where it was on screen through both changes, so a reader tabbing to a table never loses it.
  function keepingFocusInPlace(change) {
    var focused = document.activeElement;
    var before = focused && focused !== document.body ? focused.getBoundingClientRect().top : null;
    change();
    if (before !== null) window.scrollBy(0, focused.getBoundingClientRect().top - before);
  }

  function draw(plot) {
    var index = waiting.indexOf(plot);
    if (index < 0) return null;
    waiting.splice(index, 1);
    var data = document.getElementById(plot.getAttribute('data-figure'));
    if (!data) return null;
    var figure = JSON.parse(data.textContent);
    keepingFocusInPlace(function () {
      // The drawing's own height is kept from the start, so the page does not move again as it is drawn.
      if (figure.layout && figure.layout.height) plot.style.minHeight = figure.layout.height + 'px';
      plot.hidden = false;
    });
    return Plotly.newPlot(plot, figure.data, figure.layout, figure.config).then(function () {
      // The drawing now shows the numbers, so the table folds away; its summary opens it again.
      var details = plot.parentElement.querySelector('details.chart-data');
      if (details) keepingFocusInPlace(function () { details.open = false; });
    });
  }

  if ('IntersectionObserver' in window) {
    // A hidden element has no box to intersect, so the figure around the drawing area is watched.
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var plot = entry.target.querySelector('.chart-plot[data-figure]');
        observer.unobserve(entry.target);
        if (plot) draw(plot);
      });
    }, { rootMargin: '200px 0px' });
    waiting.forEach(function (plot) { observer.observe(plot.parentElement); });
  } else {
    waiting.slice().forEach(draw);
  }

  window.addEventListener('beforeprint', function () {
    waiting.slice().forEach(draw);
  });
})();
