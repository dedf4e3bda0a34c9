// The live preview's page script, added to pages only as the preview serves them (never published).
// It reloads the page when the site has been rebuilt, and shows the problems of a failed rebuild over
// the last good page until they are fixed. Problems are shown as text, never as HTML.
(() => {
  "use strict";
  const script = document.currentScript;
  const pageBuild = script.dataset.build;
  let overlay = null;

  const styles = document.createElement("link");
  styles.rel = "stylesheet";
  styles.href = new URL("preview.css", script.src).href;
  document.head.append(styles);

  const events = new EventSource(new URL("events", script.src));
  events.addEventListener("built", (event) => {
    if (JSON.parse(event.data).build !== pageBuild) location.reload();
    else hide();
  });
  events.addEventListener("failed", (event) => show(JSON.parse(event.data).problems));

  function element(name, text, className) {
    const node = document.createElement(name);
    node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function show(problems) {
    hide();
    overlay = document.createElement("section");
    overlay.className = "preview-overlay";
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-labelledby", "preview-overlay-title");
    const title = element("h2", "The site could not be rebuilt");
    title.id = "preview-overlay-title";
    const list = document.createElement("ol");
    for (const problem of problems) {
      const item = document.createElement("li");
      item.append(element("code", problem.location), " ", problem.message, element("span", "Fix: " + problem.fix, "preview-fix"));
      list.append(item);
    }
    const close = element("button", "Hide this message");
    close.type = "button";
    close.addEventListener("click", hide);
    overlay.append(title, element("p", "This page shows the last good build. Fix the problems below and save: the page reloads by itself."), list, close);
    document.body.append(overlay);
  }

  function hide() {
    overlay?.remove();
    overlay = null;
  }
})();
