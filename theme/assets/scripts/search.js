// The search page: runs Pagefind in the browser over the index the build made, and keeps the query, filters and
// sort in the page's address, so that a search can be bookmarked or shared. Without this script the form still
// lands on this page, which then offers the lists and topics instead.

const pageSize = 10;

// Each page's title in the index is its own name (an item's leaves out its report's title), so a match there is
// the strongest sign that a page is the one asked for: a report before its items, a meeting before the items it
// mentions. Pagefind's default (5) lets a short page that repeats a word beat the page the word names. An inspection's
// or report's topics weigh as much, so that they come before their items, which share the topics and may be named
// after one; a topic's own page has its name in both, and comes first.
const ranking = { metaWeights: { title: 10, topics: 20 } };
const form = document.querySelector("form[data-search]");
if (form) start(form);

async function start(form) {
  const status = document.querySelector("[data-search-status]");
  const list = document.querySelector("[data-search-results]");
  const more = document.querySelector("[data-search-more]");
  const fallback = document.querySelector("[data-search-fallback]");
  const fallbackReason = fallback.querySelector("[data-search-fallback-reason]");
  const unavailableReason = fallbackReason.textContent;
  const filterFields = form.querySelector("[data-search-filters]");
  const sortFields = form.querySelector("[data-search-sorting]");
  const sortSelect = form.querySelector("[data-search-sort]");
  const orderSelect = form.querySelector("[data-search-order]");
  const orderWords = Array.from(orderSelect.options, (option) => option.textContent);
  const query = form.elements.namedItem("q");
  const selects = Array.from(filterFields.querySelectorAll("select"));

  let pagefind;
  try {
    pagefind = await import(`${form.dataset.bundle}pagefind.js`);
    await pagefind.options({ baseUrl: form.dataset.base, ranking });
    await pagefind.init();
  } catch {
    unavailable();
    return;
  }
  fallback.hidden = true;
  filterFields.hidden = false;
  sortFields.hidden = false;
  readAddress();
  nameOrders();

  let latest = 0;
  let results = [];
  let known = 0; // in a sorted search, the results before this one have the sort's value; those after do not
  let shown = 0;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run(0);
  });
  query.addEventListener("input", () => run(250));
  for (const select of selects) select.addEventListener("change", () => run(0));
  sortSelect.addEventListener("change", () => {
    nameOrders();
    run(0);
  });
  orderSelect.addEventListener("change", () => run(0));
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
    const sort = chosenSort();
    if (term === "" && Object.keys(filters).length === 0 && !sort) {
      fallback.hidden = true;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      return;
    }
    let found;
    try {
      found = sort ? await sortedSearch(term, filters, sort) : await bestFirst(term, filters);
    } catch {
      unavailable();
      return;
    }
    if (search !== latest) return;
    ({ results, known } = found);
    shown = 0;
    list.replaceChildren();
    await showMore(search, false);
    if (search !== latest) return;
    status.textContent = describe(results.length, term, filters, [], sort);
    // Pagefind corrects no spelling: with nothing found, or only pages that share a misspelt word's first letters,
    // the lists and topics are the way on.
    const unmatched = await unmatchedWords(term, results.slice(0, pageSize));
    if (search !== latest) return;
    if (unmatched.length > 0) status.textContent = describe(results.length, term, filters, unmatched, sort);
    fallback.hidden = results.length > 0 && unmatched.length === 0;
    if (!fallback.hidden) fallbackReason.textContent = noResultsReason;
  }

  /**
   * Every row of the sort's list that the words and filters find: first those with the sort's value, in its order;
   * then, since Pagefind leaves a page without the value out of a sorted search, the others, found by the key every row
   * of the list has (its ID or title), in that order. The site never makes up a value it does not know, such as a due
   * date, so these are said to be not known.
   */
  async function sortedSearch(term, filters, sort) {
    const words = term === "" ? null : term;
    const sorted = (await pagefind.search(words, { filters, sort: { [sort.key]: sort.descending ? "desc" : "asc" } })).results;
    const listed = (await pagefind.search(words, { filters, sort: { [sort.option.dataset.member]: "asc" } })).results;
    const valued = new Set(sorted.map((result) => result.id));
    return { results: [...sorted, ...listed.filter((result) => !valued.has(result.id))], known: sorted.length };
  }

  /** The pages the words and filters find, in Pagefind's ranking. */
  async function bestFirst(term, filters) {
    const { results } = await pagefind.search(term === "" ? null : term, { filters });
    return { results, known: results.length };
  }

  async function showMore(search, focusFirst) {
    const first = shown;
    const page = results.slice(shown, shown + pageSize);
    const pages = await Promise.all(page.map((result) => result.data()));
    if (search !== latest) return;
    const sort = chosenSort();
    const items = pages.map((data, i) => render(data, sort ? sortFact(sort, data, first + i >= known) : null));
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
    fallbackReason.textContent = unavailableReason;
    status.textContent = "Search could not be loaded. The lists below reach every page.";
  }

  function chosenFilters() {
    const filters = {};
    for (const select of selects) if (select.value) filters[select.name] = select.value;
    return filters;
  }

  /** The chosen sort, with the words the search page says it in; null for the best match first. */
  function chosenSort() {
    const option = sortSelect.selectedOptions[0];
    if (!option || !option.value) return null;
    const descending = orderSelect.value === "desc";
    return { key: option.value, option, descending, label: option.dataset.label, direction: option.dataset[descending ? "descending" : "ascending"] };
  }

  /** What a result says of the value it is sorted by: "Due date: by March 2023" for a date, or that it is not known. */
  function sortFact(sort, data, unknown) {
    if (unknown) return `${capitalised(sort.label)} not known`;
    const shown = data.filters?.[sort.key]?.[0];
    return shown ? `${capitalised(sort.label)}: ${shown}` : null;
  }

  /** The order's options in the sort's own words ("Earliest first"), so that a screen reader hears what each does. */
  function nameOrders() {
    const option = sortSelect.selectedOptions[0];
    const sorted = Boolean(option?.value);
    orderSelect.disabled = !sorted;
    orderSelect.options[0].textContent = sorted ? capitalised(option.dataset.ascending) : orderWords[0];
    orderSelect.options[1].textContent = sorted ? capitalised(option.dataset.descending) : orderWords[1];
  }

  function describe(count, term, filters, unmatched, sort) {
    let text = `${count} ${count === 1 ? "result" : "results"}`;
    if (term) text += ` for “${term}”`;
    const narrowed = selects.filter((select) => filters[select.name]).map((select) => `${labelOf(select)}: ${select.value}`);
    if (narrowed.length > 0) text += `, showing only ${narrowed.join("; ")}`;
    text += ".";
    if (sort) {
      text += ` Sorted by ${sort.label}, ${sort.direction}`;
      const unknown = count - known;
      const noun = sort.option.dataset.noun;
      if (unknown > 0) text += `; ${unknown} ${unknown === 1 ? noun.replace(/s$/, "") : noun} with no known ${sort.label} ${unknown === 1 ? "is" : "are"} listed last`;
      text += ".";
    }
    if (unmatched.length > 0) {
      const words = unmatched.map((word) => `“${word}”`).join(", ");
      text += ` No page has a word like ${words}: these pages share only its first letters.`;
    }
    return text;
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
    const sort = params.get("sort");
    if (sort && Array.from(sortSelect.options).some((option) => option.value === sort)) sortSelect.value = sort;
    orderSelect.value = params.get("order") === "desc" ? "desc" : "asc";
  }

  function writeAddress() {
    const params = new URLSearchParams();
    if (query.value.trim()) params.set("q", query.value.trim());
    for (const select of selects) if (select.value) params.set(select.name, select.value);
    if (sortSelect.value) params.set("sort", sortSelect.value);
    if (sortSelect.value && orderSelect.value === "desc") params.set("order", "desc");
    const address = params.toString();
    history.replaceState(history.state, "", address ? `?${address}` : location.pathname);
  }
}

