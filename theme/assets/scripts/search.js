// The search page: runs Pagefind in the browser over the index the build made, and keeps the query and
// filters in the page's address, so that a search can be bookmarked or shared. Without this script the
// form still lands on this page, which then offers the lists and topics instead.

const pageSize = 10;
const form = document.querySelector("form[data-search]");
if (form) start(form);

async function start(form) {
  const status = document.querySelector("[data-search-status]");
  const list = document.querySelector("[data-search-results]");
  const more = document.querySelector("[data-search-more]");
  const fallback = document.querySelector("[data-search-fallback]");
  const filterFields = form.querySelector("[data-search-filters]");
  const query = form.elements.namedItem("q");
  const selects = Array.from(form.querySelectorAll("select"));

  let pagefind;
  try {
    pagefind = await import(`${form.dataset.bundle}pagefind.js`);
    await pagefind.options({ baseUrl: form.dataset.base });
    await pagefind.init();
  } catch {
    unavailable();
    return;
  }
  fallback.hidden = true;
  filterFields.hidden = false;
  readAddress();

  let latest = 0;
  let results = [];
  let shown = 0;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run(0);
  });
  query.addEventListener("input", () => run(250));
  for (const select of selects) select.addEventListener("change", () => run(0));
  more.addEventListener("click", () => showMore(latest, true));
  run(0);

  /** Searches after a pause for typing; a newer search makes an older one stop where it is. */
  async function run(delay) {
    writeAddress();
    const search = ++latest;
    if (delay > 0) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (search !== latest) return;
    }
    const term = query.value.trim();
    const filters = chosenFilters();
    if (term === "" && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      return;
    }
    let found;
    try {
      found = await pagefind.search(term === "" ? null : term, { filters });
    } catch {
      unavailable();
      return;
    }
    if (search !== latest) return;
    results = found.results;
    shown = 0;
    list.replaceChildren();
    await showMore(search, false);
    if (search !== latest) return;
    status.textContent = describe(results.length, term, filters);
  }

  async function showMore(search, focusFirst) {
    const page = results.slice(shown, shown + pageSize);
    const pages = await Promise.all(page.map((result) => result.data()));
    if (search !== latest) return;
    const items = pages.map(render);
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= results.length;
    if (focusFirst && items.length > 0) items[0].querySelector("a").focus();
  }

  /** Pagefind failed to load or to run (a blocked WebAssembly, say): say so, and offer the lists again. */
  function unavailable() {
    list.replaceChildren();
    more.hidden = true;
    fallback.hidden = false;
    status.textContent = "Search could not be loaded. The lists below reach every page.";
  }

  function chosenFilters() {
    const filters = {};
    for (const select of selects) if (select.value) filters[select.name] = select.value;
    return filters;
  }

  function describe(count, term, filters) {
    let text = `${count} ${count === 1 ? "result" : "results"}`;
    if (term) text += ` for “${term}”`;
    const narrowed = selects.filter((select) => filters[select.name]).map((select) => `${labelOf(select)}: ${select.value}`);
    if (narrowed.length > 0) text += `, showing only ${narrowed.join("; ")}`;
    return `${text}.`;
  }

  function labelOf(select) {
    return form.querySelector(`label[for="${select.id}"]`)?.textContent.trim() ?? select.name;
  }

  function readAddress() {
    const params = new URLSearchParams(location.search);
    query.value = params.get("q") ?? "";
    for (const select of selects) {
      const value = params.get(select.name);
      if (!value) continue;
      if (!Array.from(select.options).some((option) => option.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
  }

  function writeAddress() {
    const params = new URLSearchParams();
    if (query.value.trim()) params.set("q", query.value.trim());
    for (const select of selects) if (select.value) params.set(select.name, select.value);
    const address = params.toString();
    history.replaceState(history.state, "", address ? `?${address}` : location.pathname);
  }
}

function render(page) {
  const item = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = page.url;
  link.textContent = page.meta?.title || page.url;
  heading.append(link);
  item.append(heading);

  const facts = [...(page.filters?.type ?? []), ...(page.filters?.status ?? [])];
  if (facts.length > 0) {
    const type = document.createElement("p");
    type.className = "result-type";
    type.textContent = facts.join(" · ");
    item.append(type);
  }

  const excerpt = document.createElement("p");
  excerpt.className = "result-excerpt";
  excerpt.append(...excerptNodes(page.excerpt));
  item.append(excerpt);
  return item;
}

/** Pagefind's excerpt is escaped text with <mark> around the words found; keep exactly that and nothing else. */
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(html, "text/html").body;
  return Array.from(parsed.childNodes, (node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent);
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}
