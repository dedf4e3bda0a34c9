// Draws each chart on the page from the figure JSON beside it, when it is about to scroll into view, so that
// no chart holds up the first paint. plotly.js itself (about a megabyte to run) is fetched only then, or, with a
// mouse, once the page has loaded and the browser is idle, so that printing can draw every chart not yet drawn at once. Without
// JavaScript, or if plotly.js fails to load, each chart's title, summary and table remain, and nothing else changes.
(function () {
  'use strict';
  var script = document.currentScript;
  var waiting = Array.prototype.slice.call(document.querySelectorAll('.chart-plot[data-figure]'));
  if (!script || waiting.length === 0) return;

  var loading = null;
  function loadPlotly() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var element = document.createElement('script');
        element.src = script.getAttribute('data-plotly');
        element.onload = function () { if (window.Plotly) resolve(); else reject(); };
        element.onerror = reject;
        document.head.appendChild(element);
      });
    }
    return loading;
  }

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
    if (index < 0) return;
    waiting.splice(index, 1);
    var data = document.getElementById(plot.getAttribute('data-figure'));
    if (!data) return;
    var figure = JSON.parse(data.textContent);
    keepingFocusInPlace(function () {
      // The drawing's own height is kept from the start, so the page does not move again as it is drawn.
      if (figure.layout && figure.layout.height) plot.style.minHeight = figure.layout.height + 'px';
      plot.hidden = false;
    });
    Plotly.newPlot(plot, figure.data, figure.layout, figure.config).then(function () {
      // The drawing now shows the numbers, so the table folds away; its summary opens it again. A table a reader
      // is in with the keyboard stays open: folding it would hide what has focus, and focus would fall to the page.
      var details = plot.parentElement.querySelector('details.chart-data');
      if (details && !details.contains(document.activeElement)) keepingFocusInPlace(function () { details.open = false; });
    });
  }

  // Once plotly.js is here a chart is drawn at once (printing needs that); until then, when it arrives.
  function drawWhenReady(plot) {
    if (window.Plotly) draw(plot);
    else loadPlotly().then(function () { draw(plot); }, function () { });
  }

  if ('IntersectionObserver' in window) {
    // A hidden element has no box to intersect, so the figure around the drawing area is watched.
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var plot = entry.target.querySelector('.chart-plot[data-figure]');
        observer.unobserve(entry.target);
        if (plot) drawWhenReady(plot);
      });
    }, { rootMargin: '200px 0px' });
    waiting.forEach(function (plot) { observer.observe(plot.parentElement); });
  } else {
    waiting.slice().forEach(drawWhenReady);
  }

  // With a mouse (where committee packs are printed), plotly.js is fetched in idle time after the page has loaded,
  // ready before anyone prints. A phone fetches it only for a chart it shows: printing from one before scrolling
  // prints the tables of the charts not yet drawn, which hold the same numbers.
  if (window.matchMedia && window.matchMedia('(hover: hover) and (pointer: fine)').matches) {
    window.addEventListener('load', function () {
      var idle = window.requestIdleCallback || function (work) { setTimeout(work, 1); };
      setTimeout(function () { idle(function () { loadPlotly().catch(function () { }); }); }, 2000);
    });
  }

  window.addEventListener('beforeprint', function () {
    waiting.slice().forEach(drawWhenReady);
  });
})();