/**
 * The words of the query that no result has, or anything like them. Pagefind finds words that begin with what was
 * typed, but with nothing like that it settles for words that are a beginning of it ("safe" for "safegarding"): a
 * misspelt word finds pages that do not have it. A result has a word when it is highlighted in its excerpt or stands
 * in its title or another field, with the same first letters as the query's (all but its last two, stems differ).
 */
async function unmatchedWords(term, results) {
  if (results.length === 0) return [];
  const pages = await Promise.all(results.map((result) => result.data()));
  const found = pages.flatMap((page) => [
    ...Array.from(new DOMParser().parseFromString(page.excerpt, "text/html").querySelectorAll("mark"), (mark) => mark.textContent),
    ...Object.values(page.meta ?? {}),
  ]).flatMap(wordsOf);
  return wordsOf(term).filter((word) => {
    const start = word.slice(0, Math.max(3, word.length - 2));
    return !found.some((other) => other.startsWith(start));
  });
}

function wordsOf(text) {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

const noResultsReason =
  "Search finds whole words and the beginnings of words, and does not correct spelling: check the spelling, " +
  "try fewer words or the start of a word, or find the page in these lists:";

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A result: its title, type and status, what it is sorted by (`sorted`, if anything), and its excerpt. */
function render(page, sorted) {
  const item = document.createElement("li");
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.className = "govuk-link";
  link.href = page.url;
  link.textContent = page.meta?.title || page.url;
  heading.append(link);
  item.append(heading);

  const facts = [...(page.filters?.type ?? []), ...(page.filters?.status ?? []), ...(sorted ? [sorted] : [])];
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
